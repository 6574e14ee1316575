/// A note on a unit. Notes in Tolk's own categories are rewritten by sync; all others
/// (a translator's or a CAT tool's) are kept as they are.
public struct UnitNote: Sendable, Hashable, Codable {
    public var category: String?
    public var text: String
    public var attributes: [String: String]

    public init(category: String?, text: String, attributes: [String: String] = [:]) {
        self.category = category
        self.text = text
        self.attributes = attributes
    }

    /// Whether Tolk writes this note (and so may replace it).
    public var isTolks: Bool { category?.hasPrefix("tolk:") == true }
}

/// One unit of an XLIFF file as read: the text a translator worked on and its state.
public struct TranslationUnit: Sendable, Hashable, Codable {
    /// The sub-state sync sets when the source changed after translation.
    public static let staleSubState = "tolk:stale"

    public var id: String
    /// The source text in the file (codes not resolved: their meaning comes from the content file).
    public var source: InlineText
    /// The target text, nil when the unit has no `<target>`.
    public var target: InlineText?
    /// The lowest state of the unit's segments (`initial` when absent).
    public var state: TranslationState
    public var subState: String?
    /// What the source said when it was translated, kept by sync for a stale unit.
    public var previousSource: String?
    public var notes: [UnitNote]
    /// Where `<unit>` and `<target>` are in the .xlf file.
    public var location: SourceLocation
    public var targetLocation: SourceLocation?

    public init(id: String, source: InlineText, target: InlineText?, state: TranslationState, subState: String? = nil,
                previousSource: String? = nil, notes: [UnitNote] = [], location: SourceLocation, targetLocation: SourceLocation? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.subState = subState
        self.previousSource = previousSource
        self.notes = notes
        self.location = location
        self.targetLocation = targetLocation
    }

    /// True when the source changed after translation and nobody has confirmed the target since.
    public var isStale: Bool { subState == Self.staleSubState && state == .initial }

    /// True when the unit has a target with text in it.
    public var hasTarget: Bool { !(target?.isEmpty ?? true) }
}

/// An XLIFF 2 file for one source document and one target language.
public struct TranslationFile: Sendable, Hashable {
    public var path: String
    public var sourceLanguage: String
    public var targetLanguage: String?
    /// The `original` attribute of `<file>`: the content file's project-relative path.
    public var original: String?
    public var units: [TranslationUnit]
    /// Ids of the units that break the XLIFF core rules inside (markup typed into a target, a
    /// broken code, a repeated id...): the reader reported why, and their translations are not used.
    public var unusableUnits: Set<String>

    public init(path: String, sourceLanguage: String, targetLanguage: String?, original: String?, units: [TranslationUnit],
                unusableUnits: Set<String> = []) {
        self.path = path
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.original = original
        self.units = units
        self.unusableUnits = unusableUnits
    }

    /// Units by id (first wins when an id repeats; the reader reports repeats).
    public var unitsByID: [String: TranslationUnit] {
        var result: [String: TranslationUnit] = [:]
        // Units are large values: growing the table step by step moved each several times.
        result.reserveCapacity(units.count)
        for unit in units where result[unit.id] == nil { result[unit.id] = unit }
        return result
    }
}
