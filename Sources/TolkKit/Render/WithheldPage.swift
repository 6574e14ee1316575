import Foundation

/// The page at a withheld page's URL: in the reader's language and direction, it says that the
/// page is being translated (or updated) and links to the languages that have it, the source
/// language first. QR codes on printed handouts point at these URLs, so they never 404; the
/// page is not indexed and is left out of hreflang alternates and the sitemap.
struct WithheldPage {
    let renderer: SiteRenderer

    func render(_ page: PageID, document: SourceDocument, language: LanguageSettings, strings: InterfaceText) -> String {
        let site = renderer.site
        let config = site.project.config
        let file = renderer.paths.file(page, language: language.tag)
        let root = SitePaths.root(from: file)
        let withholding: Withholding
        if case .withheld(let reason) = site.availability[language.tag]?[page] { withholding = reason } else { withholding = Withholding() }
        let name = ["{language}": language.name]
        let message = withholding.isUpdate ? strings.html("page_being_updated", values: name) : strings.html("page_being_translated", values: name)
        let title = withholding.isUpdate ? strings.plain("page_being_updated", values: name) : strings.plain("page_being_translated", values: name)

        // The page's title as far as it is translated, else in the source language, marked as such.
        let titleUnit: String
        switch document.content {
        case .topic(let topic): titleUnit = topic.titleUnit
        case .exercise(let exercise): titleUnit = exercise.titleUnit
        case .video(let video): titleUnit = video.titleUnit
        case .strings: titleUnit = ""
        }
        let pageTitle = PageText.resolve(document, language: language, site: site, only: [titleUnit])[titleUnit]
        let published = site.languages(publishing: page)
        let ordered = published.filter { $0.tag == config.sourceLanguage } + published.filter { $0.tag != config.sourceLanguage }
        let languages: [[String: Any]] = ordered.map {
            ["name": $0.name, "lang": $0.tag, "dir": $0.direction.rawValue, "href": root + renderer.paths.path(page, language: $0.tag)]
        }
        let content = renderer.theme.render("withheld", [
            "message": message, "title": InlineHTMLRenderer(variables: site.project.config.variableValues).render(pageTitle.text),
            "title_attributes": pageTitle.foreignLanguage.map(HTML.languageAttributes) ?? "",
            "label_available_in": strings.html("available_in"), "languages": languages, "has_languages": !languages.isEmpty,
            "back_to_start": strings.html("back_to_start"), "home": root + "\(language.tag)/",
        ])
        var layout = LayoutContext(site: site, paths: renderer.paths, options: renderer.options).make(
            language: language, strings: strings, file: file, title: title,
            description: nil, content: content, notice: nil, canonicalPath: nil, versions: [])
        layout["head_extra"] = "<meta name=\"robots\" content=\"noindex\">\n"
        return renderer.theme.render("layout", layout)
    }
}

extension SiteRenderer {
    /// The "being translated / being updated" page of `page` in `language`.
    func renderWithheldPage(_ page: PageID, document: SourceDocument, language: LanguageSettings, strings: InterfaceText,
                            into sink: OutputSink) throws {
        let html = WithheldPage(renderer: self).render(page, document: document, language: language, strings: strings)
        try sink.write(paths.file(page, language: language.tag), Data(html.utf8))
    }
}
