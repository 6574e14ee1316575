/// Builds the context of `layout.mustache`: language, alternates, switcher, skip link.
struct LayoutContext {
    let site: LocalizedSite
    let paths: SitePaths
    let options: RenderOptions

    /// The layout of a page in `language`. `alternatesFor` gives the languages the page exists in,
    /// with their site-relative paths; it makes the switcher and the hreflang links.
    func make(language: LanguageSettings, strings: InterfaceText, file: String, title: String, description: String?,
              content: String, notice: String?, canonicalPath: String?, versions: [(LanguageSettings, String)]) -> [String: Any] {
        let root = SitePaths.root(from: file)
        var alternates: [[String: Any]] = versions.map { ["hreflang": $0.0.tag, "href": paths.absolute($0.1)] }
        if let source = versions.first(where: { $0.0.tag == site.project.config.sourceLanguage }) {
            alternates.append(["hreflang": "x-default", "href": paths.absolute(source.1)])
        }
        // The switcher shows the page's language and, in a <details>, the others: six names in
        // a row wrapped to three lines of a phone's screen before the page began.
        let others: [[String: Any]] = versions.filter { $0.0.tag != language.tag }.map { version, path in
            ["name": version.name, "lang": version.tag, "dir": version.direction.rawValue, "href": root + path]
        }
        var context: [String: Any] = [
            "lang": language.tag, "dir": language.direction.rawValue, "root": root,
            "title": title, "site_title": strings.plain("site_title"),
            "full_title": title == strings.plain("site_title") ? title : "\(title) – \(strings.plain("site_title"))",
            "site_title_html": strings.html("site_title"), "t_skip": strings.html("skip_to_content"),
            "languages_label": strings.plain("languages"), "home": root + "\(language.tag)/",
            "canonical": canonicalPath.map(paths.absolute) ?? "", "alternates": versions.count > 1 ? alternates : [],
            "has_switcher": !others.isEmpty, "other_versions": others, "current_language": language.name,
            "t_other_languages": strings.html("other_languages"),
            "content": content, "notice": notice ?? "", "head_extra": "", "body_extra": options.bodyExtra,
        ]
        // Mustache shows a section for any present value, so an absent description is left out.
        if let description, !description.isEmpty { context["description"] = description }
        return context
    }
}
