import Foundation

/// `tolk serve`'s pipeline, kept between builds: the project, its publishing decisions and
/// what the site-wide pages show of the translations stay in memory, and a change reloads only
/// the files it touched.
///
/// A topic edited on a 5,000-page site costs one Markdown parse and one XLIFF read per
/// language instead of thousands, so the preview can follow an editor's saves. Anything whose
/// reach is hard to bound (site.yml, strings, templates, images, a file added or removed)
/// loads and renders the whole project again (`SiteBuild.render`), so the result always
/// equals a fresh build. The text of a page is not kept: a page rendered again is rendered from
/// its files as read for this update.
public struct IncrementalBuild: Sendable {
    /// What one call to `update` produced.
    public struct Update: Sendable {
        /// The state to render `invalidation` from (with the whole text of those pages), nil while
        /// the project has errors (keep serving the last good site).
        public var prepared: SiteBuild.Prepared?
        /// The pages to render again from `prepared`; includes pages changed while the project had
        /// errors. `.everything` after a full reload: the views given to `update` hold the whole site.
        public var invalidation: Invalidation
        /// Every current problem of the project, sorted for display.
        public var diagnostics: [Diagnostic]
        /// Whether the whole project was loaded (and rendered into the views) again.
        public var wasFullReload: Bool
    }

    public let root: URL
    /// The newest consistent state: the last good load with every good change since applied;
    /// its catalog holds what the site-wide pages need (`SiteRenderer.unitsForSitePages`).
    private var model: SiteBuild.Prepared?
    /// The whole checked translations of the documents changed in `model` and not yet handed
    /// out for rendering, by document index and language tag.
    private var fresh: [Int: [String: LocalizedDocument]] = [:]
    /// Current problems by the file they were found in, so reloading a file replaces its own.
    private var problems: [String: [Diagnostic]] = [:]
    /// Pages changed in `model` but not yet handed out for rendering (while errors block it);
    /// `.everything` when the last full load was not handed out: only another one can be.
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
    /// have changed" (the first build, or a watcher that lost events). A full reload renders the
    /// whole site into `views` as it loads it; otherwise the caller renders the update's pages.
    public mutating func update(changed paths: Set<String>?, views: [SiteView]) -> Update {
        guard !needsFullReload, pending != .everything, var model, let paths else { return fullReload(views) }
        let changes = Set(paths.map(IncrementalChange.init(path:)))
        if changes.contains(.everything) { return fullReload(views) }
        guard let plan = Plan(changes, project: model.site.project, root: root) else { return fullReload(views) }
        // A source edit may change its `profiles:` and so whether this clinic has the page at
        // all: with profiles, source edits take the safe path (translation edits stay incremental).
        if profile != nil && !plan.sources.isEmpty { return fullReload(views) }
        // Changed in place, out of `self` meanwhile: held nowhere else (served snapshots keep no
        // translations), its lists of 5,000 documents per language are not copied for one edit.
        self.model = nil
        let pages = plan.pages(in: model.site.project)
        let documents = plan.documents.sorted()
        let before = PageListing.of(documents, in: model.site)
        for index in documents {
            reload(index, source: plan.sources.contains(index), site: &model.site)
        }
        let after = PageListing.of(documents, in: model.site)
        pending = pending.merged(with: PageListing.invalidation(pages, before: before, after: after, site: model.site))
        self.model = model
        return finish(wasFullReload: false)
    }

    /// Loads and renders everything document by document, as `tolk build` does.
    private mutating func fullReload(_ views: [SiteView]) -> Update {
        let rendered = SiteBuild.render(root: root, profile: profile, views: views)
        problems = Dictionary(grouping: rendered.diagnostics) { $0.location?.file ?? "" }
        pending = .everything
        fresh = [:]
        needsFullReload = rendered.value == nil
        if let value = rendered.value { model = value }
        return finish(wasFullReload: true)
    }

