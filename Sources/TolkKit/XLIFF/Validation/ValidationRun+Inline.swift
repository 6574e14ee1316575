extension ValidationRun {
    /// Checks the inline elements of a `<source>` or `<target>` (each one once) and returns them
    /// flattened in document order for the unit rules. Sub-flow references go to the file scope.
    func collectInline(in container: XMLElement, file: inout FileScope) -> [InlineItem] {
        var items: [InlineItem] = []
        collect(checkElement(container), into: &items, file: &file)
        return items
    }

    private func collect(_ elements: [XMLElement], into items: inout [InlineItem], file: inout FileScope) {
        for element in elements where isCore(element) && ElementRule.hasInlineName(element) {
            let children = checkElement(element)
            for attribute in Self.subFlowAttributes {
                guard let value = element.attribute(named: attribute), XMLNames.isNMTOKENS(value) else { continue }
                let name = String(describing: attribute)
                file.subFlows += XMLNames.tokens(value).map { (element, name, $0) }
            }
            switch element.name {
            case "cp":
                checkCodePoint(element)
            case "ph", "sc":
                checkCode(element)
                items.append(InlineItem(element.name == "ph" ? .ph : .sc, element))
            case "ec":
                checkCode(element)
                checkEndCode(element)
                items.append(InlineItem(.ec, element))
            case "pc":
                checkCode(element)
                items.append(InlineItem(.pc, element))
                collect(children, into: &items, file: &file)
                items.append(InlineItem(.pcEnd, element))
            case "mrk":
                if let ref = element.attribute(named: "ref") { checkFragment(ref, on: element) }
                items.append(InlineItem(.mrk, element))
                collect(children, into: &items, file: &file)
                items.append(InlineItem(.mrkEnd, element))
            case "sm":
                if let ref = element.attribute(named: "ref") { checkFragment(ref, on: element) }
                items.append(InlineItem(.sm, element))
            default:
                items.append(InlineItem(.em, element))
            }
        }
    }

    /// `<cp>` stands for a character XML cannot carry; any other character is written as is.
    func checkCodePoint(_ codePoint: XMLElement) {
        guard let hex = codePoint.attribute(named: "hex"), !hex.isEmpty, hex.allSatisfy(\.isHexDigit) else { return }
        guard let value = UInt32(hex, radix: 16), value <= 0x10FFFF else {
            return report(codePoint, "<cp hex=\"\(hex)\"> is beyond the last Unicode code point (10FFFF)")
        }
        if XMLNames.isXMLCharacter(value), !XMLNames.isDiscouragedControl(value) {
            report(codePoint, "<cp hex=\"\(hex)\"> encodes a character XML can carry as it is; <cp> is only for characters XML forbids (such as U+0001)",
                   hint: "write the character itself, or as the character reference &#x\(hex);")
        }
    }

    /// `subType` needs `type`, XLIFF's own `xlf:` subtypes need the right type, and a copy
    /// (`copyOf`) has no original data of its own.
    private func checkCode(_ code: XMLElement) {
        if let subType = code.attribute(named: "subType") {
            if let type = code.attribute(named: "type") {
                if subType.hasPrefix("xlf:") {
                    if let needed = Self.xliffSubTypes[subType] {
                        if type != needed {
                            report(code, "\(code.display) has subType=\"\(subType)\", which needs type=\"\(needed)\", not type=\"\(type)\"")
                        }
                    } else {
                        report(code, "subType=\"\(subType)\" on \(code.display) is not one of XLIFF's own subtypes (xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u, xlf:var); the prefix xlf is reserved")
                    }
                }
            } else {
                report(code, "\(code.display) has subType but no type; subType needs type")
            }
        }
        if code.attribute(named: "copyOf") != nil,
           let dataAttribute = ["dataRef", "dataRefStart", "dataRefEnd"].first(where: { code.attribute($0) != nil }) {
            report(code, "\(code.display) is a copy (copyOf) and also has \(dataAttribute); a copy takes its original data from the code it copies")
        }
    }

    /// A paired `<ec>` points to its `<sc>` with `startRef`; an isolated one (its `<sc>` is in
    /// another unit) has an `id` instead, and only it may carry `dir` and module attributes.
    private func checkEndCode(_ end: XMLElement) {
        if end.attribute(named: "isolated") == "yes" {
            if end.attribute(named: "startRef") != nil {
                report(end, "\(end.display) is isolated (isolated=\"yes\") but has startRef; an isolated <ec> has an id instead, because its <sc> is in another unit")
            } else if end.attribute(named: "id") == nil {
                report(end, "<ec isolated=\"yes\"> has no id; an isolated end code needs one")
            }
            return
        }
        if end.attribute(named: "startRef") == nil {
            report(end, "\(end.display) has no startRef; an <ec> must point to its <sc> with startRef, or be marked isolated=\"yes\" (with an id) when its <sc> is in another unit")
        } else if end.attribute(named: "id") != nil {
            report(end, "\(end.display) has both startRef and id; only an isolated <ec> (isolated=\"yes\") has an id")
        }
        if end.attribute(named: "dir") != nil {
            report(end, "\(end.display) has dir, but only an isolated <ec> may; a paired <ec> takes the direction of its <sc>")
        }
        for attribute in end.qualifiedAttributes {
            guard let namespace = attribute.namespace, XLIFFModule.all[namespace] != nil else { continue }
            report(end, "\(end.display) has \(attribute.qualifiedName), but only an isolated <ec> may have module attributes; a paired <ec> takes them from its <sc>")
        }
    }

    private static let subFlowAttributes: [StaticString] = ["subFlows", "subFlowsStart", "subFlowsEnd"]

    /// XLIFF's own subtypes and the type each needs.
    private static let xliffSubTypes: [String: String] = [
        "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui",
    ]
}
