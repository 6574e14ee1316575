/// Paths and URLs of the pages of a site.
struct SitePaths {
    let baseURL: String

    /// The file of a page: `en/topics/neck-pain/index.html`.
    func file(_ page: PageID, language: String) -> String { "\(language)/\(page.path)index.html" }

    /// The URL path of a page: `en/topics/neck-pain/`.
    func path(_ page: PageID, language: String) -> String { "\(language)/\(page.path)" }

    /// The subtitles of a video in a language: `en/videos/neck-exercises.vtt`.
    func subtitlesFile(_ slug: String, language: String) -> String { "\(language)/videos/\(slug).vtt" }

    /// The public URL of a site path.
    func absolute(_ path: String) -> String { baseURL + path }

    /// The relative prefix from a file to the site root: `../../../` for `en/topics/x/index.html`.
    static func root(from file: String) -> String {
        String(repeating: "../", count: file.split(separator: "/").count - 1)
    }
}
