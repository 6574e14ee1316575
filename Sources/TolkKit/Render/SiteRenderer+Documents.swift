import Foundation

/// Rendering a whole site one document at a time: a document's translations are loaded, its
/// pages and handouts rendered in every language, and then only what the site-wide pages need
/// is kept (titles and summaries for the language indexes, exercises whole for the program
/// pages). A build's memory then follows the documents in flight, not the size of the site,
/// and each document's text is still in the cache when its handouts are rendered.
extension SiteRenderer {
    /// Loads a document's translations in one target language, with what loading reported.
    public typealias TranslationSource = @Sendable (SourceDocument, LanguageSettings) -> Staged<LocalizedDocument>

    /// Renders every file of `project` into `sink`: pages and handouts document by document on
    /// all cores, then the language indexes, program pages, chooser, 404, sitemap and assets.
    ///
    /// Once loading reports an error nothing more is rendered (the caller abandons the output),
    /// but every document is still loaded, so one run reports every problem.
    /// - Returns: the site the site-wide pages were rendered from (its catalog holds only what
    ///   they need), or nil after an error; and the loading diagnostics in catalog order:
    ///   language by language, documents in project order.
    public static func renderByDocument(project: Project, theme: Theme, options: RenderOptions = RenderOptions(),
                                        translations: TranslationSource, into sink: OutputSink) throws -> Staged<LocalizedSite?> {
        let config = project.config
        let targets = config.targetLanguages
        let documents = project.documents
        let pageIndexes = documents.indices.filter { LocalizedSite.pageID(of: documents[$0]) != nil }
        let loads = ResultSlots<DocumentLoad>(count: documents.count)

        // Interface strings first: every page needs them.
        for index in documents.indices where LocalizedSite.pageID(of: documents[index]) == nil {
            loads[index] = DocumentLoad(translations: targets.map { translations(documents[index], $0) }, availability: [:])
        }
        let strings = loads.values.compactMap { $0 }
        let stop = StopSignal(stopped: strings.contains { $0.hasErrors })
        let base = LocalizedSite(project: project, catalog: catalog(strings.map(\.documents), languages: targets), availability: [:])
        let pages = SiteRenderer(site: base, theme: theme, options: options)
        let interface = pages.interfaceTexts()
        let handouts = HandoutRenderer(site: base, theme: try HandoutTheme.load(projectRoot: project.root, theme: theme),
                                       interface: interface, dates: SourceDates.load(projectRoot: project.root))

        let errors = ResultSlots<Error>(count: pageIndexes.count)
        DispatchQueue.concurrentPerform(iterations: pageIndexes.count) { job in
            let document = documents[pageIndexes[job]]
            let page = LocalizedSite.pageID(of: document)!
            let loaded = targets.map { translations(document, $0) }
            var availability = [config.sourceLanguage: [page: PageAvailability.published(unreviewed: false)]]
            for (language, localized) in zip(targets, loaded) {
                availability[language.tag] = [page: LocalizedSite.decide(localized.value, policy: config.publish)]
            }
            // What the site-wide pages need of this document is all that outlives this job.
            loads[pageIndexes[job]] = DocumentLoad(
                translations: loaded.map { Staged($0.value.keepingUnits(SiteRenderer.unitsForSitePages(of: document)), diagnostics: $0.diagnostics) },
                availability: availability)
            if loaded.contains(where: { $0.diagnostics.hasErrors }) { stop.stop() }
            guard !stop.isStopped else { return }
            let slice = LocalizedSite(project: project, catalog: catalog(strings.map(\.documents) + [loaded.map(\.value)], languages: targets),
                                      availability: availability)
            do {
                try render(document, page: page, slice: slice, pages: pages, handouts: handouts, interface: interface, into: sink)
            } catch {
                errors[job] = error
            }
        }
        let all = loads.values.compactMap { $0 }
        let diagnostics = targets.indices.flatMap { language in all.flatMap { $0.translations[language].diagnostics } }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
        guard !stop.isStopped else { return Staged(nil, diagnostics: diagnostics) }

        var availability: [String: [PageID: PageAvailability]] = [:]
        for load in all {
            for (language, pages) in load.availability { availability[language, default: [:]].merge(pages) { first, _ in first } }
        }
        let site = LocalizedSite(project: project, catalog: catalog(all.map(\.documents), languages: targets), availability: availability)
        var sitePages = pages
        sitePages.site = site
        var programs = handouts
        programs.site = site
        try sitePages.render(config.languages.map { ($0, nil, nil) }, interface: interface, into: sink)
        try sitePages.renderSiteFiles(interface: interface, into: sink)
        try ProgramPage(renderer: programs, theme: theme, options: options).render(into: sink)
        return Staged(site, diagnostics: diagnostics)
    }

    /// A document's pages in every language it is published in, each with its handouts.
    private static func render(_ document: SourceDocument, page: PageID, slice: LocalizedSite, pages: SiteRenderer,
                               handouts: HandoutRenderer, interface: [String: InterfaceText], into sink: OutputSink) throws {
        var pages = pages
        pages.site = slice
        var handouts = handouts
        handouts.site = slice
        handouts.qrCodes = QRCodeCache()
        handouts.sourceCells = SourceCellCache()
        for language in slice.project.config.languages where slice.availability[language.tag]?[page]?.isPublished == true {
            try pages.renderPage(page, document: document, language: language, strings: interface[language.tag]!, into: sink)
            for job in HandoutRenderer.jobs(of: document, language: language, in: slice) {
                let file = handouts.handoutPaths.file(job.page, language: language.tag, bilingual: job.bilingual)
                try sink.write(file, Data(handouts.handout(job.page, document: document, language: language, bilingual: job.bilingual).utf8))
            }
        }
    }

    /// The units of a document that pages about other pages show: a topic's title and summary
    /// on the language indexes; every unit of an exercise (the program pages print them whole)
    /// and of the interface strings. Nil means every unit.
    static func unitsForSitePages(of document: SourceDocument) -> Set<String>? {
        guard case .topic(let topic) = document.content else { return nil }
        return Set([topic.titleUnit] + (topic.summaryUnit.map { [$0] } ?? []))
    }

    /// A catalog of documents, each given in every target language (in `languages` order).
    private static func catalog(_ documents: [[LocalizedDocument]], languages: [LanguageSettings]) -> TranslationCatalog {
        var byLanguage: [String: [LocalizedDocument]] = [:]
        for (index, language) in languages.enumerated() { byLanguage[language.tag] = documents.map { $0[index] } }
        return TranslationCatalog(languages: byLanguage)
    }
}

/// One document's translations in every target language and its availability per language.
private struct DocumentLoad {
    var translations: [Staged<LocalizedDocument>]
    var availability: [String: [PageID: PageAvailability]]

    var documents: [LocalizedDocument] { translations.map(\.value) }
    var hasErrors: Bool { translations.contains { $0.diagnostics.hasErrors } }
}

/// Set once loading has reported an error: rendering stops, loading goes on.
private final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped: Bool

    init(stopped: Bool) { self.stopped = stopped }

    var isStopped: Bool { lock.withLock { stopped } }
    func stop() { lock.withLock { stopped = true } }
}

extension LocalizedDocument {
    /// The document with only the units of `ids` (all when nil), and no unknown units.
    func keepingUnits(_ ids: Set<String>?) -> LocalizedDocument {
        guard let ids else { return self }
        var kept = self
        kept.units = units.filter { ids.contains($0.unit.id) }
        kept.unknownUnits = []
        return kept
    }
}
