import Foundation
import Testing
@testable import TolkKit

/// An incremental update renders exactly what a full build of the same files renders.
@Suite struct ServerIncrementalBuildTests {
    /// A site kept up to date from partial renders, as the preview keeps it.
    struct Site {
        var files: [String: Data] = [:]

        mutating func apply(_ update: IncrementalBuild.Update, includeWithheld: Bool = false) throws {
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
        let first = build.update(changed: nil)
        #expect(first.wasFullReload)
        #expect(first.invalidation == .everything)
        try site.apply(first)
        try expectSameAsFullBuild(site, project)

        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "- Gå en tur.", with: "- Gå en lang tur."))
        let topic = build.update(changed: ["Content/topics/back.md"])
        #expect(!topic.wasFullReload)
        // The page is stale in en and ur now: withheld there, so every index and the sitemap change.
        #expect(topic.invalidation == .pages([PageID(kind: .topic, slug: "back")], indexes: ["nb", "en", "ur"], sitemap: true))
        try site.apply(topic)
        // Its URL still answers, with the "being updated" page.
        #expect(String(decoding: try #require(site.files["en/topics/back/index.html"]), as: UTF8.self).contains("noindex"))
        try expectSameAsFullBuild(site, project)

        try project.sync()
        try project.translateAll("Locales/en/topics/back.xlf")
        let translation = build.update(changed: ["Locales/en/topics/back.xlf", "Locales/ur/topics/back.xlf", "Locales/en/.back.xlf.swp"])
        #expect(!translation.wasFullReload)
        try site.apply(translation)
        try expectSameAsFullBuild(site, project)

        try project.write("Content/exercises/chin.yml", SiteFixture.exercise.replacingOccurrences(of: "repetitions: 5", with: "repetitions: 8"))
        let exercise = build.update(changed: ["Content/exercises/chin.yml"])
        #expect(!exercise.wasFullReload)
        try site.apply(exercise)
        try expectSameAsFullBuild(site, project)
    }

    @Test func errorsHoldRenderingBackUntilFixedThenEverythingPendingIsRendered() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        try site.apply(build.update(changed: nil))

        try project.write("Content/exercises/chin.yml", "title: [broken\n")
        let broken = build.update(changed: ["Content/exercises/chin.yml"])
        #expect(broken.prepared == nil)
        #expect(broken.diagnostics.contains { $0.severity == .error && $0.location?.file == "Content/exercises/chin.yml" })

        // A good edit while another file is broken waits too.
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "Gå en tur.", with: "Gå en tur ute."))
        #expect(build.update(changed: ["Content/topics/back.md"]).prepared == nil)

        try project.write("Content/exercises/chin.yml", SiteFixture.exercise)
        let fixed = build.update(changed: ["Content/exercises/chin.yml"])
        #expect(!fixed.wasFullReload)
        #expect(fixed.invalidation == .pages([PageID(kind: .topic, slug: "back"), PageID(kind: .exercise, slug: "chin")],
                                             indexes: ["nb", "en", "ur"], sitemap: true))
        #expect(!fixed.diagnostics.hasErrors)
        try site.apply(fixed)
        try expectSameAsFullBuild(site, project)
    }

    @Test func indexesAreRenderedOnlyWhenTheirListingChanges() throws {
        let project = try SiteFixture.make()
        var build = IncrementalBuild(root: project.root)
        var site = Site()
        try site.apply(build.update(changed: nil))
        let page = PageID(kind: .topic, slug: "back")
        let xliff = try project.read("Locales/en/topics/back.xlf")

        try project.write("Locales/en/topics/back.xlf", xliff.replacingOccurrences(of: "<target>Go for a walk.</target>", with: "<target>Take a walk.</target>"))
        let body = build.update(changed: ["Locales/en/topics/back.xlf"])
        #expect(body.invalidation == .pages([page], indexes: [], sitemap: false))
        #expect(body.invalidation.split.listings == .nothing)
        try site.apply(body)
        try expectSameAsFullBuild(site, project)

        try project.write("Locales/en/topics/back.xlf", xliff.replacingOccurrences(of: "<target>Back pain</target>", with: "<target>Pain in the back</target>"))
        let title = build.update(changed: ["Locales/en/topics/back.xlf"])
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
        try site.apply(build.update(changed: nil))
        try project.write("Site/strings.yml", SiteFixture.strings.replacingOccurrences(of: "site_title: Pasientinfo", with: "site_title: Pasientinformasjon"))
        let strings = build.update(changed: ["Site/strings.yml"])
        #expect(strings.wasFullReload)
        try site.apply(strings)
        try expectSameAsFullBuild(site, project)

        try project.write("Content/topics/new.md", "---\ntitle: Ny\n---\n\nTekst.\n")
        let added = build.update(changed: ["Content/topics/new.md"])
        #expect(added.wasFullReload)
        try site.apply(added)
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
        var site = Site()
        try site.apply(build.update(changed: nil), includeWithheld: true)
        #expect(site.files["en/topics/back/index.html"] != nil)
        let prepared = try #require(build.update(changed: []).prepared)
        let review = try #require(prepared.site.review(ofFile: "en/topics/back/index.html"))
        #expect(review.translationPath == "Locales/en/topics/back.xlf")
        #expect(review.problems.contains { $0.check == "stale" })
        #expect(prepared.site.review(ofFile: "nb/topics/back/index.html") == nil)
    }
}
