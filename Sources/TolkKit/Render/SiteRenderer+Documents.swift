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
    /// and only their files taken over. The site-wide pages are taken over too when what they
    /// show of every page is unchanged (`SitePagesKey`).
    public static func renderByDocument(project: Project, theme: Theme, options: RenderOptions = RenderOptions(),
                                        translations: @escaping TranslationSource, reusing previous: ReusedOutputs? = nil,
                                        into output: OutputSink) throws -> Staged<LocalizedSite> {
        try renderByDocument(project: project, theme: theme, views: [SiteView(options: options, into: output)],
                             translations: translations, reusing: previous)
    }

    /// `renderByDocument` into several views at once (the preview's reader and translator
    /// views): each document's translations are loaded and checked once for all of them.
    /// A build cache (`reusing`) records the files of one view only.
    public static func renderByDocument(project: Project, theme: Theme, views: [SiteView], translations: @escaping TranslationSource,
                                        reusing previous: ReusedOutputs? = nil) throws -> Staged<LocalizedSite> {
        precondition(previous == nil || views.count == 1, "a build cache records the files of one view")
        let config = project.config
        let targets = config.targetLanguages
        let profiles = targets.map { CheckLanguage($0, variables: config.variableValues) }
        let documents = project.documents
        let pageIndexes = documents.indices.filter { LocalizedSite.pageID(of: documents[$0]) != nil }
        let loads = ResultSlots<DocumentLoad>(count: documents.count)

        // A broken handout template stops the build before any document is checked.
        let handoutTheme = try HandoutTheme.load(projectRoot: project.root, theme: theme)
        // The interface strings, which every rendered page needs, and the renderers: made by the
        // first job that renders (`OnceValue`). A rebuild's jobs mostly take files over and need
        // neither, so they do not wait for them (made before the loop, they kept one core busy
        // for 60 ms while the other idled, in a one-edit rebuild at 5,000 topics).
        let shared = OnceValue { () -> (strings: [DocumentLoad], renderers: [ViewRenderer]) in
            // Other jobs fill their slots of `loads` meanwhile: the strings are gathered here.
            var strings: [DocumentLoad] = []
            for index in documents.indices where LocalizedSite.pageID(of: documents[index]) == nil {
                let load = DocumentLoad(check(documents[index], in: targets, profiles: profiles, minState: config.publish.minState,
                                              translations: translations), keeping: nil, availability: [:])
                loads[index] = load
                strings.append(load)
            }
            let base = LocalizedSite(project: project, catalog: catalog(strings.map(\.documents), languages: targets), availability: [:])
            // With a build cache, the dates its keys were made with (one `git log` per build, not two).
            let dates = previous?.sourceDates ?? SourceDates.load(projectRoot: project.root)
            return (strings, views.map { ViewRenderer($0, site: base, theme: theme, handoutTheme: handoutTheme, dates: dates) })
        }

        let errors = ResultSlots<Error>(count: pageIndexes.count)
        DispatchQueue.concurrentPerform(iterations: pageIndexes.count) { job in
            let document = documents[pageIndexes[job]]
            let page = LocalizedSite.pageID(of: document)!
            // Unchanged since the last build: its files and what its check decided are taken over.
            if let previous, let cached = previous.reuse(document, page: page, languages: targets) {
                loads[pageIndexes[job]] = cached
                previous.listed(document, page: page, load: cached)
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
            previous?.listed(document, page: page, load: load)
            if let previous, previous.reuseFiles(of: document) { return }
            do {
                let (strings, renderers) = try shared.value()
                let slice = LocalizedSite(project: project, catalog: catalog(strings.map(\.documents) + [checked.map(\.localized)], languages: targets),
                                          availability: availability)
                // A page's QR code is the same in every view.
                let qrCodes = QRCodeCache()
                let recording = previous.map { _ in RecordingSink(inner: renderers[0].sink) }
                for (index, view) in renderers.enumerated() {
                    try view.render(document, page: page, slice: slice, qrCodes: qrCodes, into: index == 0 ? recording ?? view.sink : view.sink)
                }
                if let recording { previous?.rendered(document, paths: recording.paths, load: CachedDocumentLoad(load, of: document, page: page)) }
            } catch {
                errors[job] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
        // The interface strings are among the loads, and the site-wide pages need a renderer.
        let renderers = try shared.value().renderers
        // One pass over the loads, each document appended once to its language (at 5,000 topics,
        // copying them through transposed arrays was a tenth of a one-edit rebuild).
        let all = loads.values
        let diagnostics = targets.indices.flatMap { language in all.flatMap { $0?.loading[language] ?? [] } }
        var byLanguage = targets.map { _ in [LocalizedDocument]() }
        for index in byLanguage.indices { byLanguage[index].reserveCapacity(all.count) }
        var availability: [String: [PageID: PageAvailability]] = [:]
        for case let load? in all {
            for (index, document) in load.documents.enumerated() { byLanguage[index].append(document) }
            for (language, pages) in load.availability {
                for (page, value) in pages where availability[language]?[page] == nil { availability[language, default: [:]][page] = value }
            }
        }
        let kept = TranslationCatalog(languages: Dictionary(uniqueKeysWithValues: zip(targets.map(\.tag), byLanguage)))
        let site = LocalizedSite(project: project, catalog: kept, availability: availability)
        if let previous {
            // What they show of every page is as the last build had it: their files are taken over.
            let key = previous.sitePagesKey(of: pageIndexes.map { documents[$0].path })
            if !previous.reuseSitePages(key: key) {
                let recording = RecordingSink(inner: renderers[0].sink)
                try renderers[0].renderSitePages(of: site, into: recording)
                previous.renderedSitePages(key: key, paths: recording.paths)
            }
        } else {
            for view in renderers { try view.renderSitePages(of: site, into: view.sink) }
        }
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
