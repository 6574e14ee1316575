import Foundation

/// One rendering of the site by `SiteRenderer.renderByDocument`, into its own sink: the
/// reader's (what `tolk build` writes), or the translator view of `tolk serve`
/// (`includeWithheld`), where every page is rendered in every language, withheld or not, so
/// missing and stale blocks can be seen in context.
public struct SiteView: Sendable {
    public var options: RenderOptions
    /// Renders pages even where they are not published (handouts stay for published pages).
    public var includeWithheld: Bool
    public var sink: OutputSink

    public init(options: RenderOptions, includeWithheld: Bool = false, into sink: OutputSink) {
        self.options = options
        self.includeWithheld = includeWithheld
        self.sink = sink
    }
}

/// What one view renders with: its page and handout renderers and interface strings (the
/// translator view's are marked for the workbench), made once per render by document.
struct ViewRenderer: Sendable {
    let pages: SiteRenderer
    let handouts: HandoutRenderer
    let interface: [String: InterfaceText]
    let includeWithheld: Bool
    let sink: OutputSink

    init(_ view: SiteView, site: LocalizedSite, theme: Theme, handoutTheme: HandoutTheme, dates: [String: String]) {
        pages = SiteRenderer(site: site, theme: theme, options: view.options)
        interface = pages.interfaceTexts()
        handouts = HandoutRenderer(site: site, theme: handoutTheme, interface: interface, dates: dates)
        includeWithheld = view.includeWithheld
        sink = view.options.fileLinks ? FileLinksSink(inner: view.sink) : view.sink
    }

    /// A document's page in every language: where published with its handouts, elsewhere the
    /// short page that says it is being translated or updated (printed QR codes point there),
    /// or with `includeWithheld` the page itself.
    func render(_ document: SourceDocument, page: PageID, slice: LocalizedSite, qrCodes: QRCodeCache,
                into sink: OutputSink) throws {
        var pages = self.pages
        pages.site = slice
        var handouts = self.handouts
        handouts.site = slice
        handouts.qrCodes = qrCodes
        handouts.sourceCells = SourceCellCache()
        for language in slice.project.config.languages {
            let strings = interface[language.tag]!
            guard slice.availability[language.tag]?[page]?.isPublished == true else {
                if includeWithheld {
                    try pages.renderPage(page, document: document, language: language, strings: strings, into: sink)
                } else {
                    try pages.renderWithheldPage(page, document: document, language: language, strings: strings, into: sink)
                }
                continue
            }
            try pages.renderPage(page, document: document, language: language, strings: strings, into: sink)
            for job in HandoutRenderer.jobs(of: document, language: language, in: slice) {
                let file = handouts.handoutPaths.file(job.page, language: language.tag, bilingual: job.bilingual)
                try sink.write(file, Data(handouts.handout(job.page, document: document, language: language, bilingual: job.bilingual).utf8))
            }
        }
    }

    /// The pages about other pages, from `site` (whose catalog holds what they need): the
    /// language indexes, the chooser, 404, sitemap, robots.txt, assets and the program pages.
    func renderSitePages(of site: LocalizedSite, into sink: OutputSink) throws {
        var pages = self.pages
        pages.site = site
        var programs = handouts
        programs.site = site
        // The site files (the sitemap the longest of them) and the program pages beside the
        // language indexes, all on every core: after the last document job they are what a
        // one-edit rebuild waits for.
        let languages = site.project.config.languages
        let errors = ResultSlots<Error>(count: languages.count + 2)
        let (pageSet, programSet, interface) = (pages, programs, self.interface)
        DispatchQueue.concurrentPerform(iterations: languages.count + 2) { index in
            do {
                switch index {
                case 0: try pageSet.renderSiteFiles(interface: interface, into: sink)
                case 1: try ProgramPage(renderer: programSet, theme: pageSet.theme, options: pageSet.options).render(into: sink)
                default: try pageSet.render([(languages[index - 2], nil, nil)], interface: interface, into: sink)
                }
            } catch {
                errors[index] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
    }
}
