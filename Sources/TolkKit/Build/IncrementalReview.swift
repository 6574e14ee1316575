/// What the preview's translator view shows beside a page: where its translation stands and
/// the problems `tolk check` reports for that translation file.
public struct PageReview: Sendable {
    public var language: String
    public var page: PageID
    /// Project-relative path of the .xlf file, e.g. `Locales/en/topics/neck-pain.xlf`.
    public var translationPath: String
    public var availability: PageAvailability?
    /// Unit counts of the file.
    public var summary: FileSummary
    /// The file's problems, sorted by line.
    public var problems: [Diagnostic]
}

extension LocalizedSite {
    /// The review of the page rendered to a site file such as `en/topics/neck-pain/index.html`;
    /// nil for the source language and for files that are not topic or exercise pages.
    public func review(ofFile file: String) -> PageReview? {
        let parts = file.split(separator: "/").map(String.init)
        guard parts.count == 4, parts[3] == "index.html", let kind = PageID.Kind(rawValue: parts[1]),
              let settings = project.config.language(parts[0]), settings.tag != project.config.sourceLanguage else { return nil }
        let page = PageID(kind: kind, slug: parts[2])
        guard project.config.targetLanguages.contains(where: { $0.tag == settings.tag }),
              let document = project.documents.first(where: { LocalizedSite.pageID(of: $0) == page }) else { return nil }
        // The preview keeps no translations with what it serves (`withoutTranslations`); the
        // checks read all of one, so the file is read again, for this one page.
        let localized = TranslationCatalogLoader.localize(document, language: settings.tag, project: project).value
        // The same checks as `tolk check`, over this one file: cheap enough to run per request.
        let (summary, problems) = Checker.summarize([CheckedDocument.check(Staged(localized), language: settings,
                                                                          variables: project.config.variableValues,
                                                                          minState: project.config.publish.minState)], language: settings.tag)
        return PageReview(language: settings.tag, page: page, translationPath: localized.translationPath,
                          availability: availability[settings.tag]?[page], summary: summary.files.first ?? FileSummary(file: localized.translationPath),
                          problems: problems)
    }

    /// The pages not published in a language, with why, in page order: the translator view
    /// links them from the language index, which otherwise only names them.
    public func withheldPages(language: String) -> [(page: PageID, reason: Withholding)] {
        (availability[language] ?? [:]).compactMap { page, availability in
            if case .withheld(let reason) = availability { (page, reason) } else { nil }
        }.sorted { $0.page < $1.page }
    }
}
