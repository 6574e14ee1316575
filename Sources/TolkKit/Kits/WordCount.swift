/// Words as agencies count them for a quote: what stands between spaces, when it has a letter
/// or a digit in it (`113`, `helsenorge.no`, `smerter.` are one word each; a lone `–` is none).
/// Inline codes are not words; the text inside a link or bold is.
public enum WordCount {
    public static func words(in text: InlineText) -> Int {
        words(in: text.elements.reduce(into: "") { if case .text(let value) = $1 { $0 += value } else { $0 += " " } })
    }

    public static func words(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count { token in token.contains { $0.isLetter || $0.isNumber } }
    }
}

/// The word counts of a kit, per file and in total: what an agency quotes on.
public struct KitWordCounts: Sendable, Hashable {
    /// Counts of one file (or the total).
    public struct Counts: Sendable, Hashable {
        public var units = 0
        /// Words of units with no translation yet.
        public var new = 0
        /// Words of units whose source changed (the previous translation is in the kit).
        public var stale = 0
        /// Words of translated units that need a review (below the site's minimum state).
        public var review = 0
        /// Words of units whose source text already came earlier in the kit: to translate once.
        public var repeated = 0
        /// Words of translated units sent for reference (`--only all`).
        public var current = 0
        /// Every word in the kit.
        public var total: Int { new + stale + review + repeated + current }

        mutating func add(_ other: Counts) {
            units += other.units; new += other.new; stale += other.stale
            review += other.review; repeated += other.repeated; current += other.current
        }
    }

    /// The counts of one kit file.
    public struct File: Sendable, Hashable {
        /// The file's path in the kit.
        public var path: String
        public var counts: Counts
    }

    /// Per kit file, in kit order.
    public var files: [File] = []
    public var total = Counts()

    /// The counts as a table, for the terminal and for `word-counts.txt` in the kit.
    public func table(language: String) -> String {
        let header = ["file", "units", "new", "stale", "review", "repeated", "total"]
        var rows = files.map { [$0.path] + Self.columns($0.counts) }
        rows.append(["total"] + Self.columns(total))
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        var out = "Words to translate into \(language) (repeated: the same source text again, to translate once; review: translated, to be reviewed)\n"
        out += line(header) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    private static func columns(_ counts: Counts) -> [String] {
        [counts.units, counts.new, counts.stale, counts.review, counts.repeated, counts.total].map(String.init)
    }
}
