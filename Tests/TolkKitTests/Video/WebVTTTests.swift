import Foundation
import Testing
@testable import TolkKit

/// The WebVTT reader: cues as subtitle editors deliver them, and malformed files as errors at file:line:column.
@Suite struct WebVTTTests {
    static let path = "Content/videos/x.nb.vtt"

    func errors(_ text: String) -> [String] {
        let parsed = WebVTT.parse(text, path: Self.path)
        #expect(parsed.value == nil)
        return parsed.diagnostics.map(\.description)
    }

    @Test func cuesWithIdentifiersNotesSpansAndLineBreaks() throws {
        let text = """
            WEBVTT - Norske undertekster

            NOTE laget i Subtitle Edit

            1
            00:00.300 --> 00:02.300 line:85%
            <v Lege>Hvil litt &amp; gå en tur.

            00:00:02.300 --> 00:00:05.000
            Bøy knærne.
            <i>Ikke</i> løft.
            """
        let parsed = WebVTT.parse(text, path: Self.path)
        #expect(parsed.diagnostics.isEmpty)
        let cues = try #require(parsed.value)
        #expect(cues.map(\.start) == [0.3, 2.3])
        #expect(cues.map(\.end) == [2.3, 5.0])
        #expect(cues.map(\.settings) == ["line:85%", ""])
        #expect(cues.map(\.location.line) == [6, 9])
        #expect(cues.map(\.textLocation.line) == [7, 10])
        // The voice span has no end tag: it ends with the cue.
        #expect(cues[0].text == InlineText([.open(id: "1", code: .cueSpan("v Lege")), .text("Hvil litt & gå en tur."), .close(id: "1")]))
        #expect(cues[1].text == InlineText([.text("Bøy knærne."), .placeholder(id: "1", code: .lineBreak),
                                            .open(id: "2", code: .cueSpan("i")), .text("Ikke"), .close(id: "2"), .text(" løft.")]))
    }

    @Test func aFileWithoutTheHeaderIsAnError() {
        #expect(errors("1\n00:00:01,000 --> 00:00:02,000\nHei\n") == [
            "Content/videos/x.nb.vtt:1:1: error: [webvtt] the file does not start with `WEBVTT`, so it is not a WebVTT subtitle file\n"
                + "  hint: the first line of a .vtt file is `WEBVTT`; export the subtitles as WebVTT (not SRT)",
        ])
    }

    /// Found by fuzzing (scripts/fuzz webvtt): hours with more digits than an Int holds crashed
    /// the reader; hours that would overflow as seconds too.
    @Test func hoursTooLargeForANumberAreABadTimestamp() throws {
        #expect(WebVTT.timestamp("0222222222222222222222222220:00:00.300") == nil)
        #expect(WebVTT.timestamp("9223372036854775807:00:00.000") == nil)
        #expect(WebVTT.timestamp("999999:00:00.000") == 3_599_996_400.0)
        let crash = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/webvtt-crash-831f1c9a.vtt")
        let text = String(decoding: try Data(contentsOf: crash), as: UTF8.self)
        let parsed = WebVTT.parse(text, path: Self.path)
        #expect(parsed.diagnostics.contains { $0.check == "webvtt" && $0.description.contains("is not a WebVTT timestamp") })
    }

    @Test func aBadTimestampIsAnErrorAtItsColumn() {
        #expect(errors("WEBVTT\n\n00:01.000 --> 00:02,500\nHei\n\n00:61.000 --> 00:62.000\nHå\n") == [
            "Content/videos/x.nb.vtt:3:15: error: [webvtt] `00:02,500` is not a WebVTT timestamp\n"
                + "  hint: write mm:ss.ttt or hh:mm:ss.ttt, e.g. 00:01.500 or 01:02:03.000 (minutes and seconds below 60, three decimals after a full stop)",
            "Content/videos/x.nb.vtt:6:1: error: [webvtt] `00:61.000` is not a WebVTT timestamp\n"
                + "  hint: write mm:ss.ttt or hh:mm:ss.ttt, e.g. 00:01.500 or 01:02:03.000 (minutes and seconds below 60, three decimals after a full stop)",
        ])
    }

    @Test func aCueThatEndsBeforeItStartsIsAnError() {
        #expect(errors("WEBVTT\n\n00:04.000 --> 00:03.000\nHei\n") == [
            "Content/videos/x.nb.vtt:3:15: error: [webvtt] the cue ends (00:00:03.000) before it starts (00:00:04.000)\n"
                + "  hint: the second timestamp is when the subtitle disappears: it must be later than the first",
        ])
    }

    @Test func overlappingCuesAreAnError() {
        #expect(errors("WEBVTT\n\n00:01.000 --> 00:04.000\nHei\n\n00:03.500 --> 00:05.000\nHå\n") == [
            "Content/videos/x.nb.vtt:6:1: error: [webvtt] the cue starts at 00:00:03.500, before the cue at line 3 ends (00:00:04.000): cues must not overlap\n"
                + "  hint: correct the timestamps so that each cue starts when or after the one before it ends",
        ])
    }

    @Test func missingTimingsTextAndUnknownTags() {
        #expect(errors("WEBVTT\n\nintro\nHei\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\n<ruby>Hå</ruby>\n").map { $0.split(separator: "\n")[0] } == [
            "Content/videos/x.nb.vtt:3:1: error: [webvtt] expected a timing line such as `00:01.000 --> 00:04.000` here",
            "Content/videos/x.nb.vtt:6:1: error: [webvtt] the cue has no text",
            "Content/videos/x.nb.vtt:9:1: error: [webvtt] `<ruby>` is not a WebVTT span Tolk can translate",
            "Content/videos/x.nb.vtt:9:9: error: [webvtt] `</ruby>` closes no open `<ruby>` here",
        ])
    }

    @Test func writtenCueTextCannotEndTheCueOrAddMarkup() {
        let text = InlineText([.open(id: "1", code: .cueSpan("v Lege")), .text("a --> b\n\n<c>"), .close(id: "1"),
                               .placeholder(id: "2", code: .lineBreak), .text("10 ganger")])
        #expect(VideoPage.cueText(text, lineStart: "\u{200F}") == "<v Lege>a --&gt; b &lt;c&gt;</v>\n\u{200F}10 ganger")
    }
}
