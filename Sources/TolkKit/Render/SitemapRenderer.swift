import Foundation

/// `sitemap.xml` with `xhtml:link` alternates for every language a page is published in.
struct SitemapRenderer {
    let site: LocalizedSite
    let paths: SitePaths

    /// The file's bytes. Made as bytes, not as a String turned into bytes at the end: at 25,000
    /// pages the file is 18 MB, and a String grown by appending, then copied to add the last
    /// line, then copied again into `Data`, was the largest thing a one-edit rebuild held
    /// (43 MB at once, heaptrack). `Data` grows in place (`realloc`).
    func render() -> Data {
        let config = site.project.config
        var out = Data()
        out.append(contentsOf: """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """.utf8)
        // Every version of a page lists the same alternates: the block is made once per page and
        // each URL escaped once (per version and per alternate it was 6.7 % of a one-edit
        // rebuild's CPU time at 5,000 topics). The base URL (`absolute` of the empty path) is
        // escaped once for all.
        let base = HTML.escape(paths.absolute(""))
        func entries(_ versions: [(language: String, path: String)]) {
            let urls = versions.map { base + HTML.escape($0.path) }
            var alternates = ""
            if versions.count > 1 {
                for (version, url) in zip(versions, urls) {
                    alternates += "    <xhtml:link rel=\"alternate\" hreflang=\"\(version.language)\" href=\"\(url)\"/>\n"
                }
                if let source = versions.firstIndex(where: { $0.language == config.sourceLanguage }) {
                    alternates += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(urls[source])\"/>\n"
                }
            }
            for url in urls {
                out.append(contentsOf: "  <url>\n    <loc>".utf8)
                out.append(contentsOf: url.utf8)
                out.append(contentsOf: "</loc>\n".utf8)
                out.append(contentsOf: alternates.utf8)
                out.append(contentsOf: "  </url>\n".utf8)
            }
        }
        entries(site.languagesWithPages.map { ($0.tag, "\($0.tag)/") })
        for document in site.project.documents {
            guard let page = LocalizedSite.pageID(of: document) else { continue }
            entries(site.languages(publishing: page).map { ($0.tag, paths.path(page, language: $0.tag)) })
        }
        out.append(contentsOf: "</urlset>\n".utf8)
        return out
    }
}
