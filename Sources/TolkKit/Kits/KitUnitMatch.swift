/// Finds the unit each returned unit translates. Most keep their id; but running text gets its
/// id from its text, so a paragraph edited while the kit was out has a new id. Such a unit is
/// paired, as sync pairs it, with a unit of the same kind whose text is the same but for minor
/// edits, or else the most similar one (trigram similarity of at least 0.5) — only among units
/// that still need a translation (new or stale) and that no returned unit has by id, so a good
/// translation is never replaced by one made for another text.
enum KitUnitMatch {
    /// For each returned unit, the position of its unit in `document`, nil when it has none.
    static func positions(_ returned: [ReturnedUnit], sources: [InlineText], document: KitDocument) -> [Int?] {
        let byID = Dictionary(document.units.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result = returned.map { byID[$0.id] }
        var claimed = Set(result.compactMap { $0 })
        let open = document.units.indices.filter { !claimed.contains($0) && [.new, .stale].contains(document.units[$0].need) }
        guard !open.isEmpty else { return result }
        let grams = Dictionary(uniqueKeysWithValues: open.map { ($0, UnitMatcher.trigrams(document.units[$0].unit.sourceSignature)) })
        for index in returned.indices where result[index] == nil {
            let kind = UnitMatcher.kindPrefix(returned[index].id)
            let signature = sources[index].signature
            let candidates = open.filter { !claimed.contains($0) && UnitMatcher.kindPrefix(document.units[$0].unit.id) == kind }
            if let same = candidates.first(where: { MinorEdit.equivalent(document.units[$0].unit.sourceSignature, signature) }) {
                result[index] = same
            } else {
                let mine = UnitMatcher.trigrams(signature)
                let scored = candidates.map { ($0, UnitMatcher.dice(mine, grams[$0]!)) }.filter { $0.1 >= 0.5 }
                result[index] = scored.max { $0.1 < $1.1 }?.0
            }
            if let position = result[index] { claimed.insert(position) }
        }
        return result
    }
}
