/// What sync writes for one unit.
public struct WrittenUnit: Sendable, Hashable {
    public var unit: Unit
    public var target: InlineText?
    public var state: TranslationState
    public var subState: String?
    public var previousSource: String?
    /// Notes from translators and tools, kept as they were.
    public var keptNotes: [UnitNote]

    public init(unit: Unit, target: InlineText? = nil, state: TranslationState = .initial, subState: String? = nil,
                previousSource: String? = nil, keptNotes: [UnitNote] = []) {
        self.unit = unit
        self.target = target
        self.state = state
        self.subState = subState
        self.previousSource = previousSource
        self.keptNotes = keptNotes
    }
}

/// Writes XLIFF the same way every time: two-space indentation, attributes in a fixed
/// order, one unit per block with its context note, codes as `<pc>`/`<ph>` with original data.
///
/// The files say `version="2.0"`: they use only the 2.0 core, and several CAT tools and
/// platforms (Phrase, Matecat) take only files that say 2.0. Inside a unit the schema's order
/// is kept (notes, originalData, segment). The one segment of a unit has an id made from the
/// unit's (`s-p-4c1aa4b7`), unique in the file and the same in every sync, and
/// `canResegment="no"`, so tools that key their work on segment ids (Weblate, OmegaT) find it
/// again and do not split it.
public enum XLIFFWriter {
    /// The version Tolk writes.
    public static let version = "2.0"

    /// The id of a unit's one segment.
    public static func segmentID(ofUnit id: String) -> String { "s-\(id)" }

