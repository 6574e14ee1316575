import Foundation
import Testing
@testable import TolkKit

/// An incremental update renders exactly what a full build of the same files renders.
@Suite struct ServerIncrementalBuildTests {
    /// A site kept up to date as the preview keeps it: a full reload renders into the view it
    /// is given, other updates are rendered from what they hand out.
    struct Site {
        var files: [String: Data] = [:]
        var includeWithheld = false

        /// Runs `build.update` and applies what it rendered or hands out.
        @discardableResult
        mutating func update(_ build: inout IncrementalBuild, changed: Set<String>?) throws -> IncrementalBuild.Update {
            let tree = OutputTree()
            let update = build.update(changed: changed, views: [SiteView(options: RenderOptions(), includeWithheld: includeWithheld, into: tree)])
            // Errors: the last good site stays.
            guard update.prepared != nil else { return update }
            if update.wasFullReload {
                files = tree.files
            } else {
                try apply(update)
            }
            return update
        }

        mutating func apply(_ update: IncrementalBuild.Update) throws {
            let prepared = try #require(update.prepared, "\(update.diagnostics)")
            let render = try SiteRenderer(site: prepared.site, theme: prepared.theme).render(update.invalidation, includeWithheld: includeWithheld)
            if render.isComplete { files = [:] }
            files.merge(render.files) { $1 }
            for path in render.removed { files.removeValue(forKey: path) }
        }
    }

    func expectSameAsFullBuild(_ site: Site, _ project: TemporaryProject, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let full = try SiteFixture.render(project).files
        #expect(Set(site.files.keys) == Set(full.keys), sourceLocation: sourceLocation)
        for (path, data) in full where site.files[path] != data {
            Issue.record("\(path) differs from a full build", sourceLocation: sourceLocation)
        }
    }

    @Test func editsOfSourcesAndTranslationsMatchAFullBuild() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        let first = try site.update(&build, changed: nil)
        #expect(first.wasFullReload)
        #expect(first.invalidation == .everything)
        try expectSameAsFullBuild(site, project)

        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en lang tur."))
        let topic = try site.update(&build, changed: ["Content/topics/back.md"])
        #expect(!topic.wasFullReload)
        // The page is stale in en and ur now: withheld there, so every index and the sitemap change.
        #expect(topic.invalidation == .pages([PageID(kind: .topic, slug: "back")], indexes: ["nb", "en", "ur"], sitemap: true))
        // Its URL still answers, with the "being updated" page.
        #expect(String(decoding: try #require(site.files["en/topics/back/index.html"]), as: UTF8.self).contains("noindex"))
        try expectSameAsFullBuild(site, project)

        try project.sync()
        try project.translateAll("Locales/en/topics/back.xlf")
        let translation = try site.update(&build, changed: ["Locales/en/topics/back.xlf", "Locales/ur/topics/back.xlf", "Locales/en/.back.xlf.swp"])
        #expect(!translation.wasFullReload)
        try expectSameAsFullBuild(site, project)

