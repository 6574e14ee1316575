/// Suggestions for misspelt names ("did you mean `languages`?"), so that a typo in a settings
/// key is not silently ignored.
enum Spelling {
    /// The known name closest to `word`, when it is close enough to be the one meant: one edit
    /// away for short names, two for names of five letters or more. Letters swapped side by
    /// side (`langauges`) count as one edit; case is ignored. Ties go to the first in sorted order.
    static func suggestion(for word: String, among known: some Collection<String>) -> String? {
        let typed = Array(word.lowercased())
        let allowed = typed.count >= 5 ? 2 : 1
        var best: (name: String, distance: Int)?
        for name in known.sorted() {
            let distance = editDistance(typed, Array(name.lowercased()))
            guard distance <= allowed, distance < (best?.distance ?? Int.max) else { continue }
            best = (name, distance)
        }
        return best?.name
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and swaps
    /// of neighbouring letters, each counting one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
