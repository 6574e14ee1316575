import Foundation

/// Files a partial render wrote and the page files it found no longer published.
public struct PartialRender: Sendable {
    /// Rendered files by site-relative path.
    public var files: [String: Data]
    /// Paths of pages that are no longer in the site (withheld since the last render).
    public var removed: Set<String>
    /// True when `files` is the whole site: every path not in it is gone.
    public var isComplete: Bool
}

extension SiteRenderer {
    /// Renders what `invalidation` names: the whole site, or some pages in every language with
    /// their handouts, and what lists them as far as it changed: language indexes (titles and
    /// availability), the program pages (for exercises) and the sitemap (alternates). The language chooser, 404,
    /// robots.txt, assets and images depend on nothing a single page changes, so they are left
    /// as they were.
    ///
    /// With `includeWithheld` (the translator view) pages are rendered in every language even
    /// when they are not published, so missing and stale blocks can be seen in context.
    public func render(_ invalidation: Invalidation, includeWithheld: Bool = false) throws -> PartialRender {
        let tree = OutputTree()
        switch invalidation {
        case .nothing:
            return PartialRender(files: [:], removed: [], isComplete: false)
        case .everything:
            if includeWithheld {
                let pages = Set(site.project.documents.compactMap(LocalizedSite.pageID(of:)))
                _ = try renderPages(pages, indexes: Set(site.project.config.languages.map(\.tag)), includeWithheld: true, into: tree)
                let interface = interfaceTexts()
                try renderSiteFiles(interface: interface, into: tree)
                try renderHandouts(interface: interface, into: tree)
            } else {
                try render(into: tree)
            }
            return PartialRender(files: tree.files, removed: [], isComplete: true)
        case .pages(let pages, let indexes, let sitemap):
            var removed = try renderPages(pages, indexes: indexes, includeWithheld: includeWithheld, into: tree)
            if !pages.isEmpty { removed.formUnion(try renderHandouts(of: pages, interface: interfaceTexts(), into: tree)) }
            // A video's subtitles that are no longer complete in a language are no longer served (see `VideoPage`).
            for page in pages where page.kind == .video {
                for language in site.project.config.languages where tree[paths.subtitlesFile(page.slug, language: language.tag)] == nil {
                    removed.insert(paths.subtitlesFile(page.slug, language: language.tag))
                }
            }
            if sitemap { try tree.write("sitemap.xml", SitemapRenderer(site: site, paths: paths).render()) }
            return PartialRender(files: tree.files, removed: removed, isComplete: false)
        }
    }

    /// Renders `pages` in every language: where published as pages (in all, with
    /// `includeWithheld`), elsewhere as the "being translated" page; and the indexes of
    /// `indexes`, in parallel. Returns nothing removed: a page's URL always answers.
    private func renderPages(_ pages: Set<PageID>, indexes: Set<String>, includeWithheld: Bool, into sink: OutputSink) throws -> Set<String> {
        let config = site.project.config
        let all = site.project.documents
        let documents = all.indices.compactMap { index in
            LocalizedSite.pageID(of: all[index]).flatMap { pages.contains($0) ? ($0, all[index]) : nil }
        }
        var jobs: [Job] = []
        let removed: Set<String> = []
        for language in config.languages {
            if indexes.contains(language.tag) { jobs.append((language, nil, nil)) }
            for (page, document) in documents {
                jobs.append((language, page, document))
            }
        }
        try render(jobs, interface: interfaceTexts(), includeWithheld: includeWithheld, into: sink)
        return removed
    }

    /// The handouts of `pages` where published, and every language's program page when an
    /// exercise is among them; returns the
    /// handout files of pages no longer published.
    private func renderHandouts(of pages: Set<PageID>, interface: [String: InterfaceText], into sink: OutputSink) throws -> Set<String> {
        let handoutTheme = try HandoutTheme.load(projectRoot: site.project.root, theme: theme)
        let renderer = HandoutRenderer(site: site, theme: handoutTheme, interface: interface,
                                       dates: SourceDates.load(projectRoot: site.project.root))
        let jobs = HandoutRenderer.jobs(of: site, pages: pages)
        let files = jobs.map { renderer.handoutPaths.file($0.page, language: $0.language.tag, bilingual: $0.bilingual) }
        let errors = ResultSlots<Error>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            do {
                try sink.write(files[index], Data(renderer.handout(job.page, document: job.document, language: job.language, bilingual: job.bilingual).utf8))
            } catch {
                errors[index] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
        // The program pages list exercises only: a topic's edit leaves them as they were.
        if pages.contains(where: { $0.kind == .exercise }) {
            try ProgramPage(renderer: renderer, theme: theme, options: options).render(into: sink)
        }
        let written = Set(files)
        var removed: Set<String> = []
        for page in pages {
            for language in site.project.config.languages {
                for bilingual in language.tag == site.project.config.sourceLanguage ? [false] : [false, true] {
                    let file = renderer.handoutPaths.file(page, language: language.tag, bilingual: bilingual)
                    if !written.contains(file) { removed.insert(file) }
                }
            }
        }
        return removed
    }

}
