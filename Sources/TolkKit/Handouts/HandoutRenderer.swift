import Foundation

/// Renders printable handouts: one page's handout in one language, bilingual beside the source
/// language, or an exercise program. Shared by `tolk build` (every page), the program page and
/// `tolk handout`.
struct HandoutRenderer {
    /// How illustrations are referenced.
    enum Images {
        /// Relative to the handout's place in the site (`../../` from `ur/handouts/x.html`).
        case relative(root: String)
        /// Inlined as `data:` URLs, for a handout file that stands on its own (`tolk handout`).
        case inline
    }

    /// Heading levels: a handout's title is `h1`; in a program, the exercises are `h2` under its `h1`.
    struct Levels {
        var title = 1
        var section = 2
        static let program = Levels(title: 2, section: 3)
    }

    /// The site; a render by document swaps in each document's slice (see `SiteRenderer+Documents`).
    var site: LocalizedSite
    let theme: HandoutTheme
    let paths: SitePaths
    let handoutPaths: HandoutPaths
    /// Last commit date of each content file (see `SourceDates`).
    let dates: [String: String]
    let interface: [String: InterfaceText]
    var images: Images = .relative(root: "../../")
    /// Codes drawn so far; a render by document gives each document a cache of its own, so that
    /// the codes of a whole site are never held at once.
    var qrCodes = QRCodeCache()
    /// Source-language cells of bilingual handouts, likewise fresh for each document.
    var sourceCells = SourceCellCache()
    let versions = SourceVersionCache()
    /// The stylesheet of a handout in one of the site's languages: `handout.css` and the list
    /// digits of every language, the same for every such handout. Built once, as the digits come
    /// from ICU; `languages` is what it was built for (a slice of the site keeps the config).
    private let siteStyles: (languages: [LanguageSettings], listDigits: String, css: String)

    init(site: LocalizedSite, theme: HandoutTheme, interface: [String: InterfaceText], dates: [String: String], images: Images = .relative(root: "../../")) {
        self.site = site
        self.theme = theme
        self.paths = SitePaths(baseURL: site.project.config.baseURL)
        self.handoutPaths = HandoutPaths(project: site.project)
        self.dates = dates
        self.interface = interface
        self.images = images
        let languages = site.project.config.languages
        let digits = ListMarkers.css(for: languages, scope: ".handout ")
        self.siteStyles = (languages, digits, theme.css + digits)
    }

    var config: SiteConfig { site.project.config }
    var source: LanguageSettings { config.language(config.sourceLanguage)! }

    // MARK: Documents

    /// The handout file of a page in a language, bilingual (beside the source language) or not.
    func handout(_ page: PageID, document: SourceDocument, language: LanguageSettings, bilingual: Bool) -> String {
        let text = PageText.resolve(document, language: language, site: site)
        let sourceText = bilingual ? PageText.resolve(document, language: source, site: site) : nil
        let article: String
        let title: String
        switch document.content {
        case .topic(let topic):
            title = text[topic.titleUnit].text.plainText
            article = sourceText.map { topicBilingual(topic, page: page, document: document, text: text, sourceText: $0) }
                ?? topicArticle(topic, page: page, document: document, text: text)
        case .exercise(let exercise):
            title = text[exercise.titleUnit].text.plainText
            article = sourceText.map {
                exerciseBilingual(exercise, page: page, document: document, text: text, sourceText: $0, dosage: exercise.dosage,
                                  levels: Levels(), clinic: true, marked: false)
            } ?? exerciseArticle(exercise, page: page, document: document, text: text, dosage: exercise.dosage,
                                 levels: Levels(), clinic: true, marked: false)
        case .video, .strings:
            return ""
        }
        var fullTitle = title
        if let sourceText, let unit = titleUnit(of: document) { fullTitle += " / " + sourceText[unit].text.plainText }
        return shell(title: fullTitle, language: language, bilingual: bilingual, content: article)
    }

    /// The `<html>` document around articles: language, page size and the inlined stylesheet.
    func shell(title: String, language: LanguageSettings, bilingual: Bool, content: String) -> String {
        theme.render("handout", [
            "lang": language.tag, "dir": language.direction.rawValue,
            "title": config.clinic.map { "\(title) – \($0)" } ?? title,
            "page_size": config.pageSize.rawValue, "css": config.languages.contains(language) && config.languages == siteStyles.languages
                ? siteStyles.css : theme.css + listDigits(language), "bilingual": bilingual, "content": content,
        ])
    }

