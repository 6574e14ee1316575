/// Renders a topic's blocks in one language. Block structure comes from the source; each
/// block's text from `PageText`, with `lang`/`dir` on blocks shown in another language.
struct BlockHTMLRenderer {
    let text: PageText
    let inline: InlineHTMLRenderer
    /// Adds `data-unit` and `data-status` attributes for the translator view of the preview.
    var annotate = false

    func render(_ blocks: [Block]) -> String {
        blocks.map { render($0, tight: false) }.joined()
    }

    private func render(_ block: Block, tight: Bool) -> String {
        switch block {
        case .heading(let level, let unit):
            let tag = "h\(min(max(level, 2), 6))"
            return element(tag, unit: unit) + "\n"
        case .paragraph(let unit):
            return tight ? inlineWithLanguage(unit) : element("p", unit: unit) + "\n"
        case .list(let ordered, let start, let isTight, let items):
            let tag = ordered ? "ol" : "ul"
            let startAttribute = ordered && start != 1 ? " start=\"\(start)\"" : ""
            let body = items.map { item in "<li>" + item.map { render($0, tight: isTight) }.joined() + "</li>\n" }.joined()
            return "<\(tag)\(startAttribute)>\n\(body)</\(tag)>\n"
        case .quote(let blocks):
            return "<blockquote>\n" + blocks.map { render($0, tight: false) }.joined() + "</blockquote>\n"
        case .table(let alignments, let header, let rows):
            return table(alignments: alignments, header: header, rows: rows)
        case .code(let code):
            return "<pre><code>\(HTML.escape(code))</code></pre>\n"
        case .thematicBreak:
            return "<hr>\n"
        }
    }

    private func table(alignments: [TableAlignment], header: [String], rows: [[String]]) -> String {
        func cell(_ tag: String, _ unit: String, _ column: Int) -> String {
            let alignment = column < alignments.count ? alignments[column] : .none
            let style = alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\""
            return element(tag, unit: unit, extra: style + (tag == "th" ? " scope=\"col\"" : ""))
        }
        var out = "<div class=\"table\"><table>\n"
        if !header.isEmpty {
            out += "<thead><tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n"
        }
        out += "<tbody>\n"
        for row in rows { out += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n" }
        return out + "</tbody></table></div>\n"
    }

    /// `<tag>text</tag>` with the language of the text when it differs from the page.
    func element(_ tag: String, unit: String, extra: String = "") -> String {
        let entry = text[unit]
        var attributes = extra
        if let foreign = entry.foreignLanguage { attributes += HTML.languageAttributes(foreign) }
        if annotate { attributes += annotation(unit, entry) }
        return "<\(tag)\(attributes)>\(inline.render(entry.text))</\(tag)>"
    }

    /// Text of a tight list item: wrapped in a span only when its language differs.
    private func inlineWithLanguage(_ unit: String) -> String {
        let entry = text[unit]
        if entry.foreignLanguage != nil || annotate { return element("span", unit: unit) }
        return inline.render(entry.text)
    }

    private func annotation(_ unit: String, _ entry: PageText.Entry) -> String {
        var status = entry.status.rawValue
        if entry.status == .current && entry.state < .reviewed { status = "unreviewed" }
        return " data-unit=\"\(HTML.escape(unit))\" data-status=\"\(status)\" title=\"\(HTML.escape(entry.source.plainText))\""
    }
}