    /// Hands out the model, with the whole text of its pending pages, when the project has no errors.
    private mutating func finish(wasFullReload: Bool) -> Update {
        let diagnostics = self.diagnostics
        guard !diagnostics.hasErrors, !needsFullReload, let model else {
            return Update(prepared: nil, invalidation: .nothing, diagnostics: diagnostics, wasFullReload: wasFullReload)
        }
        defer {
            pending = .nothing
            fresh = [:]
        }
        var site = model.site
        site.catalog = site.catalog.overlaid(with: fresh.values.flatMap { $0.map { ($0.key, $0.value) } })
        return Update(prepared: SiteBuild.Prepared(site: site, theme: model.theme), invalidation: pending,
                      diagnostics: diagnostics, wasFullReload: wasFullReload)
    }

    /// Reloads one document's source (when it changed) and its translations in every language:
    /// its page is rendered again in all of them, from `fresh`. A file with errors keeps its
    /// previous version in the model; its errors block rendering until it is fixed (and this
    /// document is reloaded again).
    private mutating func reload(_ index: Int, source: Bool, site: inout LocalizedSite) {
        if source {
            let old = site.project.documents[index]
            let loaded = ProjectLoader.loadFile(path: old.path, slug: Self.slug(of: old), kind: Self.kind(of: old), root: root,
                                                 variables: Set(site.project.config.variableValues.keys))
            let diagnostics = loaded.diagnostics
            problems[old.path] = diagnostics.isEmpty ? nil : diagnostics
            if let document = loaded.value, !diagnostics.hasErrors { site.project.documents[index] = document }
        }
        let document = site.project.documents[index]
        let kept = SiteRenderer.unitsForSitePages(of: document)
        var whole: [String: LocalizedDocument] = [:]
        for settings in site.project.config.targetLanguages {
            let language = settings.tag
            let loaded = SiteBuild.buildSeverity(TranslationCatalogLoader.localize(document, language: language, project: site.project))
            let path = site.project.translationPath(of: document, language: language)
            problems[path] = loaded.diagnostics.isEmpty ? nil : loaded.diagnostics
            guard !loaded.diagnostics.hasErrors else { continue }
            // The check stage, as in `tolk build`: findings withhold the page, they do not stop the preview.
            let checked = CheckedDocument.check(loaded, language: settings, variables: site.project.config.variableValues,
                                                minState: site.project.config.publish.minState)
            site.catalog.replace(index, language: language, with: checked.localized.keepingUnits(kept))
            whole[language] = checked.localized
            if let page = LocalizedSite.pageID(of: document) {
                site.availability[language, default: [:]][page] = LocalizedSite.decide(checked, policy: site.project.config.publish)
            }
        }
        fresh[index] = whole
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
    /// Indexes of the documents whose source or translations changed.
    var documents: Set<Int> = []
    /// Indexes of documents whose source changed.
    var sources: Set<Int> = []

    init?(_ changes: Set<IncrementalChange>, project: Project, root: URL) {
        // By index, not by element: a copy of each of 5,000 documents was a tenth of an edit.
        let byPath = Dictionary(project.documents.indices.map { (project.documents[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        let targets = Set(project.config.targetLanguages.map(\.tag))
        var byTranslation: [String: Int] = [:]
        for change in changes {
            switch change {
            case .source(let path):
                // A new or deleted file changes the document list: that is a full reload.
                guard let index = byPath[path], FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) else { return nil }
                sources.insert(index)
                documents.insert(index)
            case .translation(let language, let path):
                guard targets.contains(language) else { return nil }
                if byTranslation.isEmpty {
                    for index in project.documents.indices {
                        for target in targets { byTranslation[project.translationPath(of: project.documents[index], language: target)] = index }
                    }
                }
                // An .xlf file without a source is an orphan: a warning a full load reports.
                guard let index = byTranslation[path] else { return nil }
                documents.insert(index)
            case .none:
                continue
            case .everything:
                return nil
            }
        }
    }

    /// The pages of the touched documents.
    func pages(in project: Project) -> Set<PageID> {
        Set(documents.compactMap { LocalizedSite.pageID(of: project.documents[$0]) })
    }
}
