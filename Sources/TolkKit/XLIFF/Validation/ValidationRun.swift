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
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedMissingTargetLanguage = false

    init(root: XMLElement) {
        namespace = root.namespace ?? XLIFFNamespace.core20
        isVersion22 = namespace == XLIFFNamespace.core22
        sourceLanguage = root.attribute("srcLang")
        targetLanguage = root.attribute("trgLang")
    }

    /// Reports a problem at an element.
    func report(_ element: XMLElement, _ message: String, hint: String? = nil) {
        diagnostics.append(.error("xliff-core", at: element.location, message, hint: hint))
    }

    /// Whether an element is in the document's XLIFF core namespace.
    func isCore(_ element: XMLElement) -> Bool { element.namespace == namespace }

    /// Reports once that the file has translations but no `trgLang`.
    func noteTarget(_ target: XMLElement) {
        guard targetLanguage == nil, !reportedMissingTargetLanguage else { return }
        reportedMissingTargetLanguage = true
        report(target, "<target> found, but <xliff> has no trgLang; a file with translations must name their language",
               hint: "add trgLang=\"...\" (e.g. trgLang=\"pl\") to <xliff>")
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
    private var seen: [String: Set<String>] = [:]

    /// Records `id` in `space`; false when it was already there.
    mutating func insert(_ id: String, in space: String = "") -> Bool {
        seen[space, default: []].insert(id).inserted
    }

    func contains(_ id: String, in space: String = "") -> Bool { seen[space]?.contains(id) ?? false }
}
