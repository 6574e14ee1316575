/// Where the handouts of a site live: `/<lang>/handouts/<slug>.html`, the bilingual one at
/// `<slug>.<source>.html`, PDFs beside them, and the exercise program page at `/<lang>/program/`.
public struct HandoutPaths: Sendable {
    let sourceLanguage: String
    /// Pages whose slug a topic and an exercise share: these get `topic-`/`exercise-` before the slug.
    let ambiguous: Set<PageID>

    init(project: Project) {
        sourceLanguage = project.config.sourceLanguage
        let documents = project.documents
        let pages = documents.indices.compactMap { LocalizedSite.pageID(of: documents[$0]) }
        let counts = Dictionary(grouping: pages, by: \.slug)
        ambiguous = Set(counts.values.filter { $0.count > 1 }.flatMap { $0 })
    }

    /// The name of a page's handout without extension: `chin-tuck`, or `chin-tuck.nb` when bilingual.
    public func name(_ page: PageID, bilingual: Bool) -> String {
        var name = page.slug
        if ambiguous.contains(page) { name = (page.kind == .topic ? "topic-" : "exercise-") + name }
        return bilingual ? "\(name).\(sourceLanguage)" : name
    }

    /// The site-relative file of a handout: `ur/handouts/chin-tuck.nb.html`.
    public func file(_ page: PageID, language: String, bilingual: Bool = false, extension ext: String = "html") -> String {
        "\(language)/handouts/\(name(page, bilingual: bilingual)).\(ext)"
    }

    /// The link from the page itself (`ur/topics/x/index.html`) to its handout: `../../handouts/x.html`.
    public func link(fromPage page: PageID, bilingual: Bool = false) -> String {
        "../../handouts/\(name(page, bilingual: bilingual)).html"
    }

    /// The program page of a language.
    static func programFile(language: String) -> String { "\(language)/program/index.html" }
}
