/// `sitemap.xml` with `xhtml:link` alternates for every language a page is published in.
struct SitemapRenderer {
    let site: LocalizedSite
    let paths: SitePaths

    func render() -> String {
        let config = site.project.config
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        func entry(_ path: String, alternates: [(String, String)]) {
            out += "  <url>\n    <loc>\(HTML.escape(paths.absolute(path)))</loc>\n"
            if alternates.count > 1 {
                for (language, alternate) in alternates {
                    out += "    <xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(HTML.escape(paths.absolute(alternate)))\"/>\n"
                }
                if let source = alternates.first(where: { $0.0 == config.sourceLanguage }) {
                    out += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTML.escape(paths.absolute(source.1)))\"/>\n"
                }
            }
            out += "  </url>\n"
        }
        let indexes = site.languagesWithPages.map { ($0.tag, "\($0.tag)/") }
        for (_, path) in indexes { entry(path, alternates: indexes) }
        let pages = site.project.documents.compactMap { LocalizedSite.pageID(of: $0) }
        for page in pages {
            let versions = site.languages(publishing: page).map { ($0.tag, paths.path(page, language: $0.tag)) }
            for (_, path) in versions { entry(path, alternates: versions) }
        }
        return out + "</urlset>\n"
    }
}
