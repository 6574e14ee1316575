import Foundation

/// The keys a document's outputs are reused by. A document's pages and handouts are rendered
/// from a slice of the site (`SiteRenderer.renderByDocument`): the project, the interface
/// strings in every language, the theme, and the document's own translations and availability
/// — never another document's translations or availability. So its key is its own files plus
/// a global key over everything else that slice holds.
enum BuildCacheKeys {
    /// Over everything but the page documents' own files: site.yml and the profile, every file
    /// under Site/ (templates, theme assets, handout theme), every file under Content/ that is
    /// not a page's source (images, videos, the interface strings), every file under Locales/
    /// that is not a page's translation (strings.xlf), the render options, Tolk's version, and of
    /// every page document its path, kind, slug and what pages about other pages show of it
    /// (a topic's title and summary; an exercise or video whole): links and lists show those.
    /// A file counts by its path and the hash of its bytes (`FileHashCache`).
    static func global(project: Project, profile: String?, options: RenderOptions, tolkVersion: String,
                       hashes: FileHashCache) -> String {
        var hash = ContentHash()
        hash.add("tolk \(tolkVersion)\u{1F}profile \(profile ?? "-")\u{1F}\(options)")
        let pageFiles = Set(project.documents.filter { LocalizedSite.pageID(of: $0) != nil }.flatMap { document in
            [document.path] + project.config.targetLanguages.map { project.translationPath(of: document, language: $0.tag) }
        })
        for folder in ["Site", "Content", "Locales"] {
            // A page's own files are in its document key; a file linking out of its folder is never read.
            let url = project.root.appendingPathComponent(folder)
            for path in ProjectFiles.walkPaths(url, skipping: { pageFiles.contains("\(folder)/\($0)") }) {
                // A file that cannot be read is left out, as `ProjectFiles.walk` leaves it out.
                guard let content = hashes.hash("\(folder)/\(path)") else { continue }
                hash.add("\(folder)/\(path)")
                hash.add(content)
            }
        }
        for document in project.documents {
            guard let page = LocalizedSite.pageID(of: document) else { continue }
            hash.add("\(document.path)\u{1F}\(page.kind.rawValue)\u{1F}\(page.slug)")
            if let units = SiteRenderer.unitsForSitePages(of: document) {
                // By index: a loop over the units copied each of 5,000 documents' units whole.
                let all = document.units
                for index in all.indices where units.contains(all[index].id) {
                    hash.add(all[index].id + "\u{1F}" + all[index].sourceSignature)
                }
            } else {
                hash.add(contentHash(document.path, hashes))
            }
        }
        return hash.hex
    }

    /// Over a page document's own inputs: its source file, its translation file in every target
    /// language (or that it has none), and its last commit date (printed on its handouts).
    /// A file counts by its path and the hash of its bytes (`FileHashCache`: most are not read).
    /// Its key is this together with the global key (`combine`).
    static func document(_ document: SourceDocument, project: Project, date: String?, hashes: FileHashCache) -> String {
        var hash = ContentHash()
        hash.add(document.path)
        hash.add(contentHash(document.path, hashes))
        for language in project.config.targetLanguages {
            let path = project.translationPath(of: document, language: language.tag)
            hash.add(path)
            hash.add(contentHash(path, hashes))
        }
        hash.add(date ?? "-")
        return hash.hex
    }

    /// A document's key: the global key and its own files' hash (`document`) together.
    static func combine(global: String, document: String) -> String {
        var hash = ContentHash()
        hash.add(global)
        hash.add(document)
        return hash.hex
    }

    /// The hash of a file's bytes (relative to the project's folder); a marker no hash is when it cannot be read.
    private static func contentHash(_ path: String, _ hashes: FileHashCache) -> String {
        hashes.hash(path) ?? "\u{0}missing\u{0}"
    }
}
