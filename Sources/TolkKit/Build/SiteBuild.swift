import Foundation

/// What a build produced.
public struct BuildSummary: Sendable {
    /// A page not published in a language, and why.
    public struct Withheld: Sendable, Hashable {
        public var language: String
        public var page: PageID
        public var reason: Withholding
    }

    /// Pages published per language tag (topics and exercises).
    public var publishedPages: [String: Int]
    /// Pages withheld per language tag.
    public var withheldPages: [String: Int]
    /// Every withheld page, in site language order, then page order.
    public var withheld: [Withheld] = []
    public var fileCount: Int
    public var output: URL?

    /// The pages withheld because of error-level findings (not merely untranslated or stale):
    /// `tolk build --strict` fails on these.
    public var withheldForErrors: [Withheld] { withheld.filter { $0.reason.errorCount > 0 } }
}

/// The whole pipeline of `tolk build` and `tolk serve`:
/// load → translations → check → publish decision → render → write.
public enum SiteBuild {
    /// Everything rendering needs, loaded and decided.
    public struct Prepared: Sendable {
        public var site: LocalizedSite
        public var theme: Theme
    }

    /// Loads the project, its translations and theme, checks the translations (the checks of
    /// `tolk check`) and decides what is published. The diagnostics are the project's, the
    /// theme's and what loading the translation files reported (not every check finding:
    /// those withhold pages, and `tolk check` lists them).
    /// Returns nil when an error makes a build impossible (bad site.yml, a broken source file or
    /// template). A translation file that cannot be read withholds its page in its language.
    ///
    /// With profiles in site.yml, `profile` names the clinic (nil: the first profile).
    public static func prepare(root: URL, profile: String? = nil) -> Staged<Prepared?> {
        let loaded = ProjectLoader.load(at: root, profile: profile, defaultingToFirst: true)
        var diagnostics = loaded.diagnostics
        guard let project = loaded.value else { return Staged(nil, diagnostics: diagnostics) }
        let checked = Checker.load(project, minState: project.config.publish.minState)
        let theme = Theme.load(projectRoot: root)
        // In the order `build` reports them: project, translations, orphans, theme.
        diagnostics += translationDiagnostics(checked) + theme.diagnostics
        guard let themeValue = theme.value, !loaded.diagnostics.hasErrors, !theme.diagnostics.hasErrors else {
            return Staged(nil, diagnostics: diagnostics)
        }
        let site = LocalizedSite.decide(project, checked: checked.value)
        return Staged(Prepared(site: site, theme: themeValue), diagnostics: diagnostics)
    }

    /// What loading the translation files reported, language by language, then orphans.
    static func translationDiagnostics(_ checked: Staged<CheckedCatalog>) -> [Diagnostic] {
        checked.value.order.flatMap { tag in (checked.value.languages[tag] ?? []).flatMap(\.loading) }.map(buildSeverity)
            + checked.diagnostics
    }

    /// A unit the source no longer has does not stop a build or withhold a page.
    static func buildSeverity(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.check == "unknown-unit" { diagnostic.severity = .warning }
        return diagnostic
    }

    /// `buildSeverity` over what loading one translation file reported.
    static func buildSeverity(_ loaded: Staged<LocalizedDocument>) -> Staged<LocalizedDocument> {
        Staged(loaded.value, diagnostics: loaded.diagnostics.map(buildSeverity))
    }

    /// Builds the site into `output` (default: site.yml's `output`, `_site`) atomically: the
    /// previous output is replaced only when everything was rendered, and only when
    /// `OutputGuard` allows it (a folder Tolk built, an empty folder or none). `finish` runs on the staging
    /// folder before the swap (PDFs are printed there) and returns how many files it added.
    ///
    /// Translations are loaded, checked and rendered one document at a time
    /// (`SiteRenderer.renderByDocument`), so memory does not grow with the whole site's text;
    /// diagnostics are those of `prepare`.
    ///
    /// With `cache`, documents whose inputs are unchanged since the last build into the same
    /// output are not rendered again: their files are taken over from the current output
    /// (`BuildCache`, `ReusedOutputs`); the result is the same as a build without it.
    ///
    /// `keeping`, when given, is handed the build's large values (the project, the site, the
    /// caches) instead of their being freed here: a command about to exit keeps them, and the
    /// system reclaims the memory at once (freeing 5,000 documents object by object is a tenth
    /// of a one-edit rebuild).
    public static func build(root: URL, output: URL? = nil, options: RenderOptions = RenderOptions(),
                             profile: String? = nil, cache: BuildCacheSettings? = nil, keeping: ((Any) -> Void)? = nil,
                             finish: ((LocalizedSite, URL) -> Staged<Int>)? = nil) -> Staged<BuildSummary?> {
        // With the cache, sources unchanged since the last build are not parsed again
        // (`SourceCache`). The cache is written once the output may be replaced (a refused build
        // changes nothing), while the site is built; a warning if it cannot be comes last.
        let sources = cache.map { SourceCache(root: root, settings: $0) }
        let loaded = ProjectLoader.load(at: root, profile: profile, sources: sources)
        let saved = ResultSlots<[Diagnostic]>(count: 1)
        let saving = DispatchGroup()
        var built = build(loaded, root: root, output: output, options: options, profile: profile, cache: cache, keeping: keeping,
                          finish: finish) {
            if let sources { DispatchQueue.global().async(group: saving) { saved[0] = sources.save() } }
        }
        saving.wait()
        built.diagnostics += saved[0] ?? []
        keeping?(loaded)
        if let sources { keeping?(sources) }
        return built
    }

