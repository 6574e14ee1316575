/// What kind of block a unit comes from; tells the translator the context.
public enum UnitKind: String, Sendable, Codable, Hashable {
    case heading, paragraph, listItem = "list-item", tableCell = "table-cell", imageAlt = "image-alt"
    case field, step, caution, string, plural
    /// A subtitle cue of a video (its text; timings are never translated).
    case cue
}

/// One translatable block with a stable id.
public struct Unit: Sendable, Hashable {
    /// Unique within its file. Blocks of running text get an id from their text (`p-1a2b3c4d`),
    /// so moving a block keeps its id; fields and strings use their key (`title`, `print`).
    public var id: String
    public var kind: UnitKind
    /// The source text; set once, so its signature can be computed once.
    public let source: InlineText
    /// `source.signature`, computed once: sync, the catalog and handouts compare it for every
    /// language, and recomputing it was a large share of build and check time on big sites.
    public let sourceSignature: String
    /// Where the block is in the source file.
    public var location: SourceLocation
    /// A note for the translator ("Heading", "Exercise step").
    public var context: String
    /// For plural messages: the plural category this unit is for ("one", "few", ...).
    public var pluralCategory: String?
    /// For subtitle cues: how long the cue is shown, in seconds (the reading-speed check).
    public var duration: Double?

    public init(id: String, kind: UnitKind, source: InlineText, location: SourceLocation, context: String,
                pluralCategory: String? = nil, duration: Double? = nil) {
        self.id = id
        self.kind = kind
        self.source = source
        self.sourceSignature = source.signature
        self.location = location
        self.context = context
        self.pluralCategory = pluralCategory
        self.duration = duration
    }

    /// A unit whose signature is already known: one read back from the source cache.
    init(id: String, kind: UnitKind, source: InlineText, sourceSignature: String, location: SourceLocation, context: String,
         pluralCategory: String?, duration: Double?) {
        self.id = id
        self.kind = kind
        self.source = source
        self.sourceSignature = sourceSignature
        self.location = location
        self.context = context
        self.pluralCategory = pluralCategory
        self.duration = duration
    }
}

/// Makes unit ids: text blocks get a short hash of their text, unique within a file.
struct UnitIDMaker {
    private var used: Set<String> = []

    /// An id such as `p-1a2b3c4d` for the text; `p-1a2b3c4d-2` for a second identical block.
    mutating func make(prefix: String, text: String) -> String {
        let base = "\(prefix)-\(Self.hash(text))"
        return reserve(base)
    }

    /// A fixed id such as `title`; suffixed if already taken.
    mutating func reserve(_ base: String) -> String {
        var id = base
        var counter = 2
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }

    /// FNV-1a over the UTF-8 bytes, 32 bits as 8 hex digits: short, stable across platforms and runs.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 16_777_619
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
