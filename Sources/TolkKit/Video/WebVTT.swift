/// One cue of a WebVTT file: its timing (never translated) and its text as inline text.
public struct WebVTTCue: Sendable, Hashable {
    /// Seconds from the start of the video.
    public var start: Double
    public var end: Double
    /// Cue settings as written (`line:85% align:center`), kept in every language.
    public var settings: String
    /// The text: line breaks as `.lineBreak` codes, `<v Lege>`, `<i>`, `<b>`… as `.cueSpan` codes.
    public var text: InlineText
    /// Where the cue's timing line is.
    public var location: SourceLocation
    /// Where its text starts.
    public var textLocation: SourceLocation

    /// Length in seconds.
    public var duration: Double { end - start }
}

/// A small WebVTT reader for the files subtitle editors and video producers deliver: a `WEBVTT`
/// header, optional NOTE, STYLE and REGION blocks, and cues (an optional identifier line, a
/// timing line, text lines). Timestamps are `mm:ss.ttt` or `hh:mm:ss.ttt`. Beyond the format,
/// cues must not overlap and must be in time order: Tolk's subtitles are one line of speech at
/// a time, and an overlap is almost always a typing error in a timestamp.
enum WebVTT {
    /// The cues of a file, or errors at file:line:column.
    static func parse(_ text: String, path: String) -> Staged<[WebVTTCue]?> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }
        guard let header = lines.first, header.hasPrefix("WEBVTT"),
              header.count == 6 || header.dropFirst(6).first == " " || header.dropFirst(6).first == "\t" else {
            return Staged(nil, diagnostics: [.error("webvtt", at: at(1), "the file does not start with `WEBVTT`, so it is not a WebVTT subtitle file",
                hint: "the first line of a .vtt file is `WEBVTT`; export the subtitles as WebVTT (not SRT)")])
        }
        var diagnostics: [Diagnostic] = []
        var cues: [WebVTTCue] = []
        var index = 1
        // The header runs to the first blank line.
        while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        while index < lines.count {
            if lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1; continue }
            var block: [(Substring, Int)] = []
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                block.append((lines[index], index + 1))
                index += 1
            }
            let first = block[0].0
            if !first.contains("-->"), ["NOTE", "STYLE", "REGION"].contains(where: { first == $0 || first.hasPrefix($0 + " ") || first.hasPrefix($0 + "\t") }) {
                continue
            }
            // An identifier line may come before the timing line.
            let timingAt = first.contains("-->") ? 0 : 1
            guard timingAt < block.count, block[timingAt].0.contains("-->") else {
                diagnostics.append(.error("webvtt", at: at(block[0].1), "expected a timing line such as `00:01.000 --> 00:04.000` here",
                    hint: "every cue starts with its timing (an identifier line before it is allowed); separate cues with a blank line"))
                continue
            }
            let (timingLine, lineNumber) = block[timingAt]
            guard let timing = parseTiming(timingLine, line: lineNumber, path: path, diagnostics: &diagnostics) else { continue }
            let textLines = block.dropFirst(timingAt + 1)
            guard let firstText = textLines.first else {
                diagnostics.append(.error("webvtt", at: at(lineNumber), "the cue has no text", hint: "add the subtitle text below the timing line, or remove the cue"))
                continue
            }
            if let previous = cues.last, timing.start < previous.end {
                diagnostics.append(.error("webvtt", at: at(lineNumber, 1),
                    "the cue starts at \(format(timing.start)), before the cue at line \(previous.location.line) ends (\(format(previous.end))): cues must not overlap",
                    hint: "correct the timestamps so that each cue starts when or after the one before it ends"))
                continue
            }
            var text = CueText(path: path)
            for (offset, (line, number)) in textLines.enumerated() {
                if offset > 0 { text.lineBreak() }
                text.append(line, line: number)
            }
            diagnostics += text.diagnostics
            cues.append(WebVTTCue(start: timing.start, end: timing.end, settings: timing.settings, text: text.finish(),
                                  location: at(lineNumber), textLocation: at(firstText.1)))
        }
        if cues.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error("webvtt", at: at(1), "the file has no cues", hint: "add cues: a timing line such as `00:01.000 --> 00:04.000` and the text below it"))
        }
        return Staged(diagnostics.hasErrors ? nil : cues, diagnostics: diagnostics)
    }

    /// `start --> end settings`, with errors at the column of the bad timestamp.
    private static func parseTiming(_ line: Substring, line number: Int, path: String,
                                    diagnostics: inout [Diagnostic]) -> (start: Double, end: Double, settings: String)? {
        let text = String(line)
        let arrow = text.range(of: "-->")!
        let startText = text[..<arrow.lowerBound]
        let rest = text[arrow.upperBound...]
        let endText = rest.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" }
        let settings = rest.drop { $0 == " " || $0 == "\t" }.dropFirst(endText.count).trimmingCharacters(in: .whitespaces)
        func column(_ index: String.Index) -> Int { text.distance(from: text.startIndex, to: index) + 1 }
        let startColumn = column(startText.firstIndex { $0 != " " && $0 != "\t" } ?? startText.startIndex)
        let endColumn = column(endText.startIndex)
        func bad(_ written: Substring, _ column: Int) -> Diagnostic {
            .error("webvtt", at: SourceLocation(file: path, line: number, column: column),
                   "`\(written.trimmingCharacters(in: .whitespaces))` is not a WebVTT timestamp",
                   hint: "write mm:ss.ttt or hh:mm:ss.ttt, e.g. 00:01.500 or 01:02:03.000 (minutes and seconds below 60, three decimals after a full stop)")
        }
        guard let start = timestamp(startText.trimmingCharacters(in: .whitespaces)) else {
            diagnostics.append(bad(startText, startColumn))
            return nil
        }
        guard let end = timestamp(String(endText)) else {
            diagnostics.append(bad(endText.isEmpty ? "" : endText, endColumn))
            return nil
        }
        guard end > start else {
            diagnostics.append(.error("webvtt", at: SourceLocation(file: path, line: number, column: endColumn),
                "the cue ends (\(format(end))) \(end == start ? "when" : "before") it starts (\(format(start)))",
                hint: "the second timestamp is when the subtitle disappears: it must be later than the first"))
            return nil
        }
        return (start, end, settings)
    }

    /// Seconds of `hh:mm:ss.ttt` or `mm:ss.ttt`, nil when malformed.
    static func timestamp(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let last = parts.last else { return nil }
        let secondParts = last.split(separator: ".", omittingEmptySubsequences: false)
        guard secondParts.count == 2, secondParts[0].count == 2, secondParts[1].count == 3 else { return nil }
        let digits = parts.dropLast().map(String.init) + secondParts.map(String.init)
        guard digits.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        // Digits past what an Int holds (found by fuzzing) are not a time; nor are hours that
        // would overflow when turned into seconds.
        let parsed = digits.map { Int($0) }
        guard parsed.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parsed.map { $0! }
        if parts.count == 3 && numbers[0] > 999_999 { return nil }
        let hours = parts.count == 3 ? numbers[0] : 0
        let minutes = numbers[parts.count == 3 ? 1 : 0]
        let seconds = numbers[parts.count == 3 ? 2 : 1]
        let millis = numbers[parts.count == 3 ? 3 : 2]
        if parts.count == 3 && digits[0].count < 2 { return nil }
        guard digits[parts.count == 3 ? 1 : 0].count == 2, minutes < 60, seconds < 60 else { return nil }
        return Double(hours * 3600 + minutes * 60 + seconds) + Double(millis) / 1000
    }

    /// `hh:mm:ss.ttt`, as WebVTT writes it.
    static func format(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let fraction = millis % 1000
        let fractionText = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : String(fraction)
        return "\(two(millis / 3_600_000)):\(two(millis / 60_000 % 60)):\(two(millis / 1000 % 60)).\(fractionText)"
    }
}
