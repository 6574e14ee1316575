import Testing
@testable import TolkKit

/// `subtitles`: lines of at most 42 characters, at most two lines, at most 17 characters a second.
@Suite struct SubtitleCheckTests {
    typealias F = CheckFixture

    func run(source: [String], target: [String], seconds: Double) -> [String] {
        func lines(_ parts: [String]) -> InlineText {
            var elements: [InlineElement] = []
            for (index, part) in parts.enumerated() {
                if index > 0 { elements.append(.placeholder(id: String(index), code: .lineBreak)) }
                elements.append(.text(part))
            }
            return InlineText(elements)
        }
        var unit = F.unit(lines(source), target: lines(target))
        unit.unit = Unit(id: unit.unit.id, kind: .cue, source: lines(source), location: unit.unit.location, context: "Subtitle", duration: seconds)
        return F.run(SubtitleCheck(), unit)
    }

    @Test func aCueWithinTheGuidelinesPasses() {
        #expect(run(source: ["Snu hodet rolig", "mot høyre og mot venstre."], target: ["Powoli obracaj głowę", "w prawo i w lewo."], seconds: 4.6) == [])
    }

    @Test func longLinesManyLinesAndFastReadingWarn() {
        // 3 lines: 43 + 2 + 2 characters and two line breaks = 49 characters in 2.0 s = 24.5 a second.
        #expect(run(source: ["Bøy hodet.", "Hvil.", "Gå."], target: [String(repeating: "x", count: 43), "ab", "cd"], seconds: 2) == [
            F.expected(.warning, "subtitles", "the cue has 3 lines; subtitles have at most 2",
                       hint: "shorten the text, or join lines: a third line covers the picture"),
            F.expected(.warning, "subtitles", "line 1 of the cue has 43 characters; a subtitle line has at most 42",
                       hint: "break the line in two at a natural pause, or say it shorter"),
            F.expected(.warning, "subtitles", "the cue needs 24.5 characters a second to read (49 characters in 2.0 s); at most 17 can be read comfortably",
                       hint: "say it shorter: viewers read the subtitle while they watch"),
        ])
    }

    @Test func otherUnitsAreNotSubtitles() {
        #expect(F.run(SubtitleCheck(), source: "Hold", target: String(repeating: "y", count: 60)) == [])
    }
}
