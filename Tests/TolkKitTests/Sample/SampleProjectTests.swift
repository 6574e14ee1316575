import Foundation
import Testing
@testable import TolkKit

/// Guards the bundled sample at the repository root: a change to the code that breaks it fails here.
@Suite struct SampleProjectTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func load() throws -> (Project, TranslationCatalog) {
        let loaded = ProjectLoader.load(at: Self.root)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let project = try #require(loaded.value)
        let catalog = TranslationCatalogLoader.load(project)
        #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics.map(\.description))")
        return (project, catalog.value)
    }

    @Test func sampleHasTheContentTheProductPromises() throws {
        let (project, _) = try load()
        #expect(project.topics.count >= 6)
        #expect(project.exercises.count >= 10)
        #expect(project.videos.map(\.video.slug) == ["neck-exercises"])
        #expect(Set(project.exercises.map(\.exercise.region)).isSuperset(of: ["neck", "upper-back", "lower-back", "shoulder", "hip"]))
        #expect(project.config.languages.map(\.tag) == ["nb", "en", "pl", "ur", "ar", "so"])
        #expect(project.config.publish.minState == .translated)
    }

    @Test func checkIsCleanForCompleteLanguagesAndShowsSomaliGaps() throws {
        let (project, catalog) = try load()
        let report = Checker.run(project, catalog: catalog, minState: project.config.publish.minState)
        for language in ["en", "pl", "ur", "ar"] {
            let errors = report.problems.filter { $0.language == language && $0.severity == .error }
            #expect(errors.isEmpty, "\(language): \(errors.prefix(5).map(\.description))")
            #expect(report.languages.first { $0.language == language }?.complete == 100.0)
        }
        let somali = try #require(report.languages.first { $0.language == "so" })
        #expect(somali.missing > 0)
        #expect(somali.complete > 30 && somali.complete < 70)
    }

    /// Arabic says "two sets" in the dual, without a 2 before it ("٢ مجموعتان" is "2 two sets").
    @Test func arabicDosageUsesTheDual() throws {
        let prepared = SiteBuild.prepare(root: Self.root)
        let value = try #require(prepared.value)
        let tree = OutputTree()
        try SiteRenderer(site: value.site, theme: value.theme).render(into: tree)
        // chin-tuck: repetitions 10, sets 2, hold_seconds 5, times_per_day 2.
        let page = try #require(tree.text("ar/exercises/chin-tuck/index.html"))
        #expect(page.contains("<li>مجموعتان</li>"))
        #expect(page.contains("<li>مرتين في اليوم</li>"))
        #expect(page.contains("١٠ تكرارات"))
        #expect(!page.contains("٢ مجموعتان") && !page.contains("٢ مرتين"))
    }

    @Test func syncFindsNothingToChange() throws {
        let (project, _) = try load()
        let result = try #require(Sync.run(project).value)
        #expect(result.files.filter(\.changed).map(\.path) == [])
    }

    @Test func siteBuildsWithEveryCompleteLanguagePublished() throws {
        let prepared = SiteBuild.prepare(root: Self.root)
        let value = try #require(prepared.value)
        let summary = SiteBuild.summarize(value.site)
        let pages = value.site.project.topics.count + value.site.project.exercises.count + value.site.project.videos.count
        for language in ["nb", "en", "pl", "ur", "ar"] {
            #expect(summary.publishedPages[language] == pages, "\(language)")
        }
        #expect((summary.publishedPages["so"] ?? 0) > 0)
        #expect((summary.withheldPages["so"] ?? 0) > 0)
        let tree = OutputTree()
        try SiteRenderer(site: value.site, theme: value.theme).render(into: tree)
        #expect(tree.text("ur/index.html")?.contains("<html lang=\"ur\" dir=\"rtl\">") == true)
    }
}
