/// `raw-html`: HTML or script typed into a target. Tolk renders translations as text only, so
/// markup would show up as characters, or (in a careless pipeline) run.
struct RawHTMLCheck: UnitCheck {
    let name = "raw-html"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    /// Tags (`<b>`, `</a>`, `<script`, `<a href`), comments, script URLs and event handler
    /// attributes, each with the ASCII character it cannot match without.
    // Shared across threads: see the note on `TextTokens.urlPattern`.
    nonisolated(unsafe) private static let patterns: [(needs: UInt8, regex: Regex<Substring>)] = [
        (UInt8(ascii: "<"), #"<!--"#),
        (UInt8(ascii: "<"), #"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^<>\n]{0,40}>?"#),
        (UInt8(ascii: ":"), #"(?i)\b(?:javascript|vbscript)\s*:"#),
        (UInt8(ascii: ":"), #"(?i)\bdata\s*:\s*text/html"#),
        (UInt8(ascii: "="), #"(?i)\bon[a-z]{3,}\s*=\s*["']?"#),
    ].map { ($0.0, try! Regex($0.1, as: Substring.self)) }

    /// Which of `<`, `:` and `=` a text has: most sentences have none, and a text runs only the
    /// patterns that need one it has (a `:` in "Merk:" is no reason to look for tags).
    struct Marks: Sendable, Equatable {
        var less = false
        var colon = false
        var equals = false

        init() {}

        /// The marks of `text`, from its bytes (`TargetScan` finds the same in its pass).
        init(_ text: String) {
            var bytes = text
            self = bytes.withUTF8 { buffer in
                var present = Marks()
                for byte in buffer {
                    switch byte {
                    case UInt8(ascii: "<"): present.less = true
                    case UInt8(ascii: ":"): present.colon = true
                    case UInt8(ascii: "="): present.equals = true
                    default: break
                    }
                }
                return present
            }
        }
    }

    func findings(in subject: CheckSubject) -> [Finding] {
        let text = subject.targetText
        let present = subject.targetScan?.markup ?? Marks(text)
        guard present.less || present.colon || present.equals else { return [] }
        var found: [(offset: Int, snippet: String)] = []
        for pattern in Self.patterns {
            switch pattern.needs {
            case UInt8(ascii: "<"): guard present.less else { continue }
            case UInt8(ascii: ":"): guard present.colon else { continue }
            default: guard present.equals else { continue }
            }
            for match in text.matches(of: pattern.regex) {
                let offset = text.distance(from: text.startIndex, to: match.range.lowerBound)
                found.append((offset, String(text[match.range])))
            }
        }
        guard !found.isEmpty else { return [] }
        var snippets: [String] = []
        for item in found.sorted(by: { $0.offset < $1.offset }) {
            var snippet = Wording.trimmed(Wording.visible(item.snippet))
            if snippet.count > 30 { snippet = String(snippet.prefix(29)) + "…" }
            if !snippets.contains(snippet) { snippets.append(snippet) }
        }
        let list = snippets.prefix(3).map { "`\($0)`" }.joined(separator: ", ") + (snippets.count > 3 ? ", …" : "")
        return [Finding("the target contains HTML or script (\(list)); translations are never rendered as HTML, so readers would see it as text",
                        hint: "remove it; for bold text or links use the codes of the source (tags in your translation tool)")]
    }
}
