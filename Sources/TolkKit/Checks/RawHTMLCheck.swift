/// `raw-html`: HTML or script typed into a target. Tolk renders translations as text only, so
/// markup would show up as characters, or (in a careless pipeline) run.
struct RawHTMLCheck: UnitCheck {
    let name = "raw-html"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    /// Tags (`<b>`, `</a>`, `<script`, `<a href`), comments, script URLs and event handler attributes.
    // Shared across threads: see the note on `TextTokens.urlPattern`.
    nonisolated(unsafe) private static let patterns: [Regex<Substring>] = [
        #"<!--"#,
        #"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^<>\n]{0,40}>?"#,
        #"(?i)\b(?:javascript|vbscript)\s*:"#,
        #"(?i)\bdata\s*:\s*text/html"#,
        #"(?i)\bon[a-z]{3,}\s*=\s*["']?"#,
    ].map { try! Regex($0, as: Substring.self) }

    func findings(in subject: CheckSubject) -> [Finding] {
        let text = subject.targetText
        // Every pattern needs `<`, `:` or `=`; most sentences have none, so skip the regexes.
        guard text.containsUTF8Byte(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=") }) else { return [] }
        var found: [(offset: Int, snippet: String)] = []
        for pattern in Self.patterns {
            for match in text.matches(of: pattern) {
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
