/// Splits a topic file into YAML front matter and Markdown body.
enum FrontMatter {
    struct Split {
        var yaml: String
        /// Line number of the first YAML line, minus one (so YAML line 1 maps to file line 2).
        var yamlLineOffset: Int
        var body: String
        /// Line number of the first body line, minus one.
        var bodyLineOffset: Int
    }

    /// Returns nil when the file does not start with a `---` line or the block is not closed.
    static func split(_ text: String) -> Split? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingWhitespace == "---" else { return nil }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace == "---" || $0.trimmingTrailingWhitespace == "..." }) else {
            return nil
        }
        return Split(
            yaml: lines[1..<end].joined(separator: "\n"), yamlLineOffset: 1,
            body: lines[(end + 1)...].joined(separator: "\n"), bodyLineOffset: end + 1)
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
