import Foundation

/// The first error libxml2 reports while parsing one document, as it reported it.
final class XMLParseError {
    /// libxml2's error code (`xmlParserErrors`), its message and its first string argument
    /// (an element or entity name for most errors).
    var code = 0
    var message: String?
    var name: String?
    var line = 0
    var column = 0

    /// libxml2 refuses elements nested deeper than this (without XML_PARSE_HUGE, which Tolk
    /// never sets: it is there to stop files built to exhaust memory).
    static let depthLimit = 256
    /// libxml2 refuses a text or an attribute value longer than this many bytes.
    static let textLimit = 10_000_000

    /// What is wrong, in a translator's words: libxml2's messages name its options and
    /// functions ("Excessive depth in document: 256 use XML_PARSE_HUGE option"), which say
    /// nothing to someone who edited a translation. The common mistakes get their own words;
    /// any other error keeps libxml2's description only when it names no internals.
    var translatorMessage: String {
        let detail = self.detail
        // Limits and encodings are not syntax mistakes; the rest are, and say so first.
        let standsAlone = (code == 1 || code == 2 || code == 4) || detail == Self.notUTF8 || detail.hasPrefix("the file is not well-formed")
        return standsAlone ? detail : "the file is not well-formed XML: " + detail
    }

    private static let notUTF8 = "the file is not valid UTF-8 text"

    private var detail: String {
        let raw = (message ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let name = name.map { "<\($0)>" } ?? "an element"
        if raw.contains("not proper UTF-8") || raw.contains("encoding error") { return Self.notUTF8 }
        switch code {
        case 1 where raw.contains("depth"):
            let limit = Self.number(in: raw) ?? Self.depthLimit
            return "the elements are nested too deeply: more than \(limit) levels, the most Tolk reads"
        case 1 where raw.contains("Huge input"), 2 where raw.contains("huge text"):
            return "a text or attribute value is longer than 10,000,000 bytes (\(Self.textLimit / 1_000_000) MB), the most Tolk reads in one piece"
        case 4:
            return "the file is empty; an XLIFF file starts with <?xml ...?> and <xliff ...>"
        case 5:
            return "there is more after the end of the document: everything must be inside the one root element <xliff>"
        case 8:
            return "a character reference (&#...;) names a character XML does not allow"
        case 9:
            if let value = Self.number(in: raw) {
                return "the file contains a control character (U+\(String(format: "%04X", value))) that XML does not allow"
            }
            return "the file contains a character that XML does not allow"
        case 23:
            return "a & that does not start an entity: write & as &amp; in a text"
        case 68 where raw.contains("EntityRef"):
            return "a & that does not start an entity: write & as &amp; in a text"
        case 68 where raw.contains("StartTag"):
            return "a < that does not start a tag: write < as &lt; in a text"
        case 26:
            let entity = self.name.map { "&\($0);" } ?? "an entity"
            return "\(entity) is not defined in XML (only &amp; &lt; &gt; &quot; &apos; are); write the character itself or as a character reference such as &#160;"
        case 38:
            return "a < inside an attribute value: write it as &lt;"
        case 39, 40:
            return "an attribute value is not in quotes, or its closing quote is missing: write name=\"value\""
        case 41:
            return "the attribute \(self.name ?? "") has no value: write name=\"value\""
        case 42:
            return "the attribute \(self.name ?? "") appears twice on the same element"
        case 73:
            return "a start tag is not closed with >"
        case 76:
            let opened = Self.number(in: raw).map { " (opened on line \($0))" } ?? ""
            let closer = raw.components(separatedBy: " and ").last.map { "</\($0)>" } ?? "another end tag"
            return "\(name)\(opened) is closed by \(closer); expected </\(self.name ?? "")>"
        case 77:
            let opened = Self.number(in: raw).map { " (opened on line \($0))" } ?? ""
            return "the file ends before \(name)\(opened) is closed; expected </\(self.name ?? "")>"
        default:
            let internals = ["XML_", "xml", "internal error", "Memory", "huge", "Huge"]
            guard !raw.isEmpty, !internals.contains(where: raw.contains) else { return "the file is not well-formed XML at this place" }
            return "the file is not well-formed XML: \(raw)"
        }
    }

    /// The last whole number in a libxml2 message (a limit, a line, a character value).
    private static func number(in text: String) -> Int? {
        text.split(whereSeparator: { !$0.isNumber }).last.flatMap { Int($0) }
    }
}
