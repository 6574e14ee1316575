import CLibXML2

/// What an attribute value must look like.
enum AttributeValue: Sendable {
    case text, nmtoken, nmtokens, yesNo, yesNoFirstNo, direction, state, appliesTo, priority
    case positiveInteger, language, userDefined, codeType, markerType, hexadecimal
}

/// Which attributes from other namespaces an element accepts.
enum ForeignAttributes: Sendable {
    /// None (`<segment>` takes no extension attributes, only the 2.2 plural module's).
    case none
    /// Module attributes made for inline codes (Format Style, Size Restriction, ITS).
    case codeModules
    /// Module attributes made for segments (Plural, Gender and Select).
    case segmentModules
    /// Any namespace other than XLIFF's: an extension point.
    case any
}

/// One place in an element's content: which children may stand there, how many, in order.
struct ContentSlot: Sendable {
    enum Kind: Sendable {
        /// Core elements with one of these names (compared as bytes: they are all ASCII).
        case core([StaticString])
        /// Elements from namespaces other than XLIFF's (extensions and modules).
        case extensions
        case module(namespace: String, name: String)
    }
    let kind: Kind
    let min: Int
    let max: Int

    static func core(_ names: [StaticString], _ min: Int = 0, _ max: Int = 1) -> ContentSlot {
        ContentSlot(kind: .core(names), min: min, max: max)
    }
    static let extensions = ContentSlot(kind: .extensions, min: 0, max: .max)
}

/// What an element may contain.
enum ContentModel: Sendable {
    /// Child elements in the order of the slots, no text.
    case structure([ContentSlot])
    /// Text and inline elements (`<source>`, `<target>`, `<pc>`, `<mrk>`).
    case inline
    /// Text and `<cp>` (`<data>`).
    case data
    /// Text only (`<note>`).
    case text
    /// Text and foreign elements (`<skeleton>`).
    case skeleton
    /// Nothing.
    case empty
}

/// The XLIFF 2 core rules for one element: attributes, required attributes and content.
/// A class: the validator looks one up for every element, and a reference is all it passes on.
final class ElementRule: Sendable {
    let attributes: [String: AttributeValue]
    let required: Set<String>
    /// `required` in the order missing ones are reported.
    let requiredInOrder: [String]
    /// The `xml:` attributes allowed; nil allows any (extension points take the XML namespace).
    let xmlAttributes: Set<String>?
    let foreign: ForeignAttributes
    let content: ContentModel
    /// `attributes` by name as bytes, for finding libxml2's attributes without making strings
    /// of their names (every element's attributes are looked up; few are wrong).
    let attributeEntries: [AttributeEntry]

    /// One attribute of `attributes`: its NUL-terminated name (made once for the process: the
    /// rules are static), what its value must look like, and its place in `requiredInOrder` or -1.
    struct AttributeEntry: @unchecked Sendable {  // the name is never written after it is made
        let name: UnsafePointer<xmlChar>
        let kind: AttributeValue
        let requiredIndex: Int
    }

    /// The entry of an attribute named `name`, compared as bytes, or nil.
    func attributeEntry(named name: UnsafePointer<xmlChar>) -> AttributeEntry? {
        for entry in attributeEntries where entry.name.pointee == name.pointee && xmlStrEqual(entry.name, name) != 0 { return entry }
        return nil
    }

    init(attributes: [String: AttributeValue], required: Set<String>, xmlAttributes: Set<String>?,
         foreign: ForeignAttributes, content: ContentModel) {
        self.attributes = attributes
        self.required = required
        self.requiredInOrder = required.sorted()
        self.xmlAttributes = xmlAttributes
        self.foreign = foreign
        self.content = content
        let requiredInOrder = self.requiredInOrder
        attributeEntries = attributes.keys.sorted().map { name in
            AttributeEntry(name: UnsafePointer(xmlCharStrdup(name)!), kind: attributes[name]!,
                           requiredIndex: requiredInOrder.firstIndex(of: name) ?? -1)
        }
    }

    /// The rule for a core element name, or nil when XLIFF has no such element.
    static func named(_ name: String, version22: Bool) -> ElementRule? {
        if name == "xliff" { return version22 ? xliff22 : xliff20 }
        return table[name]
    }

    /// `named(_:version22:)` for the name of `element` as libxml2 holds it, without making a
    /// string of it (the names of the table are ASCII, so equal bytes are equal names).
    static func named(_ element: XMLElement, version22: Bool) -> ElementRule? {
        if element.isNamed("xliff") { return version22 ? xliff22 : xliff20 }
        guard let name = element.node.pointee.name else { return nil }
        // Names without reference counts, compared as bytes; only the rule found is retained.
        let (names, rules) = (tableNames, tableRules)
        for index in names.indices where names[index].utf8Start.pointee == name.pointee {
            if xmlStrEqual(name, names[index].utf8Start) != 0 { return rules[index] }
        }
        return nil
    }

    /// Whether `element` has the name of one of XLIFF's inline elements, compared as bytes.
    static func hasInlineName(_ element: XMLElement) -> Bool {
        inlineNameList.contains { element.isNamed($0) }
    }

    /// The inline elements: codes, markers and `<cp>`.
    private static let inlineNameList: [StaticString] = ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"]

    /// The names of `table` (static strings are NUL-terminated) and their rules, in the same order.
    private static let tableNames: [StaticString] = [
        "file", "skeleton", "group", "unit", "segment", "ignorable", "notes", "note", "originalData", "data",
        "source", "target", "cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em",
    ]
    private static let tableRules: [ElementRule] = tableNames.map { table[String(describing: $0)]! }

