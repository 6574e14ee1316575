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
    /// Each document's translation in each language goes through the check stage
    /// (`CheckedDocument.check`, the checks of `tolk check`) before the publishing decision, so
    /// a page with a changed number or a broken code is withheld like a stale one; a
    /// translation file that cannot be read withholds its page in that language. Interface
    /// strings with such findings are shown in the source language.
    /// - Returns: the site the site-wide pages were rendered from (its catalog holds only what
    ///   they need; its availability says what was withheld and why); and the loading
    ///   diagnostics in catalog order: language by language, documents in project order.
    ///
    /// With `reusing` (an incremental `tolk build`), a topic whose inputs are unchanged is
    /// neither loaded nor checked nor rendered: its files are taken over from the previous
    /// output, and its availability, loading diagnostics, title and summary from the cache
    /// (`CachedDocumentLoad`). Other documents with unchanged inputs are loaded and checked,
    /// and only their files taken over.
    public static func renderByDocument(project: Project, theme: Theme, options: RenderOptions = RenderOptions(),
                                        translations: TranslationSource, reusing previous: ReusedOutputs? = nil,
                                        into output: OutputSink) throws -> Staged<LocalizedSite> {
        let sink: OutputSink = options.fileLinks ? FileLinksSink(inner: output) : output
        let config = project.config
        let targets = config.targetLanguages
        let profiles = targets.map(CheckLanguage.init)
        let documents = project.documents
        let pageIndexes = documents.indices.filter { LocalizedSite.pageID(of: documents[$0]) != nil }
        let loads = ResultSlots<DocumentLoad>(count: documents.count)

        // Interface strings first: every page needs them.
        for index in documents.indices where LocalizedSite.pageID(of: documents[index]) == nil {
            loads[index] = DocumentLoad(check(documents[index], in: targets, profiles: profiles, minState: config.publish.minState,
                                              translations: translations), keeping: nil, availability: [:])
        }
        let strings = loads.values.compactMap { $0 }
        let base = LocalizedSite(project: project, catalog: catalog(strings.map(\.documents), languages: targets), availability: [:])
        let pages = SiteRenderer(site: base, theme: theme, options: options)
        let interface = pages.interfaceTexts()
        let handouts = HandoutRenderer(site: base, theme: try HandoutTheme.load(projectRoot: project.root, theme: theme),
                                       interface: interface, dates: SourceDates.load(projectRoot: project.root))

        let errors = ResultSlots<Error>(count: pageIndexes.count)
        DispatchQueue.concurrentPerform(iterations: pageIndexes.count) { job in
            let document = documents[pageIndexes[job]]
            let page = LocalizedSite.pageID(of: document)!
            // Unchanged since the last build: its files and what its check decided are taken over.
            if let previous, let cached = previous.reuse(document, page: page, languages: targets) {
                loads[pageIndexes[job]] = cached
                return
            }
            let checked = check(document, in: targets, profiles: profiles, minState: config.publish.minState, translations: translations)
            var availability = [config.sourceLanguage: [page: PageAvailability.published(unreviewed: false)]]
            for (language, document) in zip(targets, checked) {
                availability[language.tag] = [page: LocalizedSite.decide(document, policy: config.publish)]
            }
            // What the site-wide pages need of this document is all that outlives this job.
            let load = DocumentLoad(checked, keeping: SiteRenderer.unitsForSitePages(of: document), availability: availability)
            loads[pageIndexes[job]] = load
            let slice = LocalizedSite(project: project, catalog: catalog(strings.map(\.documents) + [checked.map(\.localized)], languages: targets),
                                      availability: availability)
            if let previous, previous.reuseFiles(of: document) { return }
            do {
                let recording = RecordingSink(inner: sink)
                try render(document, page: page, slice: slice, pages: pages, handouts: handouts, interface: interface, into: recording)
                previous?.rendered(document, paths: recording.paths, load: CachedDocumentLoad(load, of: document, page: page))
            } catch {
                errors[job] = error
            }
        }
        let all = loads.values.compactMap { $0 }
        let diagnostics = targets.indices.flatMap { language in all.flatMap { $0.loading[language] } }
        if let error = errors.values.compactMap({ $0 }).first { throw error }

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

    /// The check stage of one document in every target language; the languages share what the
    /// checks read of the source.
    private static func check(_ document: SourceDocument, in targets: [LanguageSettings], profiles: [CheckLanguage],
                              minState: TranslationState, translations: TranslationSource) -> [CheckedDocument] {
        var sources: [CheckSource] = []
        return targets.indices.map { index in
            CheckedDocument.check(translations(document, targets[index]), language: targets[index], profile: profiles[index],
                                  minState: minState, sources: &sources)
        }
    }

    /// A document's page in every language: where published with its handouts, elsewhere the
    /// short page that says it is being translated or updated (printed QR codes point there).
    private static func render(_ document: SourceDocument, page: PageID, slice: LocalizedSite, pages: SiteRenderer,
                               handouts: HandoutRenderer, interface: [String: InterfaceText], into sink: OutputSink) throws {
        var pages = pages
        pages.site = slice
        var handouts = handouts
        handouts.site = slice
        handouts.qrCodes = QRCodeCache()
        handouts.sourceCells = SourceCellCache()
        for language in slice.project.config.languages {
            guard slice.availability[language.tag]?[page]?.isPublished == true else {
                try pages.renderWithheldPage(page, document: document, language: language, strings: interface[language.tag]!, into: sink)
                continue
            }
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

/// What outlives a document's job: its translations reduced to what the site-wide pages
/// need, what loading reported per target language, and its availability per language.
struct DocumentLoad {
    var documents: [LocalizedDocument]
    var loading: [[Diagnostic]]
    var availability: [String: [PageID: PageAvailability]]

    init(documents: [LocalizedDocument], loading: [[Diagnostic]], availability: [String: [PageID: PageAvailability]]) {
        self.documents = documents
        self.loading = loading
        self.availability = availability
    }

    init(_ checked: [CheckedDocument], keeping units: Set<String>?, availability: [String: [PageID: PageAvailability]]) {
        documents = checked.map { $0.localized.keepingUnits(units) }
        loading = checked.map(\.loading)
        self.availability = availability
    }
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
