/// Column alignment in a table.
public enum TableAlignment: String, Sendable, Hashable {
    case none, left, center, right
}

/// The structure of a topic's body. Text lives in units; blocks refer to them by id,
/// so the same structure renders in every language.
public indirect enum Block: Sendable, Hashable {
    case heading(level: Int, unit: String)
    case paragraph(unit: String)
    case list(ordered: Bool, start: Int, tight: Bool, items: [[Block]])
    case quote([Block])
    case table(alignments: [TableAlignment], header: [String], rows: [[String]])
    /// A fenced or indented code block, shown verbatim and not translated.
    case code(String)
    case thematicBreak
}
