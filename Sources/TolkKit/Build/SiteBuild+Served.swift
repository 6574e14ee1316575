import Foundation

extension SiteBuild {
    /// Loads the whole project and renders it into `views` in one pass, document by document as
    /// `tolk build` does (`SiteRenderer.renderByDocument`), for `tolk serve`: what it returns is
    /// what the server keeps between builds, the project and theme, each page's availability and
    /// translations reduced to what the site-wide pages show. A server that held every unit of
    /// every language needed 1.1 GiB for 5,000 topics; the text of a page is read again from
    /// its .xlf files when the page is rendered again.
    ///
    /// The diagnostics are those of `prepare`. Nil when an error makes a build impossible (bad
    /// site.yml, a broken source file or template) or the views could not be written; the views
    /// may then hold part of a site, to be dropped.
    public static func render(root: URL, profile: String? = nil, views: [SiteView]) -> Staged<Prepared?> {
        let loaded = ProjectLoader.load(at: root, profile: profile, defaultingToFirst: true)
        var diagnostics = loaded.diagnostics
        guard let project = loaded.value else { return Staged(nil, diagnostics: diagnostics) }
        let theme = Theme.load(projectRoot: root)
        guard let themeValue = theme.value, !loaded.diagnostics.hasErrors, !theme.diagnostics.hasErrors else {
            // Nothing can be rendered; load the translations anyway to report every problem at once.
            let catalog = TranslationCatalogLoader.load(project)
            return Staged(nil, diagnostics: diagnostics + catalog.diagnostics.map(buildSeverity) + theme.diagnostics)
        }
        let orphans = OrphanSearch(project)
        defer { _ = orphans.wait() }
        do {
            let rendered = try SiteRenderer.renderByDocument(project: project, theme: themeValue, views: views,
                                                             translations: translations(of: project))
            // In the order `build` reports them: project, translations, orphans, theme.
            diagnostics += rendered.diagnostics + orphans.wait() + theme.diagnostics
            return Staged(Prepared(site: rendered.value, theme: themeValue), diagnostics: diagnostics)
        } catch {
            return Staged(nil, diagnostics: diagnostics + [.error("output", at: nil, "the site could not be rendered: \(error)")])
        }
    }

    /// Each document's translation in a language as read from its .xlf file now, with the
    /// build's severities (an unknown unit is a warning).
    public static func translations(of project: Project) -> SiteRenderer.TranslationSource {
        { document, language in buildSeverity(TranslationCatalogLoader.localize(document, language: language.tag, project: project)) }
    }
}

extension SiteBuild.Prepared {
    /// The project, theme and availability without the translations: what a served snapshot
    /// keeps for the translator view's panel and the workbench. A snapshot that shared the
    /// model's lists made every edit copy them.
    public var withoutTranslations: SiteBuild.Prepared {
        var prepared = self
        prepared.site.catalog = TranslationCatalog(languages: [:])
        return prepared
    }
}
