import Foundation
import Testing
@testable import TolkKit

/// The check stage is on the build's path: what `tolk check` rejects never reaches a patient,
/// and a withheld page keeps its URL.
@Suite struct SafePublishingTests {
    static let back = PageID(kind: .topic, slug: "back")

    /// The fixture with the English topic's list item "Call 113 in danger." replaced by `line`.
    static func project(english line: String) throws -> TemporaryProject {
        var translations = SiteFixture.translations
        translations["en"]!["Content/topics/back.md"] = translations["en"]!["Content/topics/back.md"]!
            .replacingOccurrences(of: "- Call 113 in danger.", with: "- \(line)")
        return try SiteFixture.make(translations: translations)
    }

    static func build(_ project: TemporaryProject) throws -> (summary: BuildSummary, output: URL) {
        let output = project.root.appendingPathComponent("_site")
        let built = SiteBuild.build(root: project.root, output: output)
        guard let summary = built.value else { throw TestFailure(built.diagnostics.map(\.description).joined(separator: "\n")) }
        return (summary, output)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aWrongEmergencyNumberIsWithheldFromPageAndHandoutsAndCheckSaysWhy() throws {
        let project = try Self.project(english: "Call 112 in danger.")
        let (summary, output) = try Self.build(project)
        #expect(summary.withheld.map { "\($0.language) \($0.page.path) \($0.reason.description)" } == ["en topics/back/ 1 error [urls]"])
        #expect(summary.withheldForErrors.count == 1)

        let page = try Self.read(output, "en/topics/back/index.html")
        #expect(!page.contains("112"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<h1>This page is being updated in English.</h1>"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("en/handouts/back.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("en/handouts/back.nb.html").path))
        // The other languages still have the page, without an English alternate.
        let norwegian = try Self.read(output, "nb/topics/back/index.html")
        #expect(norwegian.contains("hreflang=\"ur\"") && !norwegian.contains("hreflang=\"en\""))
        #expect(!(try Self.read(output, "sitemap.xml")).contains("en/topics/back/"))

        // `tolk check` reports the same finding that withheld the page.
        let checked = Checker.load(try project.load(), minState: .translated).value
        let errors = checked.report().problems.filter { $0.severity == .error }
        #expect(errors.map { "\($0.language ?? "") \($0.check) \($0.location?.file ?? "")" } == ["en urls Locales/en/topics/back.xlf"])
    }

    @Test(arguments: [
        ("Ring legevakten på 116 171.", "urls"),
        ("Gjør øvelsen 5 ganger.", "numbers"),
    ])
    func changedPhoneNumbersAndDosesAreWithheld(target: String, check: String) throws {
        let project = try TemporaryProject([
            "Content/topics/call.md": "---\ntitle: Ring\n---\n\nRing legevakten på 116 117. Gjør øvelsen 3 ganger.\n",
            "Site/strings.yml": SiteFixture.strings,
        ], site: "source_language: nb\nlanguages: [nb, en]\nbase_url: https://example.org/\npublish:\n  min_state: translated\n")
        let sentence = target.hasPrefix("Ring") ? "\(target) Gjør øvelsen 3 ganger." : "Ring legevakten på 116 117. \(target)"
        try project.importTranslations(["en": [
            "Content/topics/call.md": "---\ntitle: Call\n---\n\n\(sentence)\n",
            "Site/strings.yml": SiteFixture.translations["en"]!["Site/strings.yml"]!,
        ]])
        let (summary, output) = try Self.build(project)
        #expect(summary.withheld.map { "\($0.language) \($0.page.path) \($0.reason.description)" } == ["en topics/call/ 1 error [\(check)]"])
        #expect(!(try Self.read(output, "en/topics/call/index.html")).contains(sentence))
    }

    @Test func aStalePageKeepsItsURLInItsReadersLanguageAndDirection() throws {
        let project = try SiteFixture.make()
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "Gå en tur.", with: "Gå en lang tur."))
        try project.sync()
        let (summary, output) = try Self.build(project)
        #expect(summary.withheld.map { "\($0.language) \($0.page.path) \($0.reason.description)" }
                == ["en topics/back/ 1 stale", "ur topics/back/ 1 stale"])
        let urdu = try Self.read(output, "ur/topics/back/index.html")
        #expect(urdu.contains("<html lang=\"ur\" dir=\"rtl\">"))
        #expect(urdu.contains("<h1>اس صفحے کو اردو میں اپ ڈیٹ کیا جا رہا ہے۔</h1>"))
        #expect(urdu.contains("<p class=\"withheld-title\">کمر کا درد</p>"))
        #expect(urdu.contains("<li><a href=\"../../../nb/topics/back/\" lang=\"nb\" dir=\"ltr\" hreflang=\"nb\">Norsk bokmål</a></li>"))
        #expect(urdu.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!urdu.contains("rel=\"alternate\"") && !urdu.contains("rel=\"canonical\""))
        // The index still lists it as not yet available, linking the languages that have it.
        #expect(try Self.read(output, "ur/index.html").contains("class=\"unavailable\""))
    }

    @Test func aLanguageWithoutTranslationsSaysEveryPageIsBeingTranslated() throws {
        let project = try SiteFixture.make(site: SiteFixture.site.replacingOccurrences(of: "[nb, en, ur]", with: "[nb, en, ur, pl]"))
        let (summary, output) = try Self.build(project)
        #expect(summary.withheld.map { "\($0.language) \($0.page.path)" } == ["pl exercises/chin/", "pl topics/back/"])
        // No Polish strings yet: the message is in Norwegian, marked as such.
        let page = try Self.read(output, "pl/exercises/chin/index.html")
        #expect(page.contains("<h1><span lang=\"nb\" dir=\"ltr\">Denne siden blir oversatt til Polski.</span></h1>"))
    }

    @Test func anInterfaceStringWithAnErrorIsShownInTheSourceLanguage() throws {
        var translations = SiteFixture.translations
        translations["en"]!["Site/strings.yml"] = translations["en"]!["Site/strings.yml"]!
            .replacingOccurrences(of: "site_title: Patient info", with: "site_title: Patient info 24/7")
        let project = try SiteFixture.make(translations: translations)
        let (summary, output) = try Self.build(project)
        #expect(summary.withheld.isEmpty)
        let page = try Self.read(output, "en/topics/back/index.html")
        #expect(page.contains("<span lang=\"nb\" dir=\"ltr\">Pasientinfo</span>"))
        #expect(!page.contains("24/7"))
    }

    @Test func aTranslationFileThatCannotBeReadWithholdsItsPageAndTheRestIsBuilt() throws {
        let project = try SiteFixture.make()
        try project.write("Locales/en/topics/back.xlf", "<xliff version=\"2.1\"><file")
        let output = project.root.appendingPathComponent("_site")
        let built = SiteBuild.build(root: project.root, output: output)
        let summary = try #require(built.value)
        #expect(built.diagnostics.contains { $0.severity == .error && $0.location?.file == "Locales/en/topics/back.xlf" })
        #expect(summary.withheld.map { "\($0.language) \($0.page.path)" } == ["en topics/back/"])
        #expect(summary.withheldForErrors.count == 1)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("en/exercises/chin/index.html").path))
        #expect(try Self.read(output, "en/topics/back/index.html").contains("noindex"))
    }

    @Test func markupTypedIntoATargetWithholdsThePageInsteadOfDeletingWords() throws {
        let project = try SiteFixture.make()
        let path = "Locales/en/topics/back.xlf"
        try project.write(path, try project.read(path).replacingOccurrences(of: "<target>Go for a walk.</target>",
                                                                            with: "<target>Go for a <b>long</b> walk.</target>"))
        let (summary, output) = try Self.build(project)
        #expect(summary.withheld.map { "\($0.language) \($0.page.path) \($0.reason.description)" } == ["en topics/back/ 1 error [xliff], 1 missing"])
        let page = try Self.read(output, "en/topics/back/index.html")
        #expect(!page.contains("Go for a"))
        #expect(page.contains("noindex"))
        // `tolk check` over every language, past the unusable unit, says the same.
        let problems = Checker.load(try project.load(), minState: .translated).value.report().problems.filter { $0.severity == .error }
        #expect(problems.map { "\($0.language ?? "") \($0.check) \($0.location?.file ?? "")" } == ["en xliff Locales/en/topics/back.xlf"])
    }

    @Test func thePreviewWithholdsAPageOnceATranslatorSavesAWrongNumber() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        let first = build.update(changed: nil, views: [])
        #expect(first.prepared?.site.availability["en"]?[Self.back]?.isPublished == true)
        let path = "Locales/en/topics/back.xlf"
        try project.write(path, try project.read(path).replacingOccurrences(of: "Call 113 in danger.", with: "Call 112 in danger."))
        let second = build.update(changed: [path], views: [])
        let availability = try #require(second.prepared?.site.availability["en"]?[Self.back])
        #expect(availability == .withheld(Withholding(errors: ["urls": 1])))
        #expect(second.invalidation != .nothing)
    }
}
