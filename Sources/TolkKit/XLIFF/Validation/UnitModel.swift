/// What the unit rules need from one `<unit>`, collected while walking it once.
struct UnitModel {
    let element: XMLElement
    let id: String?
    let fileID: String?
    var noteIDs: Set<String> = []
    var dataIDs: Set<String> = []
    var parts: [UnitPart] = []

    /// The inline items of all sources, or of all targets, in document order.
    func items(_ side: UnitPart.Side) -> [InlineItem] {
        parts.flatMap { side == .source ? $0.source : ($0.target ?? []) }
    }

    /// Whether every segment has a target, so span rules can be checked on the target side.
    var targetsComplete: Bool { parts.allSatisfy { !$0.isSegment || $0.target != nil } }

    /// The targets in the order a reader sees them: by `order`, or by position when not set.
    var targetsInDisplayOrder: [[InlineItem]] {
        parts.enumerated()
            .compactMap { index, part in part.target.map { (part.order ?? index + 1, $0) } }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}

/// A `<segment>` or an `<ignorable>`.
struct UnitPart {
    enum Side { case source, target }

    let element: XMLElement
    var isSegment: Bool { element.isNamed("segment") }
    var source: [InlineItem] = []
    var target: [InlineItem]?
    var targetElement: XMLElement?
    /// The explicit `order` of the target, when set and valid.
    var order: Int?
}

/// The editing hints of an inline code, with XLIFF's defaults.
struct EditingHints: Equatable {
    enum Reorder: String { case yes, firstNo, no }

    var canCopy: Bool
    var canDelete: Bool
    var canOverlap: Bool
    var canReorder: Reorder

    init(_ element: XMLElement) {
        canCopy = element.attribute(named: "canCopy") != "no"
        canDelete = element.attribute(named: "canDelete") != "no"
        canOverlap = element.attribute(named: "canOverlap") != "no"
        canReorder = element.attribute(named: "canReorder").flatMap(Reorder.init(rawValue:)) ?? .yes
    }
}

/// One inline element of a source or target, flattened in document order; `<pc>` and `<mrk>`
/// give a start and an end item.
struct InlineItem {
    enum Kind { case ph, pc, pcEnd, sc, ec, mrk, mrkEnd, sm, em }

    let kind: Kind
    let element: XMLElement
    let hints: EditingHints
    let id: String?
    let startRef: String?
    let isolated: Bool

    init(_ kind: Kind, _ element: XMLElement) {
        self.kind = kind
        self.element = element
        hints = EditingHints(element)
        id = element.attribute(named: "id")
        startRef = element.attribute(named: "startRef")
        isolated = element.attribute(named: "isolated") == "yes"
    }

    /// Whether the item is an inline code (as opposed to an annotation marker).
    var isCode: Bool { [.ph, .pc, .pcEnd, .sc, .ec].contains(kind) }

    /// Whether the item declares an id in the unit (end items repeat their start's; only an
    /// isolated `<ec>` has an id of its own).
    var declaresID: Bool { id != nil && ![.pcEnd, .mrkEnd, .em].contains(kind) && (kind != .ec || isolated) }

    /// The code this item belongs to: its id, or for a paired end code the `startRef`.
    var codeKey: String? { kind == .ec && !isolated ? startRef : id }
}
