import Foundation

/// Renders a `LocalizedSite` into an output sink: every published page in every language, the
/// language indexes, the root language chooser, 404, sitemap, robots.txt, stylesheet and images.
public struct SiteRenderer: Sendable {
    /// The site; a render by document swaps in each document's slice (see `SiteRenderer+Documents`).
    public internal(set) var site: LocalizedSite
    public let theme: Theme
    public let options: RenderOptions
    let paths: SitePaths
    /// Handout file names, worked out once: every page links to its handouts.
    let handoutPaths: HandoutPaths

    public init(site: LocalizedSite, theme: Theme, options: RenderOptions = RenderOptions()) {
        self.site = site
        self.theme = theme
        self.options = options
        self.paths = SitePaths(baseURL: site.project.config.baseURL)
        self.handoutPaths = HandoutPaths(project: site.project)
    }

    /// Renders every file into `sink`: pages and handouts document by document on all cores,
    /// then the site-wide pages (see `renderByDocument`).
    public func render(into sink: OutputSink) throws {
        let site = self.site
        _ = try Self.renderByDocument(project: site.project, theme: theme, options: options, translations: { document, language in
            Staged(site.catalog.document(document.path, language: language.tag)
                ?? LocalizedDocument.untranslated(document, language: language.tag, project: site.project))
        }, into: sink)
    }

    /// The interface strings of every language (marked for the workbench in the translator view).
    func interfaceTexts() -> [String: InterfaceText] {
        Dictionary(uniqueKeysWithValues: site.project.config.languages.map {
            ($0.tag, InterfaceText(language: $0, site: site, annotate: options.annotateUnits))
        })
    }

    /// One rendering job: a language's index (no page) or a page in a language.
    typealias Job = (language: LanguageSettings, page: PageID?, document: SourceDocument?)

