import Foundation

/// The load half of `tolk serve`'s pipeline, kept between builds: the project, its translations
/// and publishing decisions stay in memory, and a change reloads only the files it touched.
///
/// A topic edited on a 5,000-page site costs one Markdown parse and one XLIFF read per
/// language instead of thousands, so the preview can follow an editor's saves. Anything whose
/// reach is hard to bound (site.yml, strings, templates, images, a file added or removed)
/// goes through `SiteBuild.prepare`, so the result always equals a fresh build.
public struct IncrementalBuild: Sendable {
    /// What one call to `update` produced.
    public struct Update: Sendable {
        /// The state to render, nil while the project has errors (keep serving the last good site).
        public var prepared: SiteBuild.Prepared?
        /// The pages to render again from `prepared`; includes pages changed while the project had errors.
        public var invalidation: Invalidation
        /// Every current problem of the project, sorted for display.
        public var diagnostics: [Diagnostic]
        /// Whether the whole project was loaded again.
        public var wasFullReload: Bool
    }

    public let root: URL
    /// The newest consistent state: the last good load with every good change since applied.
    private var model: SiteBuild.Prepared?
    /// Current problems by the file they were found in, so reloading a file replaces its own.
    private var problems: [String: [Diagnostic]] = [:]
    /// Pages changed in `model` but not yet handed out for rendering (while errors block it).
    private var pending: Invalidation = .nothing
    /// Set when the last full load failed: only another full load can recover.
    private var needsFullReload = true

    /// The profile served (`tolk serve --profile`), nil for a project without profiles.
    public let profile: String?

    public init(root: URL, profile: String? = nil) {
        self.root = root
        self.profile = profile
    }

    /// Every current problem, sorted for display.
    public var diagnostics: [Diagnostic] { problems.values.flatMap { $0 }.sortedForDisplay() }

    /// Brings the state up to date with changed project-relative paths; nil means "anything may
    /// have changed" (the first build, or a watcher that lost events).
    public mutating func update(changed paths: Set<String>?) -> Update {
        guard !needsFullReload, let model, let paths else { return fullReload() }
        let changes = Set(paths.map(IncrementalChange.init(path:)))
        if changes.contains(.everything) { return fullReload() }
        guard let plan = Plan(changes, project: model.site.project, root: root) else { return fullReload() }
        // A source edit may change its `profiles:` and so whether this clinic has the page at
        // all: with profiles, source edits take the safe path (translation edits stay incremental).
        if profile != nil && !plan.sources.isEmpty { return fullReload() }
        var site = model.site
        let pages = plan.pages(in: site.project)
        let before = Listing.of(pages, in: site)
        for (index, languages) in plan.documents.sorted(by: { $0.key < $1.key }) {
            reload(index, source: plan.sources.contains(index), languages: languages, site: &site)
        }
        self.model = SiteBuild.Prepared(site: site, theme: model.theme)
        pending = pending.merged(with: Listing.invalidation(pages, before: before, after: Listing.of(pages, in: site), site: site))
        return finish(wasFullReload: false)
    }

    /// Loads everything through the same function as `tolk build`.
    private mutating func fullReload() -> Update {
        let prepared = SiteBuild.prepare(root: root, profile: profile)
        problems = Dictionary(grouping: prepared.diagnostics) { $0.location?.file ?? "" }
        pending = .everything
        needsFullReload = prepared.value == nil
        if let value = prepared.value { model = value }
        return finish(wasFullReload: true)
    }

    /// Hands out the model and its pending pages when the project has no errors.
    private mutating func finish(wasFullReload: Bool) -> Update {
        let diagnostics = self.diagnostics
        guard !diagnostics.hasErrors, !needsFullReload, let model else {
            return Update(prepared: nil, invalidation: .nothing, diagnostics: diagnostics, wasFullReload: wasFullReload)
        }
        defer { pending = .nothing }
        return Update(prepared: model, invalidation: pending, diagnostics: diagnostics, wasFullReload: wasFullReload)
    }

    /// Reloads one document's source (when it changed) and its translations in `languages`.
    /// A file with errors keeps its previous version in the model; its errors block rendering
    /// until it is fixed.
    private mutating func reload(_ index: Int, source: Bool, languages: Set<String>, site: inout LocalizedSite) {
        var languages = languages
        if source {
            let old = site.project.documents[index]
            let loaded = ProjectLoader.loadFile(path: old.path, slug: Self.slug(of: old), kind: Self.kind(of: old), root: root,
                                                 variables: Set(site.project.config.variableValues.keys))
            let diagnostics = loaded.diagnostics
            problems[old.path] = diagnostics.isEmpty ? nil : diagnostics
            if let document = loaded.value, !diagnostics.hasErrors {
                site.project.documents[index] = document
                languages = Set(site.project.config.targetLanguages.map(\.tag))
            }
        }
        let document = site.project.documents[index]
        for language in languages {
            let loaded = SiteBuild.buildSeverity(TranslationCatalogLoader.localize(document, language: language, project: site.project))
            let path = site.project.translationPath(of: document, language: language)
            problems[path] = loaded.diagnostics.isEmpty ? nil : loaded.diagnostics
            guard !loaded.diagnostics.hasErrors, let settings = site.project.config.language(language),
                  site.catalog.languages[language]?.indices.contains(index) == true else { continue }
            // The check stage, as in `tolk build`: findings withhold the page, they do not stop the preview.
            let checked = CheckedDocument.check(loaded, language: settings, minState: site.project.config.publish.minState)
            site.catalog.languages[language]![index] = checked.localized
            if let page = LocalizedSite.pageID(of: document) {
                site.availability[language, default: [:]][page] = LocalizedSite.decide(checked, policy: site.project.config.publish)
            }
        }
    }

