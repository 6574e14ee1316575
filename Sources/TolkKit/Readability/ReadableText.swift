/// The text of a source document as a reader meets it, for readability: every unit's words
/// (headings, list items, table cells, alt texts and fields count as sentences of their own),
/// codes as their text, a placeholder as a number, line breaks as spaces.
enum ReadableText {
    /// The passages of a document; nil for documents that are not read as text (interface strings).
    static func passages(of document: SourceDocument) -> [ReadablePassage]? {
        switch document.content {
        case .strings: return nil
        case .topic, .exercise:
            return document.units.map { ReadablePassage(pieces: [(text(of: $0.source), $0.location.line)]) }
        case .video:
            // The transcript, as one text: a sentence often runs on from one cue to the next.
            let cues = document.units.filter { $0.kind == .cue }.map { (text(of: $0.source), $0.location.line) }
            return cues.isEmpty ? [] : [ReadablePassage(pieces: cues)]
        }
    }

    /// The file the passages' lines are in: a video's transcript is its .vtt file.
    static func file(of document: SourceDocument) -> String {
        if case .video(let video) = document.content { return "Content/\(video.subtitles)" }
        return document.path
    }

    /// Inline text as read: link texts stay, a placeholder (`{hold}`) reads as a number,
    /// a line break as a space (a line break does not end a sentence).
    static func text(of inline: InlineText) -> String {
        var result = ""
        for element in inline.elements {
            switch element {
            case .text(let text): result += text
            case .placeholder(_, .code(let code)): result += code
            case .placeholder(_, .placeholder): result += "5"
            case .placeholder(_, .lineBreak): result += " "
            default: break
            }
        }
        return result
    }
}
