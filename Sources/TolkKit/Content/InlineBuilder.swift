/// Builds `InlineText` from a stream of text and codes, numbering codes 1, 2, 3 ... per unit
/// and splitting `{placeholders}` out of text.
struct InlineBuilder {
    private var elements: [InlineElement] = []
    private var pendingText = ""
    private var nextID = 1
    /// Image alt texts met in this block: (unit id, text, location).
    var pendingAltTexts: [(String, InlineText, SourceLocation)] = []

    mutating func appendText(_ text: String) { pendingText += text }

    mutating func appendCode(_ code: InlineCode) {
        flushText()
        elements.append(.placeholder(id: String(nextID), code: code))
        nextID += 1
    }

    mutating func wrap(_ code: InlineCode, _ body: (inout InlineBuilder) -> Void) {
        flushText()
        let id = String(nextID)
        nextID += 1
        elements.append(.open(id: id, code: code))
        body(&self)
        flushText()
        elements.append(.close(id: id))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        elements.append(contentsOf: Placeholders.split(pendingText, nextID: &nextID))
        pendingText = ""
    }

    /// The finished text, with leading and trailing whitespace trimmed.
    mutating func finish() -> InlineText {
        flushText()
        if case .text(let first)? = elements.first {
            let trimmed = String(first.drop(while: \.isWhitespace))
            if trimmed.isEmpty { elements.removeFirst() } else { elements[0] = .text(trimmed) }
        }
        if case .text(let last)? = elements.last {
            var trimmed = last
            while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
            if trimmed.isEmpty { elements.removeLast() } else { elements[elements.count - 1] = .text(trimmed) }
        }
        return InlineText(elements)
    }
}
