/// What a changed project file means for the pipeline of `tolk serve`.
public enum IncrementalChange: Sendable, Hashable {
    /// A topic or exercise source file: reload it and its translations in every language.
    case source(path: String)
    /// One language's translation of a source file.
    case translation(language: String, path: String)
    /// Anything that reaches every page (site.yml, strings, templates, assets, images) or
    /// changes the set of files: only a full reload is correct.
    case everything
    /// A file no stage reads (editor backups, hidden files, notes beside the content).
    case none

    /// Classifies a project-relative path such as `Content/topics/neck-pain.md`.
    public init(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let name = parts.last, let top = parts.first else {
            self = .everything
            return
        }
        // Editors write swap files and backups next to the file they save; none of them is read.
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name == "4913" {
            self = .none
            return
        }
        switch top {
        case "Content":
            if parts.count == 3, parts[1] == "topics" {
                self = name.hasSuffix(".md") ? .source(path: path) : .none
            } else if parts.count == 3, parts[1] == "exercises" {
                self = name.hasSuffix(".yml") ? .source(path: path) : .none
            } else {
                // Images are copied into the site and checked by exercises: reload everything.
                self = .everything
            }
        case "Locales":
            guard parts.count >= 3, name.hasSuffix(".xlf") else {
                self = parts.count <= 2 ? .everything : .none
                return
            }
            // The interface strings reach every page of the language.
            self = parts.count == 3 && name == "strings.xlf" ? .everything : .translation(language: parts[1], path: path)
        case "Site":
            self = .everything
        default:
            self = .none
        }
    }
}

/// Which rendered files a change makes out of date.
public enum Invalidation: Sendable, Hashable {
    /// Nothing to render again.
    case nothing
    /// These pages in every language (with their handouts), the indexes of `indexes` (language
    /// tags) whose listing of them changed, and the sitemap when the languages they are
    /// published in changed.
    case pages(Set<PageID>, indexes: Set<String>, sitemap: Bool)
    /// The whole site.
    case everything

    /// Both invalidations together.
    public func merged(with other: Invalidation) -> Invalidation {
        switch (self, other) {
        case (.everything, _), (_, .everything): .everything
        case (.nothing, let other), (let other, .nothing): other
        case (.pages(let a, let ia, let sa), .pages(let b, let ib, let sb)): .pages(a.union(b), indexes: ia.union(ib), sitemap: sa || sb)
        }
    }

    /// The pages themselves, and separately what lists them: the preview serves an edited page
    /// first and brings the (on a large site much slower) indexes up to date right after.
    public var split: (pages: Invalidation, listings: Invalidation) {
        guard case .pages(let pages, let indexes, let sitemap) = self else { return (self, .nothing) }
        let listings: Invalidation = indexes.isEmpty && !sitemap ? .nothing : .pages([], indexes: indexes, sitemap: sitemap)
        return (pages.isEmpty ? .nothing : .pages(pages, indexes: [], sitemap: false), listings)
    }
}
