import Foundation
import Testing
@testable import TolkKit

/// The sample's video on the built site: a page per language, a track per language whose
/// subtitles are complete, the transcript, the .vtt files; and the safety rules when one cue is not.
@Suite struct VideoSiteTests {
    static let root = SampleProjectTests.root

    static func build(_ root: URL) throws -> OutputTree {
        let prepared = SiteBuild.prepare(root: root)
        let value = try #require(prepared.value)
        let tree = OutputTree()
        try SiteRenderer(site: value.site, theme: value.theme).render(into: tree)
        return tree
    }

    static func tracks(_ page: String) -> [String] {
        page.split(separator: "\n").filter { $0.hasPrefix("<track ") }.map(String.init)
    }

    @Test func theUrduPageHasEveryTrackWithUrduTheDefaultAndATranscript() throws {
        let tree = try Self.build(Self.root)
        let page = try #require(tree.text("ur/videos/neck-exercises/index.html"))
        #expect(page.contains("<video controls preload=\"metadata\" playsinline poster=\"../../../images/chin-tuck.svg\">"))
        #expect(page.contains("<source src=\"../../../videos/neck-exercises.webm\" type=\"video/webm\">"))
        #expect(Self.tracks(page) == ["nb", "en", "pl", "ur", "ar", "so"].map { tag in
            let names = ["nb": "Norsk bokmål", "en": "English", "pl": "Polski", "ur": "اردو", "ar": "العربية", "so": "Soomaali"]
            return "<track kind=\"subtitles\" src=\"../../../\(tag)/videos/neck-exercises.vtt\" srclang=\"\(tag)\" label=\"\(names[tag]!)\"\(tag == "ur" ? " default" : "")>"
        })
        #expect(page.contains("<p><span class=\"cue-time\">0:15</span> 10 بار کندھوں کو پیچھے کی طرف گھمائیں۔</p>"))
        #expect(tree["videos/neck-exercises.webm"] != nil)
        // Times in the language's digits.
        #expect(tree.text("ar/videos/neck-exercises/index.html")?.contains("<span class=\"cue-time\">٠:١٥</span> 10 مرات: دوّر كتفيك إلى الخلف.</p>") == true)
        let index = try #require(tree.text("ur/index.html"))
        #expect(index.contains("<a href=\"../ur/videos/neck-exercises/\">گردن کی ورزشیں</a>"))
        // No handouts for a video.
        #expect(tree["ur/handouts/neck-exercises.html"] == nil)
    }

    @Test func subtitlesKeepTheSourceTimingsAndRightToLeftLinesStartWithAnRLM() throws {
        let tree = try Self.build(Self.root)
        let urdu = try #require(tree.text("ur/videos/neck-exercises.vtt"))
        #expect(urdu.hasPrefix("WEBVTT\n\n1\n00:00:00.300 --> 00:00:02.300\n\u{200F}<v Fysioterapeut>گردن کے لیے چار ورزشیں۔</v>\n"))
        #expect(urdu.contains("5\n00:00:15.200 --> 00:00:17.800\n\u{200F}10 بار کندھوں کو\n\u{200F}پیچھے کی طرف گھمائیں۔\n"))
        let norwegian = try #require(tree.text("nb/videos/neck-exercises.vtt"))
        #expect(norwegian.contains("4\n00:00:10.200 --> 00:00:14.800\nBøy hodet mot skulderen.\n<i>Ikke løft skulderen.</i>\n"))
        #expect(!norwegian.contains("\u{200F}"))
    }

    @Test func theTranslatorViewMarksEachCue() throws {
        let value = try #require(SiteBuild.prepare(root: Self.root).value)
        let tree = OutputTree()
        try SiteRenderer(site: value.site, theme: value.theme, options: RenderOptions(annotateUnits: true)).render(into: tree)
        let page = try #require(tree.text("pl/videos/neck-exercises/index.html"))
        #expect(page.contains("<p data-unit=\"cue-6eaf98ce\" data-status=\"unreviewed\" title=\"Trekk haken rett bakover.\"><span class=\"cue-time\">0:02</span> Cofnij brodę prosto do tyłu.</p>"))
    }

    @Test func aLanguageWithAnUntranslatedCueHasNoSubtitlesAndAWithheldPage() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-video-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for folder in ["Content", "Locales", "Site"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(folder), to: copy.appendingPathComponent(folder))
        }
        let file = copy.appendingPathComponent("Locales/ur/videos/neck-exercises.xlf")
        let xliff = try String(contentsOf: file, encoding: .utf8)
        // The last cue loses its translation.
        let edited = xliff.replacingOccurrences(of: "        <target>اگر درد ہو تو رک جائیں۔</target>\n", with: "")
        #expect(edited != xliff)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let tree = try Self.build(copy)
        #expect(tree["ur/videos/neck-exercises.vtt"] == nil)
        let page = try #require(tree.text("ur/videos/neck-exercises/index.html"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!page.contains("<video"))
        let english = try #require(tree.text("en/videos/neck-exercises/index.html"))
        #expect(Self.tracks(english).count == 5)
        #expect(!english.contains("srclang=\"ur\""))
        // The preview's partial render of the page says the Urdu subtitles are gone.
        let value = try #require(SiteBuild.prepare(root: copy).value)
        let partial = try SiteRenderer(site: value.site, theme: value.theme)
            .render(.pages([PageID(kind: .video, slug: "neck-exercises")], indexes: [], sitemap: false))
        #expect(partial.removed.filter { $0.hasSuffix(".vtt") } == ["ur/videos/neck-exercises.vtt"])
        #expect(partial.files["en/videos/neck-exercises.vtt"] != nil)
    }
}
