import CCmarkGFM
import Foundation

/// The one way into cmark-gfm's parser, safe to call from every core at once.
///
/// cmark-gfm 0.29 keeps parser state in globals. Registering the core extensions sets a
/// plain `static int` and numbers the table's node types, so two first calls at once
/// register them twice. And every parse adds the extensions' inline characters (`|`, `~`)
/// to one process-wide table when its inline pass starts and removes them when it ends, so
/// a parse that ends takes them away from one still running. Its strikethrough then stays
/// as literal tildes, and its tables can come apart (cmark-gfm pull request 176; a
/// `finalize` assertion brought `tolk serve` down in CI). So the extensions are registered
/// once, and parses take turns. A topic parses in well under a millisecond; walking the tree
/// afterwards, the larger share, stays parallel.
enum CmarkParser {
    /// The GFM table and strikethrough extensions, looked up once. `static let` runs its
    /// initialiser exactly once, however many threads ask at the same moment.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        let names = ["table", "strikethrough"]
        return names.compactMap { name in cmark_find_syntax_extension(name) }
    }()

    private static let turns = NSLock()

    /// Parses `markdown` into a cmark document, or nil when cmark cannot allocate one. The
    /// caller owns the document and frees it with `cmark_node_free`.
    static func parse(_ markdown: String) -> OpaquePointer? {
        let extensions = Self.extensions
        return turns.withLock { () -> OpaquePointer? in
            guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
            defer { cmark_parser_free(parser) }
            for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
            cmark_parser_feed(parser, markdown, markdown.utf8.count)
            return cmark_parser_finish(parser)
        }
    }
}
