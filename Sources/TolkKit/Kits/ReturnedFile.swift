/// A unit of a kit file that came back from a translator, in any of the kit formats.
struct ReturnedUnit: Sendable {
    var id: String
    /// The source as the file has it (codes by id only).
    var source: InlineText
    /// The target; nil when the file has none. PO targets are read against the current source
    /// (`KitInline.readPO`), so `rawPOTarget` keeps the text until then.
    var target: InlineText?
    var rawPOSource: String?
    var rawPOTarget: String?
    /// The state the file gives, as its format says it (`translated`, `signed-off`, `fuzzy`...).
    var stateName: String?
    /// The state that name stands for in Tolk (nil: the file says nothing usable).
    var state: TranslationState?
    var location: SourceLocation
}

/// A returned kit file: which source file it translates, into which language, and its units.
struct ReturnedFile: Sendable {
    enum Format: String, Sendable { case xliff2 = "XLIFF 2", xliff12 = "XLIFF 1.2", po = "PO" }

    var format: Format
    /// Where it came from, for diagnostics (`kit.zip:topics/x.po` or a path).
    var path: String
    /// The path inside the kit (`topics/neck-pain.po`), to find the source file when the
    /// file does not name it.
    var kitPath: String
    /// The source file it names (`original`, `X-Tolk-Original`).
    var original: String?
    var targetLanguage: String?
    var units: [ReturnedUnit]
    /// Why units of the file that break its format's rules are refused (the others are read).
    var rejections: [Diagnostic] = []
    var rejectedUnits = 0
}
