/// Splits a topic file into YAML front matter and Markdown body.
enum FrontMatter {
    struct Split: Equatable {
        var yaml: String
        /// Line number of the first YAML line, minus one (so YAML line 1 maps to file line 2).
        var yamlLineOffset: Int
        var body: String
        /// Line number of the first body line, minus one.
        var bodyLineOffset: Int
    }

    /// Returns nil when the file does not start with a `---` line or the block is not closed.
    ///
    /// Lines end at a line feed that is a character of its own, as when splitting the text's
    /// characters on "\n" (a CR LF pair is one character, so it does not end a line here).
    /// The bytes are scanned once and only lines that begin with `---` or `...` are looked at
    /// as characters: every build loads every topic, and splitting whole files into lines
    /// and joining them again cost more than parsing their YAML.
    static func split(_ text: String) -> Split? {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var line = 0
        var yamlStart: String.Index?
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            let byte = atEnd ? 0 : utf8[index]
            if atEnd || (byte == 0x0A && previous != 0x0D) {
                let content = text[lineStart..<index]
                if let start = yamlStart {
                    if isFence(content, closing: true) {
                        let yaml = line == 1 ? "" : String(text[start..<utf8.index(before: lineStart)])
                        let body = atEnd ? "" : String(text[utf8.index(after: index)...])
                        return Split(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: line + 1)
                    }
                } else {
                    guard isFence(content, closing: false) else { return nil }
                    yamlStart = atEnd ? nil : utf8.index(after: index)
                }
                if atEnd { return nil }
                line += 1
                lineStart = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
    }

    /// `---` (or, closing, `...`) with only whitespace after it.
    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        guard line.utf8.starts(with: "---".utf8) || (closing && line.utf8.starts(with: "...".utf8)) else { return false }
        let trimmed = line.trimmingTrailingWhitespace
        return trimmed == "---" || (closing && trimmed == "...")
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