    /// Renders pages and language indexes on all cores; the first error is thrown. A page not
    /// published in a language is rendered as its "being translated" page, unless
    /// `includeWithheld` (the translator view) asks for the page itself.
    func render(_ jobs: [Job], interface: [String: InterfaceText], includeWithheld: Bool = false, into sink: OutputSink) throws {
        let errors = ResultSlots<Error>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let (language, page, document) = jobs[index]
            do {
                let strings = interface[language.tag]!
                if let page, let document {
                    if includeWithheld || site.availability[language.tag]?[page]?.isPublished == true {
                        try renderPage(page, document: document, language: language, strings: strings, into: sink)
                    } else {
                        try renderWithheldPage(page, document: document, language: language, strings: strings, into: sink)
                    }
                } else {
                    try sink.write("\(language.tag)/index.html", Data(IndexPage(renderer: self).render(language: language, strings: strings).utf8))
                }
            } catch {
                errors[index] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
    }

    func renderPage(_ page: PageID, document: SourceDocument, language: LanguageSettings, strings: InterfaceText,
                            into sink: OutputSink) throws {
        let file = paths.file(page, language: language.tag)
        let root = SitePaths.root(from: file)
        // The translator view shows translations below the site's minimum state in place (marked
        // unreviewed): they are what a reviewer is there to read.
        let text = PageText.resolve(document, language: language, site: site, showUnreviewed: options.annotateUnits)
        let renderer = PageRenderer(site: site, theme: theme, options: options)
        let handouts = handoutPaths
        let isSource = language.tag == site.project.config.sourceLanguage
        let actions: [String: Any] = [
            "handout_href": handouts.link(fromPage: page),
            "handout_bilingual_href": isSource ? false : handouts.link(fromPage: page, bilingual: true),
            "label_print": strings.html("print"), "label_print_bilingual": strings.html("print_bilingual"),
        ]
        let content: (html: String, title: String, summary: String?)
        switch document.content {
        case .topic(let topic): content = renderer.topic(topic, text: text, root: root, extra: actions)
        case .exercise(let exercise):
            let rendered = renderer.exercise(exercise, text: text, strings: strings, root: root, extra: actions)
            content = (rendered.html, rendered.title, nil)
        case .video(let video):
            content = VideoPage(renderer: self).content(video, document: document, text: text, language: language, strings: strings, root: root)
            // Only complete subtitles are published (see `VideoPage`).
            if VideoPage.hasCompleteSubtitles(video, text: text) {
                try sink.write(paths.subtitlesFile(video.slug, language: language.tag),
                               Data(VideoPage.subtitles(video, text: text, language: language).utf8))
            }
        case .strings: return
        }
        let availability = site.availability[language.tag]?[page]
        let notice = availability?.showsUnreviewedNotice == true ? strings.html("unreviewed_notice") : nil
        let versions = site.languages(publishing: page).map { ($0, paths.path(page, language: $0.tag)) }
        let layout = LayoutContext(site: site, paths: paths, options: options).make(
            language: language, strings: strings, file: file, title: content.title, description: content.summary,
            content: content.html, notice: notice, canonicalPath: paths.path(page, language: language.tag), versions: versions)
        try sink.write(file, Data(theme.render("layout", layout).utf8))
    }

    func renderSiteFiles(interface: [String: InterfaceText], into sink: OutputSink) throws {
        let config = site.project.config
        let source = config.language(config.sourceLanguage)!
        let sourceStrings = interface[source.tag]!
        let offered = site.languagesWithPages
        let languages: [[String: Any]] = offered.map {
            ["name": $0.name, "lang": $0.tag, "dir": $0.direction.rawValue, "href": "\($0.tag)/"]
        }
        let chooser = theme.render("chooser", ["languages": languages, "site_title_html": sourceStrings.html("site_title")])
        let versions = offered.map { ($0, "\($0.tag)/") }
        var layout = LayoutContext(site: site, paths: paths, options: options).make(
            language: source, strings: sourceStrings, file: "index.html", title: sourceStrings.plain("choose_language"),
            description: nil, content: chooser, notice: nil, canonicalPath: "", versions: versions)
        layout["has_switcher"] = false
        try sink.write("index.html", Data(theme.render("layout", layout).utf8))

        let sitePath = options.sitePath ?? URL(string: config.baseURL).map { $0.path.hasSuffix("/") ? $0.path : $0.path + "/" } ?? "/"
        let notFound: [[String: Any]] = offered.map { language in
            let strings = interface[language.tag]!
            return ["lang": language.tag, "dir": language.direction.rawValue, "href": "\(sitePath)\(language.tag)/",
                    "page_not_found": strings.html("page_not_found"), "page_not_found_text": strings.html("page_not_found_text"),
                    "back_to_start": strings.html("back_to_start")]
        }
        var notFoundLayout = LayoutContext(site: site, paths: paths, options: options).make(
            language: source, strings: sourceStrings, file: "404.html", title: sourceStrings.plain("page_not_found"),
            description: nil, content: theme.render("notfound", ["languages": notFound]), notice: nil, canonicalPath: nil, versions: [])
        // 404.html is served at any depth, so its links must not be relative.
        notFoundLayout["root"] = sitePath
        notFoundLayout["home"] = "\(sitePath)\(source.tag)/"
        try sink.write("404.html", Data(theme.render("layout", notFoundLayout).utf8))

        try sink.write("sitemap.xml", SitemapRenderer(site: site, paths: paths).render())
        try sink.write("robots.txt", Data("User-agent: *\nAllow: /\nSitemap: \(paths.absolute("sitemap.xml"))\n".utf8))
        for (path, data) in theme.assets {
            // Numbered lists in each language's digits (ListMarkers), after the theme's own rules.
            let markers = path == "style.css" ? ListMarkers.css(for: config.languages) : ""
            try sink.write("assets/\(path)", markers.isEmpty ? data : data + Data(("\n" + markers).utf8))
        }
        // Images that are links leading outside `Content/` are never copied (a `path` error).
        let content = site.project.root.appendingPathComponent("Content")
        for (path, data) in ProjectFiles.files(under: content.appendingPathComponent("images"), inside: content) {
            try sink.write("images/\(path)", data)
        }
        // Each video file and poster of the project, once for every language (checked by the loader).
        for (_, video) in site.project.videos {
            for file in [video.video] + (video.poster.map { [$0] } ?? []) where Video.isLocal(file) && !file.hasPrefix("images/") {
                guard case .success(let url) = ProjectPath.resolve(file, in: "Content", root: site.project.root),
                      let data = try? Data(contentsOf: url) else { continue }
                try sink.write(file, data)
            }
        }
    }
}
