import Foundation

/// The key the site-wide pages (language indexes, chooser, 404, sitemap, robots.txt, assets
/// and program pages) are reused by. They are rendered from the project and interface strings
/// (the global key) and from what they show of each page: whether it is published in each
/// language, and a topic's title and summary as translated (`PageText`), or an exercise or
/// video whole (the program pages print exercises). A topic edited below its summary, or a
/// translation of its body, leaves them as they were: on a 5,000-topic site they are a seventh
/// of a one-edit rebuild.
enum SitePagesKey {
    /// The record path they are kept under in the build cache: no document's path has a NUL.
    static let recordPath = "\u{0}site-pages"

    /// What the site-wide pages show of one page document, as bytes to hash. A topic's comes from
    /// what its check decided (`CachedDocumentLoad`: the same for a topic rendered and for one taken
    /// over from the cache); any other document's is its key, which covers all of its files.
    static func listing(of document: SourceDocument, page: PageID, load: DocumentLoad, documentKey: String) -> [UInt8] {
        var writer = SourceWriter()
        writer.string(document.path)
        writer.string(page.kind.rawValue)
        writer.string(page.slug)
        guard let cached = CachedDocumentLoad(load, of: document, page: page) else {
            writer.bool(false)
            writer.string(documentKey)
            return writer.bytes
        }
        writer.bool(true)
        writer.array(cached.languages) { writer, language in
            writer.string(language.tag)
            writer.bool(language.fileExists)
            writer.bool(language.unreadable)
            writer.array(language.units) { $0.keptUnit($1) }
        }
        // Whether and how it is published; not why it is withheld, which only its own page says.
        writer.array(cached.availability.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            switch entry.value {
            case .published(let unreviewed): writer.int(0); writer.bool(unreviewed)
            case .publishedWithFallback(let unreviewed): writer.int(1); writer.bool(unreviewed)
            case .withheld: writer.int(2)
            }
        }
        return writer.bytes
    }

    /// The key over the global key and the listings of every page document, in project order.
    static func key(global: String, listings: [[UInt8]]) -> String {
        var hash = ContentHash()
        hash.add("site pages\u{1F}\(global)")
        for listing in listings {
            var length = UInt64(listing.count).littleEndian
            withUnsafeBytes(of: &length) { hash.add($0) }
            listing.withUnsafeBytes { hash.add($0) }
        }
        return hash.hex
    }
}