    /// Numbered steps in each language's own digits (١. ٢. in Arabic), for every language of
    /// the site: a bilingual handout has cells in two languages.
    func listDigits(_ language: LanguageSettings) -> String {
        if config.languages.contains(language) && config.languages == siteStyles.languages { return siteStyles.listDigits }
        return ListMarkers.css(for: config.languages.contains(language) ? config.languages : config.languages + [language], scope: ".handout ")
    }

    // MARK: Parts shared by every article

    /// The context of the `handout-head` and `handout-foot` partials: clinic, heading, QR code,
    /// source date and version, the page's address.
    func frame(page: PageID, document: SourceDocument, language: LanguageSettings, heading: String, clinic: Bool,
               qrSize: String = "large") -> [String: Any] {
        let strings = interface[language.tag]!
        let url = paths.absolute(paths.path(page, language: language.tag))
        var context: [String: Any] = ["heading": heading, "url": url]
        if clinic, let name = config.clinic, !name.isEmpty {
            context["clinic"] = name
            context["clinic_attributes"] = language.tag == source.tag ? "" : HTML.languageAttributes(source)
        }
        if let svg = qrCodes.svg(for: url) {
            context["qr"] = ["svg": svg, "caption": strings.handoutHTML("scan_to_read"), "size": qrSize]
        }
        context["version"] = versions.version(of: document)
        context["label_version"] = strings.handoutHTML("version")
        if let date = dates[document.path] {
            context["date"] = strings.localizingDigits(date)
            context["label_date"] = strings.handoutHTML("source_version")
        }
        return context
    }

    /// The `src` of an illustration (a path relative to `Content/`).
    func imageSource(_ image: String) -> String {
        switch images {
        case .relative(let root):
            return root + image
        case .inline:
            // Only a file inside `Content/` is read: the loader reports any other as a `path` error.
            guard case .success(let url) = ProjectPath.resolve(image, in: "Content", root: site.project.root) else { return "" }
            guard let data = try? Data(contentsOf: url) else { return image }
            let types = ["svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                         "gif": "image/gif", "webp": "image/webp"]
            let type = types[url.pathExtension.lowercased()] ?? "application/octet-stream"
            return "data:\(type);base64,\(data.base64EncodedString())"
        }
    }

    /// The prefix for images inside Markdown (`![](images/x.png)`), which are site-relative.
    var inlineImageRoot: String {
        if case .relative(let root) = images { root } else { "" }
    }

    /// An inline renderer for a page's text; dosage placeholders become the language's digits,
    /// or with `marked`, elements the program page's script can update.
    func inline(_ text: PageText, dosage: Dosage?, marked: Bool) -> InlineHTMLRenderer {
        let strings = interface[text.language.tag]!
        return InlineHTMLRenderer(
            placeholderValue: { name in
                guard let dosage, let field = DosageField(placeholder: name), let value = field.value(in: dosage) else { return nil }
                let number = strings.number(value)
                return marked ? "\u{E000}\(field.rawValue)\u{E001}\(number)\u{E002}" : number
            },
            altText: { text[$0].text.plainText }, root: inlineImageRoot, isolateNumberGroups: text.language.direction == .rtl,
            variables: site.project.config.variableValues)
    }

    /// Turns the marks of `inline(_:dosage:marked:)` into `<span data-number="hold_seconds" data-lang="ur">`.
    static func unmark(_ html: String, language: String) -> String {
        // Every mark starts with U+E000, whose UTF-8 starts with the byte 0xEE. A scan of bytes, not
        // Foundation's `contains`, which compared grapheme by grapheme (8 % of the sample's build).
        guard html.utf8.contains(0xEE) else { return html }
        var out = ""
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "\u{E000}"), let middle = rest[start...].firstIndex(of: "\u{E001}"),
              let end = rest[middle...].firstIndex(of: "\u{E002}") {
            out += rest[..<start]
            let field = rest[rest.index(after: start)..<middle]
            let number = rest[rest.index(after: middle)..<end]
            out += "<span data-number=\"\(field)\" data-lang=\"\(HTML.escape(language))\">\(number)</span>"
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// `lang`/`dir` of a unit shown in another language than its surroundings.
    func languageAttributes(_ text: PageText, _ id: String) -> String {
        text[id].foreignLanguage.map(HTML.languageAttributes) ?? ""
    }

    /// A cell of a bilingual row: its own `lang` and `dir`.
    func cellAttributes(_ language: LanguageSettings) -> String {
        " class=\"cell\"" + HTML.languageAttributes(language)
    }

    private func titleUnit(of document: SourceDocument) -> String? {
        switch document.content {
        case .topic(let topic): topic.titleUnit
        case .exercise(let exercise): exercise.titleUnit
        case .video(let video): video.titleUnit
        case .strings: nil
        }
    }
}