    /// `build` of the project as loaded; `allowed` runs once the output may be replaced and is locked.
    private static func build(_ loaded: Staged<Project?>, root: URL, output: URL?, options: RenderOptions, profile: String?,
                              cache: BuildCacheSettings?, keeping: ((Any) -> Void)?, finish: ((LocalizedSite, URL) -> Staged<Int>)?,
                              allowed: () -> Void) -> Staged<BuildSummary?> {
        guard let project = loaded.value else { return Staged(nil, diagnostics: loaded.diagnostics) }
        // The output is replaced as a whole: refuse before anything is read or written.
        let target = output ?? root.appendingPathComponent(project.config.output)
        let setting = output == nil ? "`output: \(project.config.output)` in Site/site.yml" : "--output"
        if let refusal = OutputGuard.refusal(toReplace: target, projectRoot: root, setting: setting) {
            return Staged(nil, diagnostics: loaded.diagnostics + [refusal])
        }
        // One build at a time per output: two at once would each remove the other's staging
        // folder as a leftover, or swap in their trees in an order nobody chose.
        let locked = BuildLock.acquire(for: target)
        guard let lock = locked.value else { return Staged(nil, diagnostics: loaded.diagnostics + locked.diagnostics) }
        defer { lock.release() }
        allowed()
        let theme = Theme.load(projectRoot: root)
        guard let themeValue = theme.value, !loaded.diagnostics.hasErrors else {
            // Nothing can be rendered; load the translations anyway to report every problem at once.
            let catalog = TranslationCatalogLoader.load(project)
            return Staged(nil, diagnostics: loaded.diagnostics + catalog.diagnostics.map(buildSeverity) + theme.diagnostics)
        }
        let directory = AtomicDirectory(target: target)
        var diagnostics = loaded.diagnostics
        let orphans = OrphanSearch(project)
        defer { _ = orphans.wait() }
        do {
            let reused = cache.map { CachedBuild.prepare(project: project, profile: profile, options: options, settings: $0,
                                                         output: directory.target, staging: directory.staging, spareFolder: directory.spare) }
            // Its file hash cache is written while the site renders: never left half written by a failed build.
            defer { reused?.waitForHashes() }
            let fromSpare = try directory.begin(fromSpare: reused?.outputs.hasSpare ?? false)
            reused?.outputs.begin(fromSpare: fromSpare)
            try OutputGuard.writeMarker(in: directory.staging)
            let counter = CountingSink(inner: DirectorySink(folder: directory.staging))
            let rendered = try SiteRenderer.renderByDocument(project: project, theme: themeValue, options: options, translations: translations(of: project), reusing: reused?.outputs, into: counter)
            // Translation files that cannot be read withhold their pages; they do not stop the build.
            diagnostics += rendered.diagnostics
            reused?.outputs.removeUnclaimedSpareFiles()
            diagnostics += orphans.wait()
            diagnostics += theme.diagnostics
            let site = rendered.value
            keeping?(site)
            if let reused { keeping?(reused) }
            guard !theme.diagnostics.hasErrors else {
                directory.abandon()
                return Staged(nil, diagnostics: diagnostics)
            }
            let finished = finish?(site, directory.staging) ?? Staged(0)
            // A build that prints PDFs (`finish`) keeps no spare: its PDFs are its own files, not
            // links, so a spare would hold a second set of them, and they are printed again anyway.
            let keepOld = finish == nil && (reused?.canKeepOldOutput ?? false)
            try directory.commit(keepingOld: keepOld)
            var summary = summarize(site)
            summary.fileCount = counter.count + (reused?.outputs.reusedFiles ?? 0) + finished.value
            summary.output = directory.target
            let saved = reused.map { $0.save(projectRoot: root, keptOldOutput: keepOld) } ?? []
            return Staged(summary, diagnostics: diagnostics + finished.diagnostics + saved)
        } catch {
            directory.abandon()
            // A file of the site: its path in the output and the system's reason ("No space left on device").
            let why = (error as? AtomicFile.WriteError).map { "\($0.path): \($0.reason)" } ?? error.localizedDescription
            return Staged(nil, diagnostics: diagnostics + [
                .error("output", at: nil, "the site could not be written to \(target.path): \(why)",
                       hint: "the previous output was left as it was")])
        }
    }

    /// Counts of published and withheld pages per language, and every withheld page with why.
    public static func summarize(_ site: LocalizedSite) -> BuildSummary {
        var published: [String: Int] = [:]
        var withheldCount: [String: Int] = [:]
        for (language, pages) in site.availability {
            published[language] = pages.values.filter(\.isPublished).count
            withheldCount[language] = pages.values.filter { !$0.isPublished }.count
        }
        let withheld = site.project.config.languages.flatMap { language in
            site.withheldPages(language: language.tag).map { BuildSummary.Withheld(language: language.tag, page: $0.page, reason: $0.reason) }
        }
        return BuildSummary(publishedPages: published, withheldPages: withheldCount, withheld: withheld, fileCount: 0, output: nil)
    }
}

/// Passes files on and counts them.
final class CountingSink: OutputSink, @unchecked Sendable {
    let inner: OutputSink
    private let lock = NSLock()
    private var written = 0

    init(inner: OutputSink) { self.inner = inner }

    var count: Int { lock.withLock { written } }

    func write(_ path: String, _ data: Data) throws {
        try inner.write(path, data)
        lock.withLock { written += 1 }
    }
}
