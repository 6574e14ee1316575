/// How a site is rendered.
public struct RenderOptions: Sendable, Hashable {
    /// HTML added before `</body>` of every page (the preview server's reload script). Never set by `tolk build`.
    public var bodyExtra: String = ""
    /// Mark every block with its unit id and status, for the preview's translator view.
    public var annotateUnits = false

    public init(bodyExtra: String = "", annotateUnits: Bool = false) {
        self.bodyExtra = bodyExtra
        self.annotateUnits = annotateUnits
    }
}
