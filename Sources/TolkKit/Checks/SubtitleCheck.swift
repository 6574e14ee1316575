/// `subtitles`: a translated cue that is hard to read on screen, by the common broadcast and
/// streaming guidelines: a line longer than 42 characters, more than two lines, or more than
/// 17 characters a second to read in the time the cue is shown.
struct SubtitleCheck: UnitCheck {
    let name = "subtitles"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    static let maximumLineLength = 42
    static let maximumLines = 2
    static let maximumCharactersPerSecond = 17.0

    func findings(in subject: CheckSubject) -> [Finding] {
        guard subject.unit.kind == .cue else { return [] }
        let lines = Self.lines(of: subject.target)
        var findings: [Finding] = []
        if lines.count > Self.maximumLines {
            findings.append(Finding("the cue has \(lines.count) lines; subtitles have at most \(Self.maximumLines)",
                                    hint: "shorten the text, or join lines: a third line covers the picture"))
        }
        for (index, line) in lines.enumerated() where line.count > Self.maximumLineLength {
            findings.append(Finding("line \(index + 1) of the cue has \(line.count) characters; a subtitle line has at most \(Self.maximumLineLength)",
                                    hint: "break the line in two at a natural pause, or say it shorter"))
        }
        if let duration = subject.unit.duration, duration > 0 {
            let characters = lines.map(\.count).reduce(0, +) + max(lines.count - 1, 0)
            let speed = Double(characters) / duration
            if speed > Self.maximumCharactersPerSecond {
                findings.append(Finding(
                    "the cue needs \(String(format: "%.1f", speed)) characters a second to read (\(characters) characters in \(String(format: "%.1f", duration)) s); at most \(Int(Self.maximumCharactersPerSecond)) can be read comfortably",
                    hint: "say it shorter: viewers read the subtitle while they watch"))
            }
        }
        return findings
    }

    /// The lines of a cue as shown: split at its line breaks, spaces around them trimmed.
    static func lines(of text: InlineText) -> [String] {
        var lines = [""]
        for element in text.elements {
            switch element {
            case .text(let value): lines[lines.count - 1] += value
            case .placeholder(_, .lineBreak): lines.append("")
            default: break
            }
        }
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