        try project.write("Content/exercises/chin.yml", SiteFixture.exercise.replacingOccurrences(of: "repetitions: 5", with: "repetitions: 8"))
        let exercise = try site.update(&build, changed: ["Content/exercises/chin.yml"])
        #expect(!exercise.wasFullReload)
        try expectSameAsFullBuild(site, project)
    }

    @Test func errorsHoldRenderingBackUntilFixedThenEverythingPendingIsRendered() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        try site.update(&build, changed: nil)

        try project.write("Content/exercises/chin.yml", "title: [broken\n")
        let broken = try site.update(&build, changed: ["Content/exercises/chin.yml"])
        #expect(broken.prepared == nil)
        #expect(broken.diagnostics.contains { $0.severity == .error && $0.location?.file == "Content/exercises/chin.yml" })

        // A good edit while another file is broken waits too.
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "Gå en tur.", with: "Gå en tur ute."))
        #expect(try site.update(&build, changed: ["Content/topics/back.md"]).prepared == nil)

        try project.write("Content/exercises/chin.yml", SiteFixture.exercise)
        let fixed = try site.update(&build, changed: ["Content/exercises/chin.yml"])
        #expect(!fixed.wasFullReload)
        #expect(fixed.invalidation == .pages([PageID(kind: .topic, slug: "back"), PageID(kind: .exercise, slug: "chin")],
                                             indexes: ["nb", "en", "ur"], sitemap: true))
        #expect(!fixed.diagnostics.hasErrors)
        try expectSameAsFullBuild(site, project)
    }

    @Test func indexesAreRenderedOnlyWhenTheirListingChanges() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        try site.update(&build, changed: nil)
        let page = PageID(kind: .topic, slug: "back")
        let xliff = try project.read("Locales/en/topics/back.xlf")

        try project.write("Locales/en/topics/back.xlf", xliff.replacingOccurrences(of: "<target>Go for a walk.</target>", with: "<target>Take a walk.</target>"))
        let body = try site.update(&build, changed: ["Locales/en/topics/back.xlf"])
        #expect(body.invalidation == .pages([page], indexes: [], sitemap: false))
        #expect(body.invalidation.split.listings == .nothing)
        try expectSameAsFullBuild(site, project)

        try project.write("Locales/en/topics/back.xlf", xliff.replacingOccurrences(of: "<target>Back pain</target>", with: "<target>Pain in the back</target>"))
        let title = build.update(changed: ["Locales/en/topics/back.xlf"], views: [])
        #expect(title.invalidation == .pages([page], indexes: ["en"], sitemap: false))
        let (pages, listings) = title.invalidation.split
        #expect(pages == .pages([page], indexes: [], sitemap: false))
        #expect(listings == .pages([], indexes: ["en"], sitemap: false))
        let prepared = try #require(title.prepared)
        for part in [pages, listings] {
            try site.apply(IncrementalBuild.Update(prepared: prepared, invalidation: part, diagnostics: [], wasFullReload: false))
        }
        try expectSameAsFullBuild(site, project)
    }

    @Test func changesThatReachEveryPageReloadEverything() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        try site.update(&build, changed: nil)
        try project.write("Site/strings.yml", SiteFixture.strings.replacingOccurrences(of: "site_title: Pasientinfo", with: "site_title: Pasientinformasjon"))
        let strings = try site.update(&build, changed: ["Site/strings.yml"])
        #expect(strings.wasFullReload)
        try expectSameAsFullBuild(site, project)

        try project.write("Content/topics/new.md", "---\ntitle: Ny\n---\n\nTekst.\n")
        let added = try site.update(&build, changed: ["Content/topics/new.md"])
        #expect(added.wasFullReload)
        #expect(site.files["nb/topics/new/index.html"] != nil)
        try expectSameAsFullBuild(site, project)
    }

    @Test func classifiesChangedPaths() {
        #expect(IncrementalChange(path: "Content/topics/a.md") == .source(path: "Content/topics/a.md"))
        #expect(IncrementalChange(path: "Content/exercises/a.yml") == .source(path: "Content/exercises/a.yml"))
        #expect(IncrementalChange(path: "Locales/en/topics/a.xlf") == .translation(language: "en", path: "Locales/en/topics/a.xlf"))
        #expect(IncrementalChange(path: "Locales/en/strings.xlf") == .everything)
        #expect(IncrementalChange(path: "Site/site.yml") == .everything)
        #expect(IncrementalChange(path: "Site/templates/layout.mustache") == .everything)
        #expect(IncrementalChange(path: "Content/images/a.svg") == .everything)
        #expect(IncrementalChange(path: "Content/topics/.a.md.swp") == .none)
        #expect(IncrementalChange(path: "Content/topics/a.md~") == .none)
        #expect(IncrementalChange(path: "Content/topics/notes.txt") == .none)
    }

    @Test func theTranslatorViewRendersWithheldPagesToo() throws {
        let project = try SiteFixture.make()
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en lang tur."))
        try project.sync()
        var build = IncrementalBuild(root: project.root)
        var site = Site(includeWithheld: true)
        try site.update(&build, changed: nil)
        #expect(site.files["en/topics/back/index.html"] != nil)
        let prepared = try #require(try site.update(&build, changed: []).prepared)
        let review = try #require(prepared.site.review(ofFile: "en/topics/back/index.html"))
        #expect(review.translationPath == "Locales/en/topics/back.xlf")
        #expect(review.problems.contains { $0.check == "stale" })
        #expect(prepared.site.review(ofFile: "nb/topics/back/index.html") == nil)
    }

    @Test func theKeptStateHoldsWhatTheSitePagesShowAndAnUpdateHandsOutWholePages() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        let path = "Content/topics/back.md"
        let first = try #require(try site.update(&build, changed: nil).prepared)
        let document = try #require(first.site.project.documents.first { $0.path == path })
        let shown = try #require(SiteRenderer.unitsForSitePages(of: document))
        #expect(document.units(for: "en").count > shown.count)
        #expect(Set(try #require(first.site.catalog.document(path, language: "en")).units.map(\.unit.id)) == shown)

        // The page an edit renders again has its whole text in every language, read for this update.
        let edit = try #require(try site.update(&build, changed: ["Locales/en/topics/back.xlf"]).prepared)
        for language in ["en", "ur"] {
            #expect(try #require(edit.site.catalog.document(path, language: language)).units.count == document.units(for: language).count)
        }
        // The lists of every language say the same as the lookups.
        let listed = try #require(edit.site.catalog.languages["en"]?.first { $0.document.path == path })
        #expect(listed.units.count == document.units(for: "en").count)
        // What is kept afterwards is the titles and summaries again.
        let kept = try #require(try site.update(&build, changed: []).prepared)
        #expect(Set(try #require(kept.site.catalog.document(path, language: "en")).units.map(\.unit.id)) == shown)
        try expectSameAsFullBuild(site, project)
    }

    @Test func oneRenderByDocumentMakesBothViewsAsTheyAreRenderedSeparately() throws {
        let project = try SiteFixture.make()
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en lang tur."))
        try project.sync()
        let prepared = try #require(SiteBuild.prepare(root: project.root).value)
        let review = RenderOptions(annotateUnits: true)
        let (reader, translator) = (OutputTree(), OutputTree())
        let rendered = SiteBuild.render(root: project.root, views: [SiteView(options: RenderOptions(), into: reader),
                                                                    SiteView(options: review, includeWithheld: true, into: translator)])
        #expect(rendered.value != nil)
        #expect(reader.files == (try SiteRenderer(site: prepared.site, theme: prepared.theme).render(.everything).files))
        let separate = try SiteRenderer(site: prepared.site, theme: prepared.theme, options: review).render(.everything, includeWithheld: true).files
        #expect(Set(translator.files.keys) == Set(separate.keys))
        for (file, data) in separate where translator[file] != data { Issue.record("\(file) differs") }
        // The withheld page is rendered in the translator view, the "being updated" page in the reader's.
        #expect(translator.text("en/topics/back/index.html")?.contains("noindex") == false)
        #expect(reader.text("en/topics/back/index.html")?.contains("noindex") == true)
    }
}
