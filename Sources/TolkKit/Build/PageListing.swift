import Foundation

/// What the language indexes and the sitemap show of a page in one language: whether it is
/// published, its title and summary, and where an exercise is grouped. When an edit leaves
/// this as it was, the indexes need not be rendered again (on a 5,000-page site they cost
/// more than everything else an edit does).
struct PageListing: Hashable {
    var published: Bool
    var title: PageText.Entry?
    var summary: PageText.Entry?
    var group: [Int]
    var region: String?

    /// The listing of the pages of `documents` (indexes in the project) in each language:
    /// page → language tag → listing.
    static func of(_ documents: [Int], in site: LocalizedSite) -> [PageID: [String: PageListing]] {
        var result: [PageID: [String: PageListing]] = [:]
        for index in documents {
            let document = site.project.documents[index]
            guard let page = LocalizedSite.pageID(of: document) else { continue }
            var title: String?, summary: String?, region: String?, group: [Int] = []
            switch document.content {
            case .topic(let topic): (title, summary) = (topic.titleUnit, topic.summaryUnit)
            case .exercise(let exercise): (title, region, group) = (exercise.titleUnit, exercise.region, [exercise.level])
            case .video(let video): (title, summary) = (video.titleUnit, video.summaryUnit)
            case .strings: continue
            }
            let units = Set([title, summary].compactMap { $0 })
            for language in site.project.config.languages {
                let text = PageText.resolve(document, language: language, site: site, only: units)
                result[page, default: [:]][language.tag] = PageListing(
                    published: site.availability[language.tag]?[page]?.isPublished == true,
                    title: title.map { text[$0] }, summary: summary.map { text[$0] }, group: group, region: region)
            }
        }
        return result
    }

    /// The pages, with the indexes whose listing changed; a change of where a page is published
    /// changes every index (each lists the languages that have it) and the sitemap.
    static func invalidation(_ pages: Set<PageID>, before: [PageID: [String: PageListing]], after: [PageID: [String: PageListing]],
                             site: LocalizedSite) -> Invalidation {
        let languages = site.project.config.languages.map(\.tag)
        var indexes: Set<String> = []
        var sitemap = false
        for page in pages {
            let old = before[page] ?? [:], new = after[page] ?? [:]
            if languages.contains(where: { old[$0]?.published != new[$0]?.published }) {
                sitemap = true
                indexes.formUnion(languages)
            }
            for language in languages where old[language] != new[language] { indexes.insert(language) }
        }
        return .pages(pages, indexes: indexes, sitemap: sitemap)
    }
}
