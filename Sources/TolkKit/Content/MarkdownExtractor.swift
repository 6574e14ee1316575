import CCmarkGFM
import Foundation

/// Parses a topic body with cmark-gfm (CommonMark + GFM tables and strikethrough) and turns
/// it into blocks and units. Raw HTML never becomes a unit: it would vanish from the page, so
/// it is an error. Image sources and local links must stay inside the project (`ProjectPath`).
struct MarkdownExtractor {
    let path: String
    /// The project on disk, to look image files up (symbolic links); nil checks the text only.
    let disk: SourceDisk?
    /// Line of the file where the body starts, minus one.
    let lineOffset: Int
    private(set) var units: [Unit] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var ids = UnitIDMaker()

    init(path: String, lineOffset: Int, reservedIDs: [String], disk: SourceDisk? = nil) {
        self.path = path
        self.disk = disk
        self.lineOffset = lineOffset
        for id in reservedIDs { _ = ids.reserve(id) }
    }

    /// Extracts the blocks of a Markdown body.
    mutating func extract(_ markdown: String) -> [Block] {
        guard let document = CmarkParser.parse(markdown) else { return [] }
        defer { cmark_node_free(document) }
        return blocks(in: document)
    }

    private mutating func blocks(in parent: OpaquePointer) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    private func type(_ node: OpaquePointer) -> String { String(cString: cmark_node_get_type_string(node)) }

    private func location(_ node: OpaquePointer) -> SourceLocation {
        SourceLocation(file: path, line: Int(cmark_node_get_start_line(node)) + lineOffset,
                       column: max(Int(cmark_node_get_start_column(node)), 1))
    }

    private mutating func block(_ node: OpaquePointer) -> Block? {
        switch type(node) {
        case "heading":
            let level = Int(cmark_node_get_heading_level(node))
            return .heading(level: level, unit: unit(node, kind: .heading, prefix: "h", context: "Heading (level \(level))"))
        case "paragraph":
            return .paragraph(unit: unit(node, kind: .paragraph, prefix: "p", context: "Paragraph"))
        case "list":
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(listItem(current))
                item = cmark_node_next(current)
            }
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0, items: items)
        case "block_quote":
            return .quote(blocks(in: node))
        case "code_block":
            return .code(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
        case "thematic_break":
            return .thematicBreak
        case "table":
            return table(node)
        case "html_block":
            diagnostics.append(.error("raw-html", at: location(node),
                "raw HTML in the text is never published: it would be left out of the page",
                hint: "write it in Markdown instead (headings, lists, **bold**, [links](https://...))"))
            return nil
        default:
            diagnostics.append(.warning("markdown", at: location(node),
                "this kind of Markdown block (\(type(node))) is not supported and is left out"))
            return nil
        }
    }

    private mutating func listItem(_ item: OpaquePointer) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(item)
        while let node = child {
            if type(node) == "paragraph" {
                result.append(.paragraph(unit: unit(node, kind: .listItem, prefix: "li", context: "List item")))
            } else if let block = block(node) {
                result.append(block)
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func table(_ node: OpaquePointer) -> Block {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableAlignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columns {
                switch raw[index] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [String] = []
        var rows: [[String]] = []
        var row = cmark_node_first_child(node)
        while let currentRow = row {
            var cells: [String] = []
            var cell = cmark_node_first_child(currentRow)
            while let currentCell = cell {
                cells.append(unit(currentCell, kind: .tableCell, prefix: "td", context: "Table cell"))
                cell = cmark_node_next(currentCell)
            }
            if cmark_gfm_extensions_get_table_row_is_header(currentRow) != 0 { header = cells } else { rows.append(cells) }
            row = cmark_node_next(currentRow)
        }
        return .table(alignments: alignments, header: header, rows: rows)
    }

    /// Makes a unit from the inline content of a block and returns its id.
    private mutating func unit(_ node: OpaquePointer, kind: UnitKind, prefix: String, context: String) -> String {
        var builder = InlineBuilder()
        inlines(of: node, into: &builder)
        let text = builder.finish()
        let id = ids.make(prefix: prefix, text: text.signature)
        units.append(Unit(id: id, kind: kind, source: text, location: location(node), context: context))
        // Alt texts of images in this block become units after it, so they follow it in the file.
        for (altID, alt, altLocation) in builder.pendingAltTexts {
            units.append(Unit(id: altID, kind: .imageAlt, source: alt, location: altLocation, context: "Image description (alt text)"))
        }
        return id
    }

    private mutating func inlines(of parent: OpaquePointer, into builder: inout InlineBuilder) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            switch type(node) {
            case "text": builder.appendText(literal)
            case "softbreak": builder.appendText(" ")
            case "linebreak": builder.appendCode(.lineBreak)
            case "code": builder.appendCode(.code(literal))
            case "emph": builder.wrap(.emphasis) { inlines(of: node, into: &$0) }
            case "strong": builder.wrap(.strong) { inlines(of: node, into: &$0) }
            case "strikethrough": builder.wrap(.strikethrough) { inlines(of: node, into: &$0) }
            case "link":
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                checkLink(url, at: location(node))
                builder.wrap(.link(url: url)) { inlines(of: node, into: &$0) }
            case "image":
                var altBuilder = InlineBuilder()
                inlines(of: node, into: &altBuilder)
                let alt = altBuilder.finish()
                let altID = ids.make(prefix: "alt", text: alt.signature)
                let src = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                checkImage(src, at: location(node))
                builder.appendCode(.image(src: src, altUnit: altID))
                builder.pendingAltTexts.append((altID, alt, location(node)))
            case "html_inline":
                diagnostics.append(.error("raw-html", at: location(node),
                    "raw HTML (\(literal)) in the text is never published: it would be left out of the page",
                    hint: "use Markdown instead: *emphasis*, **bold**, [link text](https://...)"))
            default:
                inlines(of: node, into: &builder)
            }
            child = cmark_node_next(node)
        }
    }

    // MARK: Paths

    /// The path part of a URL that names something in the site (no scheme, not `//host`,
    /// not only a `#fragment`), without its query and fragment; nil for other URLs.
    static func localPath(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let path = String(trimmed.prefix { $0 != "?" && $0 != "#" })
        guard !path.isEmpty, !trimmed.hasPrefix("//") else { return nil }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
        return path
    }

    /// An image source is relative to `Content/` (the site's root, where `images/` is copied).
    private mutating func checkImage(_ src: String, at location: SourceLocation) {
        guard let local = Self.localPath(src) else { return }
        if let problem = ProjectPath.problem(local, in: "Content", disk: disk) {
            diagnostics.append(ProjectPath.diagnostic(problem, what: "the image", path: src, folder: "Content/", at: location))
        }
    }

    /// A local link is relative to the page, which is three folders below the site's root
    /// (`nb/topics/NAME/`): it may climb those, and no further.
    private mutating func checkLink(_ url: String, at location: SourceLocation) {
        guard let local = Self.localPath(url), case .failure(let problem) = ProjectPath.normalize(local, base: ["lang", "topics", "page"]) else { return }
        let hint = "write a full address (https://...), or a path from this page: `../NAME/` is another topic, `../../exercises/NAME/` an exercise"
        switch problem {
        case .absolute:
            diagnostics.append(.error("path", at: location, "the link `\(url)` is an absolute path; it would lead outside the site", hint: hint))
        case .escapes, .linksOutside:
            diagnostics.append(.error("path", at: location, "the link `\(url)` climbs out of the site with `..`", hint: hint))
        }
    }
}
