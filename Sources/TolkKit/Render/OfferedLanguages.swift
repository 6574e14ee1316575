extension LocalizedSite {
    /// The languages that publish at least one page (the source language always does), in the
    /// order of `site.yml`. Only these are offered in the language switcher, the root chooser,
    /// the 404 page and the sitemap: a language whose every page is withheld would open an index
    /// of pages in the source language.
    var languagesWithPages: [LanguageSettings] {
        project.config.languages.filter { language in
            language.tag == project.config.sourceLanguage || availability[language.tag]?.values.contains { $0.isPublished } == true
        }
    }
}
