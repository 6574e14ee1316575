import CLibXML2

extension ValidationRun {
    /// Checks a core element's attributes against its rule: known names, values, required ones,
    /// `xml:` attributes, and attributes from other namespaces only where XLIFF allows them.
    func checkAttributes(_ element: XMLElement, rule: ElementRule) {
        // libxml2's attribute nodes are read directly: only unqualified names and values become
        // strings; a qualified attribute (rare) is looked at through `XMLQualifiedAttribute`.
        var present: UInt64 = 0
        var attribute = element.node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let namespace = current.pointee.ns?.pointee.href else {
                let raw = current.pointee.name!
                if let entry = rule.attributeEntry(named: raw) {
                    if entry.requiredIndex >= 0, entry.requiredIndex < 64 { present |= 1 << UInt64(entry.requiredIndex) }
                    // Any text will do for a text attribute: its value need not become a string.
                    if entry.kind != .text { checkValue(Self.value(of: current), of: String(cString: raw), kind: entry.kind, on: element) }
                } else {
                    report(element, "\(element.display) has the attribute \(String(cString: raw)), which XLIFF does not define for <\(element.name)>")
                }
                continue
            }
            let qualified = XMLQualifiedAttribute(
                namespace: String(cString: namespace),
                prefix: current.pointee.ns?.pointee.prefix.map { String(cString: $0) },
                name: String(cString: current.pointee.name),
                value: Self.value(of: current))
            switch qualified.namespace {
            case XLIFFNamespace.xml?:
                checkXMLAttribute(qualified, on: element, rule: rule)
            case let namespace? where XLIFFNamespace.isCore(namespace):
                report(element, "\(element.display) has the attribute \(qualified.qualifiedName) in the XLIFF namespace; XLIFF's own attributes have no prefix, and extensions must use their own namespace")
            case let namespace?:
                checkForeignAttribute(qualified, namespace: namespace, on: element, rule: rule)
            case nil:
                break
            }
        }
        for (index, name) in rule.requiredInOrder.enumerated() where index >= 64 || present & (1 << UInt64(index)) == 0 {
            report(element, "<\(element.name)> has no \(name) attribute; it is required")
        }
    }

    /// The value of an attribute node, as `xmlNodeGetContent` gives it: one text node is what
    /// libxml2 makes of any value without entity references, and is read in place.
    private static func value(of attribute: xmlAttrPtr) -> String {
        if let text = attribute.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE,
           let content = text.pointee.content {
            return String(cString: content)
        }
        guard let raw = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(attribute))) else { return "" }
        defer { tolk_xml_free(raw) }
        return String(cString: raw)
    }

    /// Checks one unqualified attribute value. The messages are made only for a value that is wrong.
    func checkValue(_ value: String, of name: String, kind: AttributeValue, on element: XMLElement) {
        func quoted() -> String {
            let owner = name == "id" || name == "startRef" ? "<\(element.qualifiedName)>" : element.display
            return "\(name)=\"\(value)\" on \(owner)"
        }
        if let choices = Self.choices(kind) {
            if !choices.contains(value) { report(element, "\(quoted()) is not allowed; use \(Self.list(choices))") }
            return
        }
        switch kind {
        case .text:
            break
        case .nmtoken where !XMLNames.isNMTOKEN(value):
            report(element, "\(quoted()) is not a valid identifier: use letters, digits, '.', '-', '_' or ':', without spaces")
        case .nmtokens where !XMLNames.isNMTOKENS(value):
            report(element, "\(quoted()) must be a list of identifiers separated by spaces")
        case .priority where !(Int(value).map { (1...10).contains($0) } ?? false):
            report(element, "\(quoted()) must be a whole number from 1 to 10")
        case .positiveInteger where !(Int(value).map { $0 >= 1 } ?? false):
            report(element, "\(quoted()) must be a whole number from 1 up")
        case .language where !LanguageTagSyntax.isWellFormed(value):
            report(element, "\(quoted()) is not a well-formed language tag (BCP 47, such as en, nb or pt-BR)")
        case .userDefined where !Self.isUserDefined(value):
            report(element, "\(quoted()) must be a prefix and a value separated by one colon, such as my:value")
        case .markerType where !["generic", "comment", "term"].contains(value) && !Self.isUserDefined(value):
            report(element, "\(quoted()) is not allowed; use generic, comment, term or a value of your own such as my:value")
        case .hexadecimal where value.isEmpty || !value.allSatisfy(\.isHexDigit):
            report(element, "\(quoted()) is not a hexadecimal number")
        default:
            break
        }
    }

    private func checkXMLAttribute(_ attribute: XMLQualifiedAttribute, on element: XMLElement, rule: ElementRule) {
        if let allowed = rule.xmlAttributes, !allowed.contains(attribute.name) {
            report(element, "\(element.display) cannot have the attribute \(attribute.qualifiedName)")
            return
        }
        let quoted = "\(attribute.qualifiedName)=\"\(attribute.value)\" on \(element.display)"
        switch attribute.name {
        case "lang" where !attribute.value.isEmpty && !LanguageTagSyntax.isWellFormed(attribute.value):
            report(element, "\(quoted) is not a well-formed language tag (BCP 47, such as en, nb or pt-BR)")
        case "space" where element.name == "data" && attribute.value != "preserve":
            report(element, "\(quoted) is not allowed; original data always keeps its white space (preserve)")
        case "space" where attribute.value != "default" && attribute.value != "preserve":
            report(element, "\(quoted) is not allowed; use default or preserve")
        default:
            break
        }
    }

    private func checkForeignAttribute(_ attribute: XMLQualifiedAttribute, namespace: String, on element: XMLElement,
                                       rule: ElementRule) {
        let module = XLIFFModule.all[namespace]
        let name = attribute.qualifiedName
        switch rule.foreign {
        case .any:
            break
        case .codeModules where module?.onCodes == true, .segmentModules where module?.onSegments == true:
            break
        case .codeModules:
            return report(element, "\(element.display) cannot have the attribute \(name): inline codes take only Format Style, Size Restriction and ITS module attributes")
        case .segmentModules, .none:
            return report(element, "\(element.display) cannot have the attribute \(name): <\(element.name)> takes no extension attributes")
        }
        guard let module else { return }
        if let names = module.attributes, !names.contains(attribute.name) {
            return report(element, "\(name) on \(element.display) is not an attribute of the \(module.name) module")
        }
        guard namespace == XLIFFModule.formatStyle else { return }
        if attribute.name == "fs", !XLIFFModule.formatStyleElements.contains(attribute.value) {
            report(element, "\(name)=\"\(attribute.value)\" on \(element.display) is not one of the HTML element names the Format Style module allows (such as b, i, p or span)")
        } else if attribute.name == "subFs", element.attribute("fs", namespace: namespace) == nil {
            report(element, "\(element.display) has \(name) but no fs; subFs needs fs")
        }
    }

    /// The values an attribute of a closed list may take, or nil for the other kinds.
    private static func choices(_ kind: AttributeValue) -> [String]? {
        switch kind {
        case .yesNo: yesNo
        case .yesNoFirstNo: yesNoFirstNo
        case .direction: directions
        case .state: states
        case .appliesTo: appliesTo
        case .codeType: codeTypes
        default: nil
        }
    }

    private static let yesNo = ["yes", "no"]
    private static let yesNoFirstNo = ["yes", "firstNo", "no"]
    private static let directions = ["ltr", "rtl", "auto"]
    private static let states = ["initial", "translated", "reviewed", "final"]
    private static let appliesTo = ["source", "target"]
    private static let codeTypes = ["fmt", "ui", "quote", "link", "image", "other"]

    private static func list(_ choices: [String]) -> String {
        choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "")
    }

    /// A user-defined value: `prefix:value`, one colon, no white space.
    static func isUserDefined(_ value: String) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(where: \.isWhitespace) }
    }
}
