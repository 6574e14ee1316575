import Foundation
import Testing
@testable import TolkKit

@Suite struct SiteBuildTests {
    static let pages = ["index.html", "nb/index.html", "nb/topics/back/index.html", "nb/exercises/chin/index.html"]

    func attribute(_ name: String, of tag: String, in html: String) -> String? {
        guard let start = html.range(of: "<\(tag) ") else { return nil }
        let rest = html[start.upperBound...]
        guard let close = rest.firstIndex(of: ">") else { return nil }
        let element = rest[..<close]
        guard let attribute = element.range(of: "\(name)=\"") else { return nil }
        return String(element[attribute.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyPageHasLangAndDirOfItsLanguage() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        let expected = ["nb": "ltr", "en": "ltr", "ur": "rtl"]
        for (language, direction) in expected {
            for page in ["\(language)/index.html", "\(language)/topics/back/index.html", "\(language)/exercises/chin/index.html"] {
                let html = try #require(tree.text(page), "\(page) missing")
                #expect(attribute("lang", of: "html", in: html) == language, "\(page)")
                #expect(attribute("dir", of: "html", in: html) == direction, "\(page)")
            }
        }
        #expect(attribute("lang", of: "html", in: try #require(tree.text("index.html"))) == "nb")
    }

    @Test func hreflangAlternatesListThePublishedLanguagesAndXDefault() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        let html = try #require(tree.text("ur/topics/back/index.html"))
        let links = html.split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\"") }
        #expect(links == [
            "<link rel=\"alternate\" hreflang=\"nb\" href=\"https://example.org/info/nb/topics/back/\">",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/info/en/topics/back/\">",
            "<link rel=\"alternate\" hreflang=\"ur\" href=\"https://example.org/info/ur/topics/back/\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/info/nb/topics/back/\">",
        ])
        // The switcher names the page's language and links the others.
        #expect(html.contains("<span class=\"current-language\">اردو</span>"))
        #expect(html.contains("<a href=\"../../../en/topics/back/\" lang=\"en\" dir=\"ltr\" hreflang=\"en\">English</a>"))
        let sitemap = try #require(tree.text("sitemap.xml"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ur\" href=\"https://example.org/info/ur/exercises/chin/\"/>"))
    }

    @Test func aStalePageIsWithheldInThatLanguageOnly() throws {
        let project = try SiteFixture.make()
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en lang tur."))
        try project.sync()
        let tree = try SiteFixture.render(project)
        // Withheld: the URL serves the "being updated" page instead.
        #expect(try #require(tree.text("ur/topics/back/index.html")).contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(try #require(tree.text("en/topics/back/index.html")).contains("<h1>This page is being updated in English.</h1>"))
        #expect(tree["en/handouts/back.html"] == nil)
        #expect(tree["nb/topics/back/index.html"] != nil)
        #expect(tree["ur/exercises/chin/index.html"] != nil)
        let index = try #require(tree.text("ur/index.html"))
        #expect(index.contains("<span class=\"unavailable\" lang=\"nb\" dir=\"ltr\">Vondt i ryggen</span>"))
        #expect(index.contains("<section class=\"not-yet\" aria-labelledby=\"not-yet\">"))
        #expect(index.contains("<a href=\"../nb/topics/back/\" lang=\"nb\" dir=\"ltr\" hreflang=\"nb\">Norsk bokmål</a>"))
        let nb = try #require(tree.text("nb/topics/back/index.html"))
        #expect(!nb.contains("hreflang=\"ur\""))
    }

    @Test func fallbackPolicyShowsMissingBlocksInTheFallbackLanguageMarked() throws {
        let project = try SiteFixture.make()
        try project.write("Site/site.yml", SiteFixture.site + "\n  fallback: en\n")
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en tur.\n- Sov godt."))
        try project.sync()
        let tree = try SiteFixture.render(project)
        let html = try #require(tree.text("ur/topics/back/index.html"))
        #expect(html.contains("<li><span lang=\"nb\" dir=\"ltr\">Sov godt.</span></li>"))
    }

    /// The index resolves each card once per language (`PageText.Resolver`): a summary without
    /// its Urdu translation shows the fallback language's, marked as English.
    @Test func indexCardShowsAnUntranslatedSummaryInTheFallbackLanguage() throws {
        let project = try SiteFixture.make()
        try project.write("Site/site.yml", SiteFixture.site + "\n  fallback: en\n")
        let path = "Locales/ur/topics/back.xlf"
        let target = "<target>عام اور شاذ و نادر ہی خطرناک۔</target>"
        let text = try project.read(path)
        #expect(text.contains(target))
        // Its segment as a translator leaves it: no target, state initial.
        let segment = try #require(text.range(of: "state=\"translated\"", options: .backwards, range: text.startIndex..<text.range(of: target)!.lowerBound))
        try project.write(path, text.replacingCharacters(in: segment, with: "state=\"initial\"").replacingOccurrences(of: target, with: ""))
        let tree = try SiteFixture.render(project)
        let index = try #require(tree.text("ur/index.html"))
        #expect(index.contains("<p lang=\"en\" dir=\"ltr\">Common and rarely dangerous.</p>"))
        #expect(!index.contains("عام اور شاذ"))
        // English has it: its own card, unmarked.
        #expect(try #require(tree.text("en/index.html")).contains("<p>Common and rarely dangerous.</p>"))
    }

    @Test func htmlAndScriptInATranslationAreNeverEmitted() throws {
        let project = try SiteFixture.make()
        let path = "Locales/en/topics/back.xlf"
        let text = try project.read(path).replacingOccurrences(of: "<target>Go for a walk.</target>",
            with: "<target>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; Go.</target>")
        try project.write(path, text)
        // The raw-html check withholds the page: not even the escaped text reaches a reader.
        let html = try #require(try SiteFixture.render(project).text("en/topics/back/index.html"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("alert(1)"))
        #expect(html.contains("noindex"))
    }

    @Test func dosageUsesTheLanguagesPluralFormsAndPlaceholders() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        let en = try #require(tree.text("en/exercises/chin/index.html"))
        #expect(en.contains("<li>5 repetitions</li>"))
        #expect(en.contains("<li>hold for 2 seconds</li>"))
        #expect(en.contains("<li>Hold for 2 seconds.</li>"))
        let nb = try #require(tree.text("nb/exercises/chin/index.html"))
        #expect(nb.contains("<li>5 repetisjoner</li>"))
    }

    @Test func rebuildsAreByteIdentical() throws {
        let project = try SiteFixture.make()
        let first = try SiteFixture.render(project).files
        let second = try SiteFixture.render(project).files
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first == second)
        let out = project.root.appendingPathComponent("_site")
        _ = SiteBuild.build(root: project.root, output: out)
        let disk = Dictionary(uniqueKeysWithValues: Theme.files(under: out))
        #expect(disk == first)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let project = try SiteFixture.make()
        let out = project.root.appendingPathComponent("_site")
        let first = SiteBuild.build(root: project.root, output: out)
        #expect(first.value != nil)
        let before = Theme.files(under: out)
        try project.write("Content/topics/back.md", "---\ntitle: [Vondt\n---\n\nTekst.\n")
        let second = SiteBuild.build(root: project.root, output: out)
        #expect(second.value == nil)
        #expect(second.diagnostics.contains { $0.severity == .error && $0.location?.file == "Content/topics/back.md" })
        #expect(Theme.files(under: out).map(\.0) == before.map(\.0))
        #expect(Theme.files(under: out).map(\.1) == before.map(\.1))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains("tolk-new") || $0.contains("tolk-old") }
        #expect(leftovers.isEmpty)
    }

    @Test func aBuildReportsWhatLoadingReportsInTheSameOrder() throws {
        // The build loads translations document by document; its report must still equal the
        // whole-site loading's: every problem of every language, language by language.
        let project = try SiteFixture.make()
        try project.write("Locales/ur/topics/back.xlf", "<xliff><broken")
        try project.write("Locales/en/topics/back.xlf", "<xliff>")
        try project.write("Locales/en/topics/gone.xlf", "<xliff/>")
        try project.write("Locales/ur/strings.xlf", "not xml")
        let prepared = SiteBuild.prepare(root: project.root)
        let built = SiteBuild.build(root: project.root, output: project.root.appendingPathComponent("_site"))
        // Files that cannot be read withhold their pages (and interface strings) in their
        // languages; they do not stop the build.
        #expect(prepared.value != nil && built.value != nil)
        #expect(built.diagnostics.filter { $0.severity == .error }.count == 3)
        #expect(built.diagnostics.contains { $0.check == "orphan" && $0.location?.file == "Locales/en/topics/gone.xlf" })
        #expect(built.diagnostics == prepared.diagnostics)
        #expect(built.value?.withheld.map { "\($0.language) \($0.page.path)" } == ["en topics/back/", "ur topics/back/"])
    }
}
