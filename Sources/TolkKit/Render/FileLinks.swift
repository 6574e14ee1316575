import Foundation

/// Rewrites a page's links to folders so that they name the folder's `index.html`. A web server
/// answers `en/topics/neck-pain/` with its `index.html`; a browser reading from disk shows a
/// listing of the folder instead. Working on the rendered HTML rather than in each link's
/// template means links in a project's own templates and in Markdown are rewritten too.
enum FileLinks {
    /// `html` with every relative `href` whose path ends in `/` (or is `.`/`..`) pointing at `index.html`.
    /// Links with a scheme (`https:`, `tel:`), root-absolute ones and fragments are left alone.
    static func rewrite(_ html: String) -> String {
        let marker = " href=\""
        guard html.contains(marker) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let start = rest.range(of: marker) {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            result += rewriteLink(String(rest[..<end]))
            rest = rest[end...]
        }
        result += rest
        return result
    }

    /// One `href` value, rewritten when it is a relative link to a folder.
    static func rewriteLink(_ link: String) -> String {
        let pathEnd = link.firstIndex { $0 == "?" || $0 == "#" } ?? link.endIndex
        let path = link[..<pathEnd]
        guard !path.isEmpty, !path.hasPrefix("/"), !hasScheme(path) else { return link }
        let suffix = link[pathEnd...]
        if path.hasSuffix("/") { return path + "index.html" + suffix }
        if path == "." || path == ".." || path.hasSuffix("/.") || path.hasSuffix("/..") { return path + "/index.html" + suffix }
        return link
    }

    /// `https:`, `mailto:`, `tel:`, `data:`: a colon before any slash.
    private static func hasScheme(_ path: Substring) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return false }
        return !path[..<colon].contains("/")
    }
}

/// Passes files on with `FileLinks` applied to every HTML file (`tolk build --file-links`).
struct FileLinksSink: OutputSink {
    let inner: OutputSink

    func write(_ path: String, _ data: Data) throws {
        guard path.hasSuffix(".html") else { return try inner.write(path, data) }
        try inner.write(path, Data(FileLinks.rewrite(String(decoding: data, as: UTF8.self)).utf8))
    }
}
