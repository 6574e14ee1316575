/// A word-level difference of two texts (the longest common subsequence of their words), shown
/// like `git diff --word-diff`: `… en pause hver [-time-]{+halvtime+}`. Words are runs of
/// non-whitespace, so a change of spacing alone is no change.
public struct WordDiff: Sendable, Hashable {
    /// Words both texts have, or a change: words only the old text has, then words only the new one has.
    public enum Run: Sendable, Hashable {
        case same([String])
        case changed(removed: [String], added: [String])
    }

    public let runs: [Run]

    /// Above this many cells (words of the changed middle of one text times the other's), the
    /// middle is shown as replaced as a whole: the table grows with the product.
    static let tableLimit = 1_000_000

    public init(_ old: String, _ new: String) {
        runs = Self.runs(Self.words(old), Self.words(new))
    }

    /// Whether any word differs.
    public var hasChanges: Bool {
        runs.contains { if case .changed = $0 { true } else { false } }
    }

    /// The difference as text, `[-removed-]{+added+}`, with `context` unchanged words kept on
    /// each side of a change and `…` for the words left out. Invisible characters show as `<U+XXXX>`.
    public func text(context: Int = 4) -> String {
        rendered(context: context, word: Wording.visible,
                 removed: { "[-\($0.joined(separator: " "))-]" }, added: { "{+\($0.joined(separator: " "))+}" })
    }

    /// The difference as HTML, escaped (invisible characters as `<U+XXXX>`), with `<del>` and
    /// `<ins>`; the whole texts unless `context` is given.
    public func html(context: Int? = nil) -> String {
        rendered(context: context, word: { HTML.escape(Wording.visible($0)) },
                 removed: { "<del>\($0.joined(separator: " "))</del>" }, added: { "<ins>\($0.joined(separator: " "))</ins>" })
    }

    private func rendered(context: Int?, word: (String) -> String, removed: ([String]) -> String, added: ([String]) -> String) -> String {
        var tokens: [String] = []
        for (index, run) in runs.enumerated() {
            switch run {
            case .changed(let old, let new):
                // Side by side, as git does: `[-time-]{+halvtime+}`.
                tokens.append((old.isEmpty ? "" : removed(old.map(word))) + (new.isEmpty ? "" : added(new.map(word))))
            case .same(let words):
                let shown = words.map(word)
                guard let context, hasChanges else { tokens += shown; continue }
                let isFirst = index == 0, isLast = index == runs.count - 1
                if isFirst, shown.count > context {
                    tokens += ["…"] + shown.suffix(context)
                } else if isLast, shown.count > context {
                    tokens += shown.prefix(context) + ["…"]
                } else if !isFirst, !isLast, shown.count > 2 * context + 1 {
                    tokens += shown.prefix(context) + ["…"] + shown.suffix(context)
                } else {
                    tokens += shown
                }
            }
        }
        return tokens.joined(separator: " ")
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The runs of two word lists: common prefix and suffix first, then the LCS of the middle.
    static func runs(_ old: [String], _ new: [String]) -> [Run] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix ..< old.count - suffix]), b = Array(new[prefix ..< new.count - suffix])
        // One entry per word: nil for a word both have, else whether it is removed (true) or added.
        var marks: [(word: String, removed: Bool?)] = old[..<prefix].map { ($0, nil) }
        if a.count * b.count > tableLimit {
            marks += a.map { ($0, true) } + b.map { ($0, false) }
        } else {
            // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
            var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    marks.append((a[i], nil)); i += 1; j += 1
                } else if j == b.count || (i < a.count && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    marks.append((a[i], true)); i += 1
                } else {
                    marks.append((b[j], false)); j += 1
                }
            }
        }
        marks += old[(old.count - suffix)...].map { ($0, nil) }
        // Group: every stretch of changed words becomes one change, its removed words first.
        var result: [Run] = []
        var same: [String] = [], removed: [String] = [], added: [String] = []
        func flushChange() {
            if !removed.isEmpty || !added.isEmpty { result.append(.changed(removed: removed, added: added)) }
            removed = []; added = []
        }
        for mark in marks {
            switch mark.removed {
            case nil:
                flushChange()
                same.append(mark.word)
            case let isRemoved?:
                if !same.isEmpty { result.append(.same(same)); same = [] }
                if isRemoved { removed.append(mark.word) } else { added.append(mark.word) }
            }
        }
        flushChange()
        if !same.isEmpty { result.append(.same(same)) }
        return result
    }
}
