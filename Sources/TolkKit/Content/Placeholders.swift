/// Splits `{name}` placeholders out of plain text, so translators get them as protected codes.
enum Placeholders {
    /// The text as elements: text runs and `.placeholder` codes. `nextID` numbers the codes.
    static func split(_ text: String, nextID: inout Int) -> [InlineElement] {
        // Text without a `{` (most of it) is one run; no need to walk its Characters.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text.isEmpty ? [] : [.text(text)] }
        var elements: [InlineElement] = []
        var buffer = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "{", let close = text[index...].firstIndex(of: "}") {
                let name = text[text.index(after: index) ..< close]
                if !name.isEmpty, name.count <= 40, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                    if !buffer.isEmpty { elements.append(.text(buffer)); buffer = "" }
                    elements.append(.placeholder(id: String(nextID), code: .placeholder("{\(name)}")))
                    nextID += 1
                    index = text.index(after: close)
                    continue
                }
            }
            buffer.append(text[index])
            index = text.index(after: index)
        }
        if !buffer.isEmpty { elements.append(.text(buffer)) }
        return elements
    }

    /// A plain string (a YAML field) as inline text with placeholders.
    static func inlineText(_ text: String) -> InlineText {
        var nextID = 1
        return InlineText(split(text, nextID: &nextID))
    }
}
