/// What the source of a stale unit said when it was translated and what it says now, in full,
/// so a report can show the difference (`WordDiff`) rather than two shortened quotes.
public struct SourceChange: Sendable, Hashable, Codable {
    /// The source the translation was made from.
    public var previous: String
    /// The source now.
    public var current: String

    public init(previous: String, current: String) {
        self.previous = previous
        self.current = current
    }

    /// How a `stale` message starts, before the words that changed.
    public static let lead = "the source changed since this was translated"

    /// The words that changed.
    public var diff: WordDiff { WordDiff(previous, current) }
}
