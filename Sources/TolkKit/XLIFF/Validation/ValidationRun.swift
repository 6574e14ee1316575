import CLibXML2

/// The state of validating one file: the document-wide facts the rules need (namespace,
/// languages) and the diagnostics found so far. One run walks the DOM once.
final class ValidationRun {
    /// The core namespace of the document (2.0 for XLIFF 2.0 and 2.1, or 2.2).
    let namespace: String
    /// Whether the document is XLIFF 2.2 (its namespace allows a few more things).
    let isVersion22: Bool
    /// `srcLang` and `trgLang` of `<xliff>`, when present.
    let sourceLanguage: String?
    let targetLanguage: String?
    /// `namespace` as libxml2 holds it in this document, to compare element namespaces without
    /// making strings of them (valid while the run: the caller holds the document).
    private let coreName: XMLNamespaceName
    /// The problems found so far, each with whether it lies inside a `<unit>`.
    private(set) var problems: [XLIFFProblem] = []
    private var reportedMissingTargetLanguage = false

    init(root: XMLElement) {
        namespace = root.namespace ?? XLIFFNamespace.core20
        isVersion22 = namespace == XLIFFNamespace.core22
        coreName = XMLNamespaceName(href: root.namespaceHref ?? Self.core20.utf8Start)
        sourceLanguage = root.attribute("srcLang")
        targetLanguage = root.attribute("trgLang")
    }

    /// Reports a problem at an element. A problem inside a `<unit>` belongs to that unit (its
    /// diagnostic names the unit's id, when it has one); `wholeFile` says a problem found at an
    /// element of a unit is about the file all the same.
    func report(_ element: XMLElement, _ message: String, hint: String? = nil, wholeFile: Bool = false) {
        let unit = wholeFile ? nil : enclosingUnit(of: element)
        problems.append(XLIFFProblem(
            diagnostic: .error(XLIFFValidator.check, at: element.location, message, hint: hint, unit: unit?.attribute("id")),
            inUnit: unit != nil))
    }

    /// The core `<unit>` that is `element` or holds it. Parents are followed in libxml2's tree,
    /// which costs nothing until there is something to report.
    private func enclosingUnit(of element: XMLElement) -> XMLElement? {
        var node: xmlNodePtr? = element.node
        while let current = node, current.pointee.type == XML_ELEMENT_NODE {
            let candidate = XMLElement(node: current, document: element.document)
            if candidate.name == "unit", candidate.namespace == namespace { return candidate }
            node = current.pointee.parent
        }
        return nil
    }

    /// Whether an element is in the document's XLIFF core namespace.
    func isCore(_ element: XMLElement) -> Bool { coreName.matches(element.namespaceHref) }

    /// Whether a namespace URI is one of XLIFF's core namespaces: `XLIFFNamespace.isCore`
    /// without making a string of it.
    static func isCoreNamespace(_ href: UnsafePointer<xmlChar>) -> Bool {
        XMLNamespaceName(href: core20.utf8Start).matches(href) || XMLNamespaceName(href: core22.utf8Start).matches(href)
    }

    private static let core20: StaticString = "urn:oasis:names:tc:xliff:document:2.0"
    private static let core22: StaticString = "urn:oasis:names:tc:xliff:document:2.2"
    /// The XML namespace (`xml:lang`, `xml:space`), as `XLIFFNamespace.xml`.
    static let xmlNamespace: StaticString = "http://www.w3.org/XML/1998/namespace"

    /// Reports once that the file has translations but no `trgLang`.
    func noteTarget(_ target: XMLElement) {
        guard targetLanguage == nil, !reportedMissingTargetLanguage else { return }
        reportedMissingTargetLanguage = true
        report(target, "<target> found, but <xliff> has no trgLang; a file with translations must name their language",
               hint: "add trgLang=\"...\" (e.g. trgLang=\"pl\") to <xliff>", wholeFile: true)
    }
}

extension XMLElement {
    /// The element as a translator would search for it: `<ph id="2">`, `<ec startRef="1">`, `<segment>`.
    var display: String {
        if let id = attribute("id") { return "<\(qualifiedName) id=\"\(id)\">" }
        if let startRef = attribute("startRef") { return "<\(qualifiedName) startRef=\"\(startRef)\">" }
        return "<\(qualifiedName)>"
    }

    /// The `id` of an element or its `xml:id`.
    var anyID: String? { attribute("id") ?? attribute("id", namespace: XLIFFNamespace.xml) }
}

/// Ids already used in one scope, to report the second use of each.
struct IDRegistry {
    /// The ids of the default space (unit, group and file ids), kept apart: one hash per id.
    /// The first few are only listed: most registries (the segments of one unit) hold one or
    /// two ids, and hashing them cost more than comparing.
    private var few: [String] = []
    private var plain: Set<String> = []
    private var seen: [String: Set<String>] = [:]
    private static let listed = 8

    /// Records `id` in `space`; false when it was already there.
    mutating func insert(_ id: String, in space: String = "") -> Bool {
        guard space.isEmpty else { return seen[space, default: []].insert(id).inserted }
        if plain.isEmpty {
            if few.contains(id) { return false }
            if few.count < Self.listed {
                few.append(id)
                return true
            }
            plain = Set(few)
            few = []
        }
        return plain.insert(id).inserted
    }

    func contains(_ id: String, in space: String = "") -> Bool {
        space.isEmpty ? few.contains(id) || plain.contains(id) : seen[space]?.contains(id) ?? false
    }
}