    public static func write(sourceLanguage: String, targetLanguage: String, original: String, units: [WrittenUnit]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(XLIFFNamespace.core20)" version="\(version)" srcLang="\(escapeAttribute(sourceLanguage))" trgLang="\(escapeAttribute(targetLanguage))">
              <file id="f1" original="\(escapeAttribute(original))">

            """
        for written in units { writeUnit(written, into: &out) }
        out += "  </file>\n</xliff>\n"
        return out
    }

    /// One unit as `write` puts it in a file (also used to replace a single unit in place).
    static func writeUnit(_ written: WrittenUnit, into out: inout String) {
        let unit = written.unit
        out += "    <unit id=\"\(escapeAttribute(unit.id))\" name=\"\(unit.kind.rawValue)\">\n"
        out += "      <notes>\n"
        out += "        <note category=\"tolk:context\">\(escapeText(unit.context))</note>\n"
        if let previous = written.previousSource {
            out += "        <note category=\"tolk:previous-source\">\(escapeText(previous))</note>\n"
        }
        for note in written.keptNotes {
            out += "        <note"
            if let category = note.category { out += " category=\"\(escapeAttribute(category))\"" }
            for key in note.attributes.keys.sorted() { out += " \(key)=\"\(escapeAttribute(note.attributes[key]!))\"" }
            out += ">\(escapeText(note.text))</note>\n"
        }
        out += "      </notes>\n"
        let codes = CodeTable(unit.source)
        if !codes.data.isEmpty {
            out += "      <originalData>\n"
            for (id, value) in codes.data {
                out += "        <data id=\"\(id)\">\(escapeText(value))</data>\n"
            }
            out += "      </originalData>\n"
        }
        out += "      <segment id=\"\(escapeAttribute(segmentID(ofUnit: unit.id)))\" canResegment=\"no\" state=\"\(written.state.rawValue)\""
        if let subState = written.subState { out += " subState=\"\(escapeAttribute(subState))\"" }
        out += ">\n"
        out += "        <source>\(inline(unit.source, codes: codes))</source>\n"
        if let target = written.target {
            out += "        <target>\(inline(target, codes: codes))</target>\n"
        }
        out += "      </segment>\n"
        out += "    </unit>\n"
    }

    /// Inline content: `<pc>` where open/close nest properly, `<sc>`/`<ec>` otherwise.
    static func inline(_ text: InlineText, codes: CodeTable) -> String {
        let nested = text.isWellNested
        var out = ""
        for element in text.elements {
            switch element {
            case .text(let value): out += escapeText(value)
            case .placeholder(let id, _): out += "<ph id=\"\(escapeAttribute(id))\"\(codes.attributes(for: id))/>"
            case .open(let id, _):
                out += nested ? "<pc id=\"\(escapeAttribute(id))\"\(codes.attributes(for: id))>"
                    : "<sc id=\"\(escapeAttribute(id))\"\(codes.attributes(for: id, isolated: true))/>"
            case .close(let id): out += nested ? "</pc>" : "<ec startRef=\"\(escapeAttribute(id))\"/>"
            }
        }
        return out
    }


    static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                // Characters XML cannot hold go in XLIFF's <cp/>.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += "<cp hex=\"\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))\"/>"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func escapeAttribute(_ text: String) -> String {
        escapeText(text).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "\n", with: "&#10;")
            .replacingOccurrences(of: "\t", with: "&#9;")
    }
}

/// The attributes and original data of a unit's codes, from its source.
struct CodeTable {
    private(set) var codes: [String: InlineCode] = [:]
    /// Original data in id order: (data id, value).
    private(set) var data: [(String, String)] = []
    private var dataIDs: [String: String] = [:]

    init(_ source: InlineText) {
        for element in source.elements {
            switch element {
            case .placeholder(let id, let code), .open(let id, let code):
                codes[id] = code
                if let value = Self.originalData(of: code) {
                    let dataID = "d\(id)"
                    dataIDs[id] = dataID
                    data.append((dataID, value))
                    // XLIFF pairs dataRefStart with dataRefEnd; the end of a link has no data of its own.
                    if code.isPaired { data.append(("\(dataID)e", "")) }
                }
            default: break
            }
        }
    }

    private static func originalData(of code: InlineCode) -> String? {
        switch code {
        case .link(let url): url
        case .code(let text): text
        case .placeholder(let name): name
        case .image(let src, _): src
        case .cueSpan(let tag): tag
        default: nil
        }
    }

    /// XLIFF attributes for a code: type, subType, disp and the data reference.
    func attributes(for id: String, isolated: Bool = false) -> String {
        guard let code = codes[id] else { return "" }
        var out: String
        switch code {
        case .emphasis: out = " type=\"fmt\" subType=\"xlf:i\""
        case .strong: out = " type=\"fmt\" subType=\"xlf:b\""
        case .strikethrough: out = " type=\"fmt\" subType=\"tolk:strike\""
        case .link: out = " type=\"link\""
        case .code(let text): out = " type=\"other\" subType=\"tolk:code\" disp=\"\(XLIFFWriter.escapeAttribute(text))\""
        case .lineBreak: out = " type=\"fmt\" subType=\"xlf:lb\""
        case .placeholder(let name): out = " type=\"ui\" subType=\"xlf:var\" disp=\"\(XLIFFWriter.escapeAttribute(name))\""
        case .image: out = " type=\"image\""
        case .cueSpan(let tag):
            // <i>, <b> and <u> are the formatting XLIFF names; voices and classes are Tolk's.
            let subType = ["i": "xlf:i", "b": "xlf:b", "u": "xlf:u"][tag] ?? "tolk:cue"
            out = subType == "tolk:cue" ? " type=\"other\" subType=\"tolk:cue\"" : " type=\"fmt\" subType=\"\(subType)\""
            // What a CAT tool shows for the code: the tag, as in the .vtt file.
            let name = String(tag.prefix { $0 != "." && $0 != " " && $0 != "\t" })
            out += isolated ? " disp=\"\(XLIFFWriter.escapeAttribute("<\(tag)>"))\""
                : " dispStart=\"\(XLIFFWriter.escapeAttribute("<\(tag)>"))\" dispEnd=\"\(XLIFFWriter.escapeAttribute("</\(name)>"))\""
        case .unknown: out = ""
        }
        if let dataID = dataIDs[id] {
            out += code.isPaired ? (isolated ? " dataRef=\"\(dataID)\"" : " dataRefStart=\"\(dataID)\" dataRefEnd=\"\(dataID)e\"") : " dataRef=\"\(dataID)\""
        }
        return out
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
