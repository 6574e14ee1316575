import Foundation

/// What a build produced.
public struct BuildSummary: Sendable {
    /// Pages published per language tag (topics and exercises).
    public var publishedPages: [String: Int]
    /// Pages withheld per language tag.
    public var withheldPages: [String: Int]
    public var fileCount: Int
    public var output: URL?
}

/// The whole pipeline of `tolk build` and `tolk serve`: load → translations → publish → render.
public enum SiteBuild {
    /// Everything rendering needs, loaded and decided.
    public struct Prepared: Sendable {
        public var site: LocalizedSite
        public var theme: Theme
    }

    /// Loads the project, its translations and theme, and decides what is published.
    /// Returns nil when an error makes a build impossible (bad site.yml, a broken source or XLIFF file).
    public static func prepare(root: URL) -> Staged<Prepared?> {
        let loaded = ProjectLoader.load(at: root)
        var diagnostics = loaded.diagnostics
        guard let project = loaded.value else { return Staged(nil, diagnostics: diagnostics) }
        let catalog = TranslationCatalogLoader.load(project)
        diagnostics += catalog.diagnostics.map(buildSeverity)
        let theme = Theme.load(projectRoot: root)
        diagnostics += theme.diagnostics
        guard let theme = theme.value, !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        let site = LocalizedSite.decide(project, catalog: catalog.value)
        return Staged(Prepared(site: site, theme: theme), diagnostics: diagnostics)
    }

    /// A unit the source no longer has does not stop a build; a file that cannot be read does.
    static func buildSeverity(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.check == "unknown-unit" { diagnostic.severity = .warning }
        return diagnostic
    }

    /// Builds the site into `output` (default: site.yml's `output`, `_site`) atomically: the
    /// previous output is replaced only when everything was rendered, and only when
    /// `OutputGuard` allows it (a folder Tolk built, an empty folder or none). `finish` runs on the staging
    /// folder before the swap (PDFs are printed there) and returns how many files it added.
    ///
    /// Translations are loaded and rendered one document at a time (`SiteRenderer.renderByDocument`),
    /// so memory does not grow with the whole site's text; diagnostics are those of `prepare`.
    public static func build(root: URL, output: URL? = nil, options: RenderOptions = RenderOptions(),
                             finish: ((LocalizedSite, URL) -> Staged<Int>)? = nil) -> Staged<BuildSummary?> {
        let loaded = ProjectLoader.load(at: root)
        guard let project = loaded.value else { return Staged(nil, diagnostics: loaded.diagnostics) }
        // The output is replaced as a whole: refuse before anything is read or written.
        let target = output ?? root.appendingPathComponent(project.config.output)
        let setting = output == nil ? "`output: \(project.config.output)` in Site/site.yml" : "--output"
        if let refusal = OutputGuard.refusal(toReplace: target, projectRoot: root, setting: setting) {
            return Staged(nil, diagnostics: loaded.diagnostics + [refusal])
        }
        let theme = Theme.load(projectRoot: root)
        guard let themeValue = theme.value else {
            // Nothing can be rendered; load the translations anyway to report every problem at once.
            let catalog = TranslationCatalogLoader.load(project)
            return Staged(nil, diagnostics: loaded.diagnostics + catalog.diagnostics.map(buildSeverity) + theme.diagnostics)
        }
        let directory = AtomicDirectory(target: target)
        var diagnostics = loaded.diagnostics
        // Orphaned translation files are looked for while rendering, not after it on one core.
        let orphans = ResultSlots<[Diagnostic]>(count: 1)
        let lookingForOrphans = DispatchGroup()
        DispatchQueue.global().async(group: lookingForOrphans) {
            orphans[0] = TranslationCatalogLoader.orphans(project, languages: project.config.targetLanguages.map(\.tag))
        }
        defer { lookingForOrphans.wait() }
        do {
            try directory.begin()
            try OutputGuard.writeMarker(in: directory.staging)
            let counter = CountingSink(inner: DirectorySink(folder: directory.staging))
            let rendered = try SiteRenderer.renderByDocument(project: project, theme: themeValue, options: options, translations: { document, language in
                let localized = TranslationCatalogLoader.localize(document, language: language.tag, project: project)
                return Staged(localized.value, diagnostics: localized.diagnostics.map(buildSeverity))
            }, into: counter)
            diagnostics += rendered.diagnostics
            lookingForOrphans.wait()
            diagnostics += orphans[0] ?? []
            diagnostics += theme.diagnostics
            guard let site = rendered.value, !diagnostics.hasErrors else {
                directory.abandon()
                return Staged(nil, diagnostics: diagnostics)
            }
            let finished = finish?(site, directory.staging) ?? Staged(0)
            try directory.commit()
            var summary = summarize(site)
            summary.fileCount = counter.count + finished.value
            summary.output = directory.target
            return Staged(summary, diagnostics: diagnostics + finished.diagnostics)
        } catch {
            directory.abandon()
            return Staged(nil, diagnostics: diagnostics + [
                .error("output", at: nil, "the site could not be written to \(target.path): \(error.localizedDescription)",
                       hint: "the previous output was left as it was")])
        }
    }

    /// Counts of published and withheld pages per language.
    public static func summarize(_ site: LocalizedSite) -> BuildSummary {
        var published: [String: Int] = [:]
        var withheld: [String: Int] = [:]
        for (language, pages) in site.availability {
            published[language] = pages.values.filter(\.isPublished).count
            withheld[language] = pages.values.filter { !$0.isPublished }.count
        }
        return BuildSummary(publishedPages: published, withheldPages: withheld, fileCount: 0, output: nil)
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
