import Foundation
import Testing
@testable import TolkKit

@Suite struct HandoutContentTests {
    @Test func everyPublishedPageHasAHandoutInEveryLanguageAndABilingualOneBesideNorwegian() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        for language in ["nb", "en", "ur", "pl", "ar"] {
            for page in ["back", "chin"] {
                #expect(tree["\(language)/handouts/\(page).html"] != nil, "\(language) \(page)")
                #expect((tree["\(language)/handouts/\(page).nb.html"] != nil) == (language != "nb"), "\(language) \(page) bilingual")
            }
            #expect(tree["\(language)/program/index.html"] != nil)
        }
        #expect(tree["assets/handout.css"] != nil)
        #expect(tree["assets/program.js"] != nil)
    }

    @Test func anExerciseHandoutHasTheIllustrationStepsDosageQRCodeClinicAndSourceVersion() throws {
        let project = try HandoutFixture.make()
        let tree = try SiteFixture.render(project)
        let html = try #require(tree.text("ur/handouts/chin.html"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\">"))
        #expect(html.contains("<h1>ٹھوڑی پیچھے کھینچنا</h1>"))
        #expect(html.contains("<img src=\"../../images/chin.svg\" alt=\"ایک شخص ٹھوڑی پیچھے کھینچ رہا ہے۔\">"))
        #expect(html.contains("<h2>ورزش کرنے کا طریقہ</h2>"))
        #expect(html.contains("<li>2 سیکنڈ تک روکیں۔</li>"))
        #expect(html.contains("<li>5 بار</li>"))
        #expect(html.contains("<li>2 سیکنڈ روکیں</li>"))
        #expect(html.contains("<p class=\"clinic\" lang=\"nb\" dir=\"ltr\">Ryggpoliklinikken</p>"))
        #expect(html.contains("aria-label=\"https://example.org/info/ur/exercises/chin/\""))
        #expect(html.contains("<a href=\"https://example.org/info/ur/exercises/chin/\" dir=\"ltr\">https://example.org/info/ur/exercises/chin/</a>"))
        let document = try #require(try project.load().document(at: "Content/exercises/chin.yml"))
        #expect(html.contains("<span dir=\"ltr\">\(SourceRevision.version(of: document))</span>"))
        // Printing: the page size, 12 pt body text, page-break rules, no script, one stylesheet inlined.
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("font-size: 12pt"))
        #expect(html.contains("break-after: avoid"))
        #expect(html.contains("break-inside: avoid"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link rel=\"stylesheet\""))  // self-contained: the CSS is inline
    }

    @Test func aTopicHandoutHasItsWholeBody() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        let html = try #require(tree.text("pl/handouts/back.html"))
        #expect(html.contains("<h1>Ból pleców</h1>"))
        #expect(html.contains("<p class=\"summary\">Częsty i rzadko groźny.</p>"))
        #expect(html.contains("<p>Ból pleców jest <strong>częsty</strong>. Więcej na <a href=\"https://www.helsenorge.no/\">helsenorge.no</a>.</p>"))
        #expect(html.contains("<h2>Co możesz zrobić?</h2>"))
        #expect(html.contains("<li>W razie zagrożenia dzwoń pod 113.</li>"))
        #expect(html.contains("aria-label=\"https://example.org/info/pl/topics/back/\""))
    }

    @Test func everyTextOfEveryHandoutIsInItsLanguageAndDirection() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        let handouts = tree.files.keys.filter { $0.contains("/handouts/") && $0.hasSuffix(".html") }.sorted()
        #expect(handouts.count == 2 * 5 + 2 * 4)
        for path in handouts {
            let html = try #require(tree.text(path))
            let runs = HandoutHTML.textRuns(html)
            #expect(runs.count > 5, "\(path)")
            for run in runs where !run.path.contains(where: { $0.hasPrefix("footer") }) {
                if HandoutHTML.isArabicScript(run.text) {
                    #expect(["ur", "ar"].contains(run.lang) && run.dir == "rtl", "\(path): \(run.text) is \(run.lang) \(run.dir)")
                } else if HandoutHTML.isLatinPhrase(run.text) {
                    #expect(["nb", "en", "pl"].contains(run.lang) && run.dir == "ltr", "\(path): \(run.text) is \(run.lang) \(run.dir)")
                }
            }
        }
    }

    @Test func aBlockShownInTheFallbackLanguageIsMarkedWithItsLanguage() throws {
        let project = try HandoutFixture.make(site: HandoutFixture.site + "\n  fallback: en\n")
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en tur.\n- Sov godt."))
        try project.sync()
        let tree = try SiteFixture.render(project)
        let html = try #require(tree.text("ur/handouts/back.html"))
        #expect(html.contains("<li><span lang=\"nb\" dir=\"ltr\">Sov godt.</span></li>"))
        let bilingual = try #require(tree.text("ur/handouts/back.nb.html"))
        #expect(bilingual.contains("<div class=\"cell\" lang=\"ur\" dir=\"rtl\"><ul>\n<li><span lang=\"nb\" dir=\"ltr\">Sov godt.</span></li>\n</ul>\n</div><div class=\"cell\" lang=\"nb\" dir=\"ltr\"><ul>\n<li>Sov godt.</li>\n</ul>\n</div>"))
    }

    @Test func letterPaperIsASiteOption() throws {
        let project = try HandoutFixture.make(site: HandoutFixture.site + "\npage_size: letter\n")
        let html = try #require(try SiteFixture.render(project).text("en/handouts/chin.html"))
        #expect(html.contains("@page { size: letter;"))
    }

    @Test func handoutsAreTheSameOnEveryBuild() throws {
        let project = try HandoutFixture.make()
        let first = try SiteFixture.render(project).files.filter { $0.key.contains("/handouts/") || $0.key.contains("/program/") }
        let second = try SiteFixture.render(project).files.filter { $0.key.contains("/handouts/") || $0.key.contains("/program/") }
        #expect(first.count == 18 + 5)
        #expect(first == second)
    }

    @Test func theSourceDateIsTheLastCommitOfTheContentFile() throws {
        let project = try HandoutFixture.make()
        #expect(!(try SiteFixture.render(project).text("nb/handouts/chin.html") ?? "").contains("source-date"))
        func git(_ arguments: [String], date: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", project.root.path] + arguments
            process.environment = ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": project.root.path,
                                   "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw TestFailure("git \(arguments) failed") }
        }
        try git(["init", "-q"], date: "2024-01-01T10:00:00Z")
        try git(["add", "."], date: "2024-01-01T10:00:00Z")
        try git(["commit", "-q", "-m", "one"], date: "2024-01-01T10:00:00Z")
        try project.write("Content/topics/back.md", SiteFixture.topic + "\nMer tekst.\n")
        try git(["commit", "-q", "-am", "two"], date: "2025-03-14T10:00:00Z")
        let tree = try SiteFixture.render(project)
        #expect(try #require(tree.text("nb/handouts/back.html")).contains("<span dir=\"ltr\">2025-03-14</span>"))
        #expect(try #require(tree.text("nb/handouts/chin.html")).contains("<span dir=\"ltr\">2024-01-01</span>"))
        let arabic = try #require(tree.text("ar/handouts/chin.html"))
        #expect(arabic.contains("<span dir=\"ltr\">\(ICU.formatInteger(2024, language: "ar").filter(\.isNumber))-"))
        // A build with the cache prints the dates its keys were made with: the same ones.
        let output = project.root.appendingPathComponent("_cached")
        let built = SiteBuild.build(root: project.root, output: output, cache: BuildCacheSettings(tolkVersion: "test"))
        #expect(built.value != nil, "\(built.diagnostics)")
        let handout = try String(contentsOf: output.appendingPathComponent("nb/handouts/back.html"), encoding: .utf8)
        #expect(handout.contains("<span dir=\"ltr\">2025-03-14</span>"))
    }

    @Test func gitLogIsParsedNewestFirst() {
        let log = "\u{1E}2025-03-14\n\nContent/topics/a.md\n\u{1E}2024-01-01\n\nContent/topics/a.md\nContent/exercises/b.yml\n"
        #expect(SourceDates.parse(log) == ["Content/topics/a.md": "2025-03-14", "Content/exercises/b.yml": "2024-01-01"])
    }
}
