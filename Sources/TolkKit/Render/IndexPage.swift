/// `/<lang>/`: the topics, and the exercises grouped by body region, that the language has.
/// The pages it does not have yet come last, in one compact section ("Not yet in Soomaali:
/// 11 pages") with their source titles and links to the languages that have them, so that a
/// partly translated language leads with what a patient can read.
struct IndexPage {
    let renderer: SiteRenderer

    func render(language: LanguageSettings, strings: InterfaceText) -> String {
        let site = renderer.site
        let file = "\(language.tag)/index.html"
        let root = SitePaths.root(from: file)
        let sourceLanguage = site.project.config.language(site.project.config.sourceLanguage)!
        var missing: [[String: Any]] = []
        // Once per language, not per card: a card is one of 5,000 on a national site.
        let resolver = PageText.Resolver(language: language, site: site)
        let inline = InlineHTMLRenderer(variables: site.project.config.variableValues)
        let availability = site.availability[language.tag] ?? [:]
        /// The card of an available page, nil (and an entry in `missing`) for one not published.
        func card(_ page: PageID, document: SourceDocument, titleUnit: String, summaryUnit: String?) -> [String: Any]? {
            let available = availability[page]?.isPublished == true
            let units = available ? [titleUnit] + (summaryUnit.map { [$0] } ?? []) : [titleUnit]
            let text = resolver.resolve(document, only: units)
            let title = text[titleUnit]
            guard available else {
                // An unavailable page's title is shown in the source language, marked as such.
                let others = site.languages(publishing: page)
                let ordered = others.filter { $0.tag == sourceLanguage.tag } + others.filter { $0.tag != sourceLanguage.tag }
                missing.append([
                    "title": inline.render(title.source),
                    "title_attributes": language.tag == sourceLanguage.tag ? "" : HTML.languageAttributes(sourceLanguage),
                    "languages": ordered.map {
                        ["name": $0.name, "lang": $0.tag, "dir": $0.direction.rawValue, "href": root + renderer.paths.path(page, language: $0.tag)]
                    },
                ])
                return nil
            }
            var card: [String: Any] = [
                "href": root + renderer.paths.path(page, language: language.tag),
                "title": inline.render(title.text), "title_attributes": title.foreignLanguage.map(HTML.languageAttributes) ?? "",
            ]
            if let summaryUnit {
                card["summary"] = inline.render(text[summaryUnit].text)
                card["summary_attributes"] = text[summaryUnit].foreignLanguage.map(HTML.languageAttributes) ?? ""
            }
            return card
        }
        // By index: `project.topics` copies each of 5,000 documents, for every language.
        let documents = site.project.documents
        var topics: [[String: Any]] = []
        for index in documents.indices {
            guard case .topic(let topic) = documents[index].content,
                  let card = card(PageID(kind: .topic, slug: topic.slug), document: documents[index], titleUnit: topic.titleUnit,
                                  summaryUnit: topic.summaryUnit) else { continue }
            topics.append(card)
        }
        var regions: [[String: Any]] = []
        for region in Exercise.regions {
            let exercises = site.project.exercises.filter { $0.exercise.region == region }
                .sorted { ($0.exercise.level, $0.exercise.slug) < ($1.exercise.level, $1.exercise.slug) }
                .compactMap { document, exercise in
                    card(PageID(kind: .exercise, slug: exercise.slug), document: document, titleUnit: exercise.titleUnit, summaryUnit: nil)
                }
            guard !exercises.isEmpty else { continue }
            regions.append(["name": strings.html("region_\(region)"), "exercises": exercises])
        }
        let videos = site.project.videos.compactMap { document, video in
            card(PageID(kind: .video, slug: video.slug), document: document, titleUnit: video.titleUnit, summaryUnit: video.summaryUnit)
        }
        var context: [String: Any] = [
            "videos": videos, "has_videos": !videos.isEmpty, "label_videos": videos.isEmpty ? "" : strings.html("videos"),
            "site_title_html": strings.html("site_title"), "label_topics": strings.html("topics"),
            "label_exercises": strings.html("exercises"), "label_exercise_program": strings.html("exercise_program"),
            "topics": topics, "has_topics": !topics.isEmpty, "regions": regions, "has_exercises": !regions.isEmpty,
            "missing": missing, "has_missing": !missing.isEmpty,
        ]
        if !missing.isEmpty {
            context["label_missing"] = strings.plural("pages_not_yet_in", count: missing.count, values: ["{language}": language.name])
            context["label_available_in"] = strings.html("available_in")
        }
        let content = renderer.theme.render("index", context)
        let versions = site.languagesWithPages.map { ($0, "\($0.tag)/") }
        let layout = LayoutContext(site: site, paths: renderer.paths, options: renderer.options).make(
            language: language, strings: strings, file: file, title: strings.plain("site_title"), description: nil,
            content: content, notice: nil, canonicalPath: "\(language.tag)/", versions: versions)
        return renderer.theme.render("layout", layout)
    }
}
