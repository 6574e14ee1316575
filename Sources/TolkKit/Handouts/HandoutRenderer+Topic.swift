import Foundation

/// Topic handouts: the title, summary and body of a topic.
extension HandoutRenderer {
    /// A topic in one language.
    func topicArticle(_ topic: Topic, page: PageID, document: SourceDocument, text: PageText) -> String {
        let inline = inline(text, dosage: nil, marked: false)
        let blocks = BlockHTMLRenderer(text: text, inline: inline)
        let heading = "<h1\(languageAttributes(text, topic.titleUnit))>\(inline.render(text[topic.titleUnit].text))</h1>"
        var context = frame(page: page, document: document, language: text.language, heading: heading, clinic: true)
        if let summary = topic.summaryUnit {
            context["summary"] = inline.render(text[summary].text)
            context["summary_attributes"] = languageAttributes(text, summary)
        }
        context["body"] = blocks.render(topic.blocks)
        return theme.render("handout-topic", context)
    }

    /// A topic in the patient's language beside the source language: one row per heading,
    /// paragraph, list item, table or quote, each cell with its own `lang` and `dir`.
    func topicBilingual(_ topic: Topic, page: PageID, document: SourceDocument, text: PageText, sourceText: PageText) -> String {
        let sides = [text, sourceText].map { side in (text: side, blocks: BlockHTMLRenderer(text: side, inline: inline(side, dosage: nil, marked: false))) }
        func cell(_ side: Int, _ element: String, _ html: String, unit: String? = nil) -> String {
            let language = unit.flatMap { sides[side].text[$0].foreignLanguage } ?? sides[side].text.language
            return "<\(element)\(cellAttributes(language))>\(html)</\(element)>"
        }
        var rowNumber = 0
        func row(_ block: Block, class extra: String = "") -> String {
            // The source side of a row is the same beside every language: rendered once per document.
            rowNumber += 1
            let source = sourceCells.cell(document.path, row: rowNumber) { cell(1, "div", sides[1].blocks.render([block])) }
            return "<div class=\"pair\(extra)\">" + cell(0, "div", sides[0].blocks.render([block])) + source + "</div>\n"
        }
        func rows(_ blocks: [Block]) -> String {
            blocks.map { block in
                switch block {
                case .heading:
                    return row(block, class: " heading")
                case .paragraph, .table, .quote:
                    return row(block)
                case .list(let ordered, let start, let tight, let items):
                    return items.enumerated().map { index, item in
                        row(.list(ordered: ordered, start: start + index, tight: tight, items: [item]))
                    }.joined()
                case .code, .thematicBreak:
                    return "<div class=\"full\">\(sides[0].blocks.render([block]))</div>\n"
                }
            }.joined()
        }
        let title = "<h1 class=\"pair title\">" + (0...1).map { side in
            cell(side, "span", sides[side].blocks.inline.render(sides[side].text[topic.titleUnit].text), unit: topic.titleUnit)
        }.joined() + "</h1>"
        var body = ""
        if let summary = topic.summaryUnit {
            body += "<div class=\"pair summary\">" + (0...1).map { side in
                cell(side, "p", sides[side].blocks.inline.render(sides[side].text[summary].text), unit: summary)
            }.joined() + "</div>\n"
        }
        var context = frame(page: page, document: document, language: text.language, heading: title, clinic: true)
        context["rows"] = body + rows(topic.blocks)
        context["kind"] = "topic"
        return theme.render("handout-bilingual", context)
    }
}

/// The source-language cells of bilingual handouts by document and row: a document's
/// bilingual handouts in every language share them.
final class SourceCellCache: @unchecked Sendable {
    private let lock = NSLock()
    private var cells: [String: [Int: String]] = [:]

    func cell(_ document: String, row: Int, render: () -> String) -> String {
        if let known = lock.withLock({ cells[document]?[row] }) { return known }
        let html = render()
        lock.withLock { cells[document, default: [:]][row] = html }
        return html
    }
}
