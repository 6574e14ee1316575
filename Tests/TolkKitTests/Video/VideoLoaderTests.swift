import Testing
@testable import TolkKit

/// `Content/videos/<slug>.yml`: fields and cues as units; problems at their place.
@Suite struct VideoLoaderTests {
    static let vtt = "WEBVTT\n\n00:00.500 --> 00:03.000\n<v Lege>Hvil litt.\n\n00:03.000 --> 00:06.000\nGå en tur\nhver dag.\n"

    @Test func titleSummaryAndEachCueAreUnitsWithTheirDurations() throws {
        let yaml = "title: Hvile\nsummary: Kort om hvile.\nvideo: https://video.example.no/hvile.mp4\nsubtitles: videos/hvile.nb.vtt\n"
        let loaded = VideoLoader.load(yaml, path: "Content/videos/hvile.yml", slug: "hvile", subtitles: Self.vtt)
        #expect(loaded.diagnostics.isEmpty)
        let document = try #require(loaded.value)
        #expect(document.translationPath == "videos/hvile.xlf")
        #expect(document.units.map(\.kind) == [.field, .field, .cue, .cue])
        #expect(document.units.map(\.duration) == [nil, nil, 2.5, 3.0])
        #expect(document.units[3].location == SourceLocation(file: "Content/videos/hvile.nb.vtt", line: 7))
        #expect(document.units[3].context == "Subtitle 00:00:03.000 → 00:00:06.000 (3.0 s): at most 2 lines of 42 characters, read at 17 characters a second")
        guard case .video(let video) = document.content else { Issue.record("not a video"); return }
        #expect(video.cues.map(\.start) == [0.5, 3.0])
        #expect(video.mediaType == "video/mp4")
        // The transcript is read as one text: Hvil litt (2) | Gå en tur hver dag (5).
        let passages = try #require(ReadableText.passages(of: document))
        let score = Readability.measure(passages, file: ReadableText.file(of: document), locale: "nb")
        #expect((score.file, score.words, score.sentences, score.longWords) == ("Content/videos/hvile.nb.vtt", 7, 2, 0))
    }

    @Test func problemsAreReportedWhereTheyAre() {
        let yaml = "title: Hvile\nvideo: ftp://example.no/x.mp4\nsubtitles: ../hemmelig.vtt\nlengde: 3\n"
        let loaded = VideoLoader.load(yaml, path: "Content/videos/hvile.yml", slug: "hvile", subtitles: Self.vtt)
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.map { "\($0.location!): \($0.severity): [\($0.check)] \($0.message)" } == [
            "Content/videos/hvile.yml:4:1: warning: [video] unknown field `lengde` is ignored",
            "Content/videos/hvile.yml:2:8: error: [video] `video` must be an https:// address or a file in Content/, not `ftp://example.no/x.mp4`",
            "Content/videos/hvile.yml:3:12: error: [path] the subtitles `../hemmelig.vtt` climbs out of Content/ with `..`; Tolk only reads files inside Content/",
        ])
    }

    @Test func aMalformedVTTStopsTheVideoAtItsLine() {
        let yaml = "title: Hvile\nvideo: https://video.example.no/x.mp4\nsubtitles: videos/x.vtt\n"
        let loaded = VideoLoader.load(yaml, path: "Content/videos/x.yml", slug: "x", subtitles: "WEBVTT\n\n00:03.000 --> 00:02.000\nHei\n")
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.map { "\($0.location!)" } == ["Content/videos/x.vtt:3:15"])
    }
}
