/// Lines up source units that a translation file does not have by id with the file's units that
/// no source unit has, when their texts differ only in minor ways (`MinorEdit`). Running text
/// gets its id from its text, so swapping a quote changes the id: without this, such a unit would
/// read as missing until `tolk sync` ran, and build and check would disagree with sync.
enum MinorEditMatches {
    /// For each source unit id without a translation of its own, the unknown unit whose source
    /// is the same but for minor edits (the same kind of unit, first come first served). `unknown`
    /// loses the units matched.
    static func match(_ units: [Unit], byID: [String: TranslationUnit], unknown: inout [TranslationUnit]) -> [String: TranslationUnit] {
        guard !unknown.isEmpty else { return [:] }
        let unmatched = units.filter { byID[$0.id] == nil }
        guard !unmatched.isEmpty else { return [:] }
        var candidates: [String: [Int]] = [:]
        for (index, translation) in unknown.enumerated() {
            candidates[key(translation.id, translation.source.signature), default: []].append(index)
        }
        var result: [String: TranslationUnit] = [:]
        var used: Set<Int> = []
        for unit in unmatched {
            let key = key(unit.id, unit.sourceSignature)
            guard var queue = candidates[key], !queue.isEmpty else { continue }
            let index = queue.removeFirst()
            candidates[key] = queue
            result[unit.id] = unknown[index]
            used.insert(index)
        }
        unknown = unknown.enumerated().filter { !used.contains($0.offset) }.map(\.element)
        return result
    }

    private static func key(_ id: String, _ signature: String) -> String {
        "\(UnitMatcher.kindPrefix(id))\u{1}\(MinorEdit.folded(signature))"
    }
}
