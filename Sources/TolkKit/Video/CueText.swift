/// Reads the text of one cue into inline text: lines joined by `.lineBreak` codes, the span
/// tags `<v Name>`, `<i>`, `<b>`, `<u>`, `<c.class>` and `<lang xx>` as paired `.cueSpan` codes
/// (the voice name is data a translator cannot change), and the character references WebVTT has.
struct CueText {
    let path: String
    private var open: [(name: String, location: SourceLocation)] = []
    private var elements: [InlineElement] = []
    private var nextID = 1
    private var pending = ""
    private(set) var diagnostics: [Diagnostic] = []

    static let spanTags: Set<String> = ["v", "i", "b", "u", "c", "lang"]

    init(path: String) { self.path = path }

    mutating func lineBreak() {
        flush()
        elements.append(.placeholder(id: String(nextID), code: .lineBreak))
        nextID += 1
    }

    mutating func append(_ line: Substring, line number: Int) {
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let column = line.distance(from: line.startIndex, to: index) + 1
            if character == "<", let close = line[index...].firstIndex(of: ">") {
                tag(String(line[line.index(after: index) ..< close]), at: SourceLocation(file: path, line: number, column: column))
                index = line.index(after: close)
            } else if character == "&", let semicolon = line[index...].prefix(8).firstIndex(of: ";"),
                      let decoded = Self.references[String(line[index ... semicolon])] {
                pending += decoded
                index = line.index(after: semicolon)
            } else {
                pending.append(character)
                index = line.index(after: index)
            }
        }
    }

    private mutating func tag(_ content: String, at location: SourceLocation) {
        if content.hasPrefix("/") {
            let name = String(content.dropFirst())
            guard let last = open.last, last.name == name else {
                // `</v>` may be left out, so a stray end tag of a voice is harmless; others are typing errors.
                if name != "v" {
                    diagnostics.append(.error("webvtt", at: location, "`</\(name)>` closes no open `<\(name)>` here",
                        hint: "close spans in the order they were opened, e.g. `<i><b>…</b></i>`"))
                }
                return
            }
            flush()
            open.removeLast()
            elements.append(.close(id: openIDs.removeLast()))
            return
        }
        let name = String(content.prefix { $0 != "." && $0 != " " && $0 != "\t" })
        guard Self.spanTags.contains(name) else {
            diagnostics.append(.error("webvtt", at: location, "`<\(content)>` is not a WebVTT span Tolk can translate",
                hint: "use <v Name>, <i>, <b>, <u>, <c.class> or <lang tag>; write < in text as &lt;"))
            return
        }
        flush()
        let id = String(nextID)
        nextID += 1
        elements.append(.open(id: id, code: .cueSpan(content)))
        open.append((name, location))
        openIDs.append(id)
    }

    private var openIDs: [String] = []

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        elements.append(.text(pending))
        pending = ""
    }

    /// The cue's text; spans still open at its end (a `<v>` without `</v>`) end with it.
    mutating func finish() -> InlineText {
        flush()
        while let id = openIDs.popLast() {
            open.removeLast()
            elements.append(.close(id: id))
        }
        return InlineText(elements)
    }

    static let references: [String: String] = [
        "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": "\u{A0}", "&lrm;": "\u{200E}", "&rlm;": "\u{200F}", "&quot;": "\"", "&apos;": "'",
    ]
}
