/// Renders a topic's blocks in one language. Block structure comes from the source; each
/// block's text from `PageText`, with `lang`/`dir` on blocks shown in another language.
struct BlockHTMLRenderer {
    let text: PageText
    let inline: InlineHTMLRenderer
    /// Adds `data-unit` and `data-status` attributes for the translator view of the preview.
    var annotate = false

    func render(_ blocks: [Block]) -> String {
        // One string for the whole body: each block appends to it, so no block, list item or
        // cell is built as a string of its own and joined again.
        var out = ""
        for block in blocks { render(block, tight: false, into: &out) }
        return out
    }

    private func render(_ block: Block, tight: Bool, into out: inout String) {
        switch block {
        case .heading(let level, let unit):
            let tag = "h\(min(max(level, 2), 6))"
            element(tag, unit: unit, into: &out)
            out += "\n"
        case .paragraph(let unit):
            if tight {
                inlineWithLanguage(unit, into: &out)
            } else {
                element("p", unit: unit, into: &out)
                out += "\n"
            }
        case .list(let ordered, let start, let isTight, let items):
            let tag = ordered ? "ol" : "ul"
            out += "<\(tag)"
            if ordered && start != 1 { out += " start=\"\(start)\"" }
            out += ">\n"
            for item in items {
                out += "<li>"
                for block in item { render(block, tight: isTight, into: &out) }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .quote(let blocks):
            out += "<blockquote>\n"
            for block in blocks { render(block, tight: false, into: &out) }
            out += "</blockquote>\n"
        case .table(let alignments, let header, let rows):
            table(alignments: alignments, header: header, rows: rows, into: &out)
        case .code(let code):
            out += "<pre><code>"
            out += HTML.escape(code)
            out += "</code></pre>\n"
        case .thematicBreak:
            out += "<hr>\n"
        }
    }

    private func table(alignments: [TableAlignment], header: [String], rows: [[String]], into out: inout String) {
        func cell(_ tag: String, _ unit: String, _ column: Int) {
            let alignment = column < alignments.count ? alignments[column] : .none
            let style = alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\""
            element(tag, unit: unit, extra: style + (tag == "th" ? " scope=\"col\"" : ""), into: &out)
        }
        out += "<div class=\"table\"><table>\n"
        if !header.isEmpty {
            out += "<thead><tr>"
            for (column, unit) in header.enumerated() { cell("th", unit, column) }
            out += "</tr></thead>\n"
        }
        out += "<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (column, unit) in row.enumerated() { cell("td", unit, column) }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
    }

    /// `<tag>text</tag>` with the language of the text when it differs from the page.
    func element(_ tag: String, unit: String, extra: String = "") -> String {
        var out = ""
        element(tag, unit: unit, extra: extra, into: &out)
        return out
    }

    /// `element(_:unit:extra:)` appended to `out`.
    func element(_ tag: String, unit: String, extra: String = "", into out: inout String) {
        let entry = text[unit]
        out += "<"
        out += tag
        out += extra
        if let foreign = entry.foreignLanguage { out += HTML.languageAttributes(foreign) }
        if annotate { out += annotation(unit, entry) }
        out += ">"
        inline.render(entry.text, into: &out)
        out += "</"
        out += tag
        out += ">"
    }

    /// Text of a tight list item: wrapped in a span only when its language differs.
    private func inlineWithLanguage(_ unit: String, into out: inout String) {
        let entry = text[unit]
        if entry.foreignLanguage != nil || annotate { return element("span", unit: unit, into: &out) }
        inline.render(entry.text, into: &out)
    }

    private func annotation(_ unit: String, _ entry: PageText.Entry) -> String {
        var status = entry.status.rawValue
        if entry.status == .current && entry.state < .reviewed { status = "unreviewed" }
        return " data-unit=\"\(HTML.escape(unit))\" data-status=\"\(status)\" title=\"\(HTML.escape(entry.source.plainText))\""
    }
}