    private static func slug(of document: SourceDocument) -> String {
        switch document.content {
        case .topic(let topic): topic.slug
        case .exercise(let exercise): exercise.slug
        case .video(let video): video.slug
        case .strings: "strings"
        }
    }

    private static func kind(of document: SourceDocument) -> String {
        switch document.content {
        case .topic: "topic"
        case .exercise: "exercise"
        case .video: "video"
        case .strings: "strings"
        }
    }
}

/// The documents a set of changes touches, by index in the project, or nil when a change
/// cannot be applied to single documents (a new or deleted source, an unknown language).
private struct Plan {
    /// Document index → the languages whose translation changed.
    var documents: [Int: Set<String>] = [:]
    /// Indexes of documents whose source changed.
    var sources: Set<Int> = []

    init?(_ changes: Set<IncrementalChange>, project: Project, root: URL) {
        let byPath = Dictionary(project.documents.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        let targets = Set(project.config.targetLanguages.map(\.tag))
        var byTranslation: [String: Int] = [:]
        for change in changes {
            switch change {
            case .source(let path):
                // A new or deleted file changes the document list: that is a full reload.
                guard let index = byPath[path], FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) else { return nil }
                sources.insert(index)
                documents[index, default: []] = documents[index] ?? []
            case .translation(let language, let path):
                guard targets.contains(language) else { return nil }
                if byTranslation.isEmpty {
                    for (index, document) in project.documents.enumerated() {
                        for target in targets { byTranslation[project.translationPath(of: document, language: target)] = index }
                    }
                }
                // An .xlf file without a source is an orphan: a warning a full load reports.
                guard let index = byTranslation[path] else { return nil }
                documents[index, default: []].insert(language)
            case .none:
                continue
            case .everything:
                return nil
            }
        }
    }

    /// The pages of the touched documents.
    func pages(in project: Project) -> Set<PageID> {
        Set(documents.keys.compactMap { LocalizedSite.pageID(of: project.documents[$0]) })
    }
}

/// What the language indexes and the sitemap show of a page in one language: whether it is
/// published, its title and summary, and where an exercise is grouped. When an edit leaves
/// this as it was, the indexes need not be rendered again (on a 5,000-page site they cost
/// more than everything else an edit does).
private struct Listing: Hashable {
    var published: Bool
    var title: PageText.Entry?
    var summary: PageText.Entry?
    var group: [Int]
    var region: String?

    /// The listing of each page in each language: page → language tag → listing.
    static func of(_ pages: Set<PageID>, in site: LocalizedSite) -> [PageID: [String: Listing]] {
        var result: [PageID: [String: Listing]] = [:]
        for document in site.project.documents {
            guard let page = LocalizedSite.pageID(of: document), pages.contains(page) else { continue }
            var title: String?, summary: String?, region: String?, group: [Int] = []
            switch document.content {
            case .topic(let topic): (title, summary) = (topic.titleUnit, topic.summaryUnit)
            case .exercise(let exercise): (title, region, group) = (exercise.titleUnit, exercise.region, [exercise.level])
            case .video(let video): (title, summary) = (video.titleUnit, video.summaryUnit)
            case .strings: continue
            }
            let units = Set([title, summary].compactMap { $0 })
            for language in site.project.config.languages {
                let text = PageText.resolve(document, language: language, site: site, only: units)
                result[page, default: [:]][language.tag] = Listing(
                    published: site.availability[language.tag]?[page]?.isPublished == true,
                    title: title.map { text[$0] }, summary: summary.map { text[$0] }, group: group, region: region)
            }
        }
        return result
    }

    /// The pages, with the indexes whose listing changed; a change of where a page is published
    /// changes every index (each lists the languages that have it) and the sitemap.
    static func invalidation(_ pages: Set<PageID>, before: [PageID: [String: Listing]], after: [PageID: [String: Listing]],
                             site: LocalizedSite) -> Invalidation {
        let languages = site.project.config.languages.map(\.tag)
        var indexes: Set<String> = []
        var sitemap = false
        for page in pages {
            let old = before[page] ?? [:], new = after[page] ?? [:]
            if languages.contains(where: { old[$0]?.published != new[$0]?.published }) {
                sitemap = true
                indexes.formUnion(languages)
            }
            for language in languages where old[language] != new[language] { indexes.insert(language) }
        }
        return .pages(pages, indexes: indexes, sitemap: sitemap)
    }
}