    private static let structural: [String: AttributeValue] = [
        "id": .nmtoken, "name": .text, "canResegment": .yesNo, "translate": .yesNo, "srcDir": .direction,
        "trgDir": .direction, "type": .userDefined,
    ]
    private static let codeHints: [String: AttributeValue] = [
        "id": .nmtoken, "canCopy": .yesNo, "canDelete": .yesNo, "canReorder": .yesNoFirstNo, "copyOf": .nmtoken,
        "subType": .userDefined, "type": .codeType,
    ]
    private static let marker: [String: AttributeValue] = [
        "id": .nmtoken, "translate": .yesNo, "type": .markerType, "ref": .text, "value": .text,
    ]
    private static let xliffAttributes: [String: AttributeValue] = ["version": .text, "srcLang": .language, "trgLang": .language]

    private static let xliff20 = ElementRule(
        attributes: xliffAttributes, required: ["version", "srcLang"], xmlAttributes: nil, foreign: .any,
        content: .structure([.core(["file"], 1, .max)]))
    private static let xliff22 = ElementRule(
        attributes: xliffAttributes, required: ["version", "srcLang"], xmlAttributes: nil, foreign: .any,
        content: .structure([
            .core(["notes"]), ContentSlot(kind: .module(namespace: "urn:oasis:names:tc:xliff:metadata:2.0", name: "metadata"), min: 0, max: 1),
            .core(["file"], 1, .max),
        ]))

    private static let table: [String: ElementRule] = [
        "file": ElementRule(
            attributes: structural.filter { $0.key != "name" && $0.key != "type" }.merging(["original": .text]) { $1 },
            required: ["id"], xmlAttributes: nil, foreign: .any,
            content: .structure([.core(["skeleton"]), .extensions, .core(["notes"]), .core(["unit", "group"], 1, .max)])),
        "skeleton": ElementRule(attributes: ["href": .text], required: [], xmlAttributes: [], foreign: .none, content: .skeleton),
        "group": ElementRule(
            attributes: structural, required: ["id"], xmlAttributes: nil, foreign: .any,
            content: .structure([.extensions, .core(["notes"]), .core(["unit", "group"], 0, .max)])),
        "unit": ElementRule(
            attributes: structural, required: ["id"], xmlAttributes: nil, foreign: .any,
            content: .structure([.extensions, .core(["notes"]), .core(["originalData"]), .core(["segment", "ignorable"], 0, .max)])),
        "segment": ElementRule(
            attributes: ["id": .nmtoken, "canResegment": .yesNo, "state": .state, "subState": .userDefined],
            required: [], xmlAttributes: [], foreign: .segmentModules,
            content: .structure([.core(["source"], 1, 1), .core(["target"])])),
        "ignorable": ElementRule(
            attributes: ["id": .nmtoken], required: [], xmlAttributes: [], foreign: .none,
            content: .structure([.core(["source"], 1, 1), .core(["target"])])),
        "notes": ElementRule(attributes: [:], required: [], xmlAttributes: [], foreign: .none,
                             content: .structure([.core(["note"], 1, .max)])),
        "note": ElementRule(
            attributes: ["id": .nmtoken, "appliesTo": .appliesTo, "category": .text, "priority": .priority, "ref": .text],
            required: [], xmlAttributes: nil, foreign: .any, content: .text),
        "originalData": ElementRule(attributes: [:], required: [], xmlAttributes: [], foreign: .none,
                                    content: .structure([.core(["data"], 1, .max)])),
        "data": ElementRule(attributes: ["id": .nmtoken, "dir": .direction], required: ["id"], xmlAttributes: ["space"],
                            foreign: .none, content: .data),
        "source": ElementRule(attributes: [:], required: [], xmlAttributes: ["lang", "space"], foreign: .none, content: .inline),
        "target": ElementRule(attributes: ["order": .positiveInteger], required: [], xmlAttributes: ["lang", "space"],
                              foreign: .none, content: .inline),
        "cp": ElementRule(attributes: ["hex": .hexadecimal], required: ["hex"], xmlAttributes: [], foreign: .none, content: .empty),
        "ph": ElementRule(
            attributes: codeHints.merging(["disp": .text, "equiv": .text, "dataRef": .nmtoken, "subFlows": .nmtokens]) { $1 },
            required: ["id"], xmlAttributes: [], foreign: .codeModules, content: .empty),
        "pc": ElementRule(
            attributes: codeHints.merging([
                "canOverlap": .yesNo, "dispStart": .text, "dispEnd": .text, "equivStart": .text, "equivEnd": .text,
                "dataRefStart": .nmtoken, "dataRefEnd": .nmtoken, "subFlowsStart": .nmtokens, "subFlowsEnd": .nmtokens,
                "dir": .direction,
            ]) { $1 },
            required: ["id"], xmlAttributes: [], foreign: .codeModules, content: .inline),
        "sc": ElementRule(attributes: spanCode, required: ["id"], xmlAttributes: [], foreign: .codeModules, content: .empty),
        "ec": ElementRule(attributes: spanCode.merging(["startRef": .nmtoken]) { $1 }, required: [], xmlAttributes: [],
                          foreign: .codeModules, content: .empty),
        "mrk": ElementRule(attributes: marker, required: ["id"], xmlAttributes: [], foreign: .any, content: .inline),
        "sm": ElementRule(attributes: marker, required: ["id"], xmlAttributes: [], foreign: .any, content: .empty),
        "em": ElementRule(attributes: ["startRef": .nmtoken], required: ["startRef"], xmlAttributes: [], foreign: .none,
                          content: .empty),
    ]

    private static let spanCode: [String: AttributeValue] = codeHints.merging([
        "canOverlap": .yesNo, "dataRef": .nmtoken, "dir": .direction, "disp": .text, "equiv": .text,
        "isolated": .yesNo, "subFlows": .nmtokens,
    ]) { $1 }
}
