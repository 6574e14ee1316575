/// How a site is rendered.
public struct RenderOptions: Sendable, Hashable {
    /// HTML added before `</body>` of every page (the preview server's reload script). Never set by `tolk build`.
    public var bodyExtra: String = ""
    /// Mark every block with its unit id and status, for the preview's translator view.
    public var annotateUnits = false
    /// Links name the `index.html` they lead to (`../neck-pain/index.html`, not `../neck-pain/`), so the
    /// site can be browsed straight from disk (`file://`), where a folder opens as a listing (`tolk build --file-links`).
    public var fileLinks = false
    /// The URL path the site is served from, for the one page that cannot link relatively (404.html,
    /// served at any depth). Nil: the path of `base_url`. The preview serves at `/` whatever `base_url` says.
    public var sitePath: String?

    public init(bodyExtra: String = "", annotateUnits: Bool = false, fileLinks: Bool = false, sitePath: String? = nil) {
        self.bodyExtra = bodyExtra
        self.annotateUnits = annotateUnits
        self.fileLinks = fileLinks
        self.sitePath = sitePath
    }
}
