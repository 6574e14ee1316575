/// `/<lang>/`: the topics, and the exercises grouped by body region. Pages not published in
/// the language are listed as "not yet available" with links to the languages that have them.
struct IndexPage {
    let renderer: SiteRenderer

    func render(language: LanguageSettings, strings: InterfaceText) -> String {
        let site = renderer.site
        let file = "\(language.tag)/index.html"
        let root = SitePaths.root(from: file)
        func card(_ page: PageID, document: SourceDocument, titleUnit: String, summaryUnit: String?) -> [String: Any] {
            let text = PageText.resolve(document, language: language, site: site, only: Set([titleUnit] + (summaryUnit.map { [$0] } ?? [])))
            let inline = InlineHTMLRenderer()
            let available = site.availability[language.tag]?[page]?.isPublished == true
            let title = text[titleUnit]
            // An unavailable page's title is shown in the source language, marked as such.
            let titleText = available ? title.text : title.source
            let sourceLanguage = site.project.config.language(site.project.config.sourceLanguage)!
            let titleLanguage: LanguageSettings? = available ? title.foreignLanguage : (language.tag == sourceLanguage.tag ? nil : sourceLanguage)
            var card: [String: Any] = [
                "available": available, "href": root + renderer.paths.path(page, language: language.tag),
                "title": inline.render(titleText), "title_attributes": titleLanguage.map(HTML.languageAttributes) ?? "",
                "languages": site.languages(publishing: page).map {
                    ["name": $0.name, "lang": $0.tag, "dir": $0.direction.rawValue, "href": root + renderer.paths.path(page, language: $0.tag)]
                },
            ]
            if available, let summaryUnit {
                card["summary"] = inline.render(text[summaryUnit].text)
                card["summary_attributes"] = text[summaryUnit].foreignLanguage.map(HTML.languageAttributes) ?? ""
            }
            return card
        }
        let topics = site.project.topics.map { document, topic in
            card(PageID(kind: .topic, slug: topic.slug), document: document, titleUnit: topic.titleUnit, summaryUnit: topic.summaryUnit)
        }
        var regions: [[String: Any]] = []
        for region in Exercise.regions {
            let exercises = site.project.exercises.filter { $0.exercise.region == region }
                .sorted { ($0.exercise.level, $0.exercise.slug) < ($1.exercise.level, $1.exercise.slug) }
            guard !exercises.isEmpty else { continue }
            regions.append([
                "name": strings.html("region_\(region)"),
                "exercises": exercises.map { document, exercise in
                    card(PageID(kind: .exercise, slug: exercise.slug), document: document, titleUnit: exercise.titleUnit, summaryUnit: nil)
                },
            ])
        }
        let content = renderer.theme.render("index", [
            "site_title_html": strings.html("site_title"), "label_topics": strings.html("topics"),
            "label_exercises": strings.html("exercises"), "label_exercise_program": strings.html("exercise_program"), "label_not_yet_available": strings.html("not_yet_available"),
            "label_available_in": strings.html("available_in"), "topics": topics, "regions": regions,
        ])
        let versions = site.project.config.languages.map { ($0, "\($0.tag)/") }
        let layout = LayoutContext(site: site, paths: renderer.paths, options: renderer.options).make(
            language: language, strings: strings, file: file, title: strings.plain("site_title"), description: nil,
            content: content, notice: nil, canonicalPath: "\(language.tag)/", versions: versions)
        return renderer.theme.render("layout", layout)
    }
}
