/// The XLIFF 2 modules the validator knows: their namespaces, element and attribute names,
/// and the registered fragment identifier prefixes. Module elements are foreign elements for
/// the core rules; only their names (and a few attribute rules) are checked.
struct XLIFFModule: Sendable {
    /// The module's name, for messages ("Format Style").
    let name: String
    /// The namespace URI.
    let namespace: String
    /// The element names the module defines, or nil when it defines none (checked as unknown).
    let elements: Set<String>
    /// The attribute names the module defines for use on core elements, or nil when not checked.
    let attributes: Set<String>?
    /// Whether its attributes may stand on inline codes (`<ph>`, `<pc>`, `<sc>`, isolated `<ec>`).
    let onCodes: Bool
    /// Whether its attributes may stand on `<segment>` (Plural, Gender and Select in 2.2).
    let onSegments: Bool

    static let formatStyle = "urn:oasis:names:tc:xliff:fs:2.0"

    /// All known modules, by namespace.
    static let all: [String: XLIFFModule] = Dictionary(uniqueKeysWithValues: [
        XLIFFModule(name: "Translation Candidates", namespace: "urn:oasis:names:tc:xliff:matches:2.0",
                    elements: ["matches", "match"], attributes: [], onCodes: false, onSegments: false),
        XLIFFModule(name: "Glossary", namespace: "urn:oasis:names:tc:xliff:glossary:2.0",
                    elements: ["glossary", "glossEntry", "term", "translation", "definition"], attributes: [],
                    onCodes: false, onSegments: false),
        XLIFFModule(name: "Format Style", namespace: formatStyle, elements: [], attributes: ["fs", "subFs"],
                    onCodes: true, onSegments: false),
        XLIFFModule(name: "Metadata", namespace: "urn:oasis:names:tc:xliff:metadata:2.0",
                    elements: ["metadata", "metaGroup", "meta"], attributes: [], onCodes: false, onSegments: false),
        XLIFFModule(name: "Resource Data", namespace: "urn:oasis:names:tc:xliff:resourcedata:2.0",
                    elements: ["resourceData", "resourceItemRef", "resourceItem", "source", "target", "reference"],
                    attributes: [], onCodes: false, onSegments: false),
        XLIFFModule(name: "Change Tracking", namespace: "urn:oasis:names:tc:xliff:changetracking:2.0",
                    elements: ["changeTrack", "revisions", "revision", "item"], attributes: [],
                    onCodes: false, onSegments: false),
        XLIFFModule(name: "Size and Length Restriction", namespace: "urn:oasis:names:tc:xliff:sizerestriction:2.0",
                    elements: ["profiles", "normalization", "data"],
                    attributes: ["storageRestriction", "sizeRestriction", "equivStorage", "sizeInfo", "sizeInfoRef"],
                    onCodes: true, onSegments: false),
        XLIFFModule(name: "Validation", namespace: "urn:oasis:names:tc:xliff:validation:2.0",
                    elements: ["validation", "rule"], attributes: [], onCodes: false, onSegments: false),
        XLIFFModule(name: "ITS", namespace: "http://www.w3.org/2005/11/its",
                    elements: [], attributes: nil, onCodes: true, onSegments: false),
        XLIFFModule(name: "ITS", namespace: "urn:oasis:names:tc:xliff:itsm:2.1",
                    elements: [], attributes: nil, onCodes: true, onSegments: false),
        XLIFFModule(name: "Plural, Gender and Select", namespace: "urn:oasis:names:tc:xliff:pgs:1.0",
                    elements: [], attributes: ["switch", "case"], onCodes: false, onSegments: true),
    ].map { ($0.namespace, $0) })

    /// Whether an element name belongs to this module (modules without elements accept none,
    /// except ITS, whose vocabulary is not checked here).
    func definesElement(_ name: String) -> Bool {
        attributes == nil || elements.contains(name)
    }

    /// Fragment identifier prefixes registered with the XLIFF TC for modules and extensions
    /// (`#f=f1/u=1/gls=g1`, `#f=f1/tbx=t1`). One-letter prefixes are reserved for the core.
    static let fragmentPrefixes: Set<String> = [
        "mtc", "gls", "fs", "mda", "res", "ctr", "slr", "val", "its", "itsm", "pgs", "tbx",
    ]

    /// The HTML element names the Format Style module allows in `fs:fs`.
    static let formatStyleElements: Set<String> = [
        "a", "b", "bdo", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
        "colgroup", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html",
        "i", "img", "label", "legend", "li", "ol", "p", "pre", "q", "s", "samp", "select", "small", "span",
        "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u",
        "ul",
    ]
}
