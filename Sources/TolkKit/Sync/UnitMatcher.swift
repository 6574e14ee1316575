/// Pairs the units of an old translation file with the current source units, like msgmerge:
/// same id first, then a block whose text changed only in minor ways (`MinorEdit`: its id,
/// a hash of the text, changed with a swapped quote), then a changed block by text similarity,
/// then by position between unchanged neighbours. Moving or reordering blocks keeps their ids,
/// so it changes nothing.
enum UnitMatcher {
    /// For each new unit index, the index of the old unit it continues, if any.
    static func match(new: [Unit], old: [TranslationUnit]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var oldByID: [String: Int] = [:]
        for (index, unit) in old.enumerated() where oldByID[unit.id] == nil { oldByID[unit.id] = index }
        var usedOld: Set<Int> = []
        for (index, unit) in new.enumerated() {
            if let oldIndex = oldByID[unit.id] {
                pairs[index] = oldIndex
                usedOld.insert(oldIndex)
            }
        }
        matchMinorEdits(new: new, old: old, pairs: &pairs, usedOld: &usedOld)
        // Changed blocks: the most similar old block of the same kind, best pairs first.
        var candidates: [(score: Double, new: Int, old: Int)] = []
        let newLeft = new.indices.filter { pairs[$0] == nil }
        let oldLeft = old.indices.filter { !usedOld.contains($0) }
        if !newLeft.isEmpty && !oldLeft.isEmpty {
            let oldGrams = Dictionary(uniqueKeysWithValues: oldLeft.map { ($0, trigrams(old[$0].source.signature)) })
            for newIndex in newLeft {
                let grams = trigrams(new[newIndex].sourceSignature)
                for oldIndex in oldLeft where kindPrefix(old[oldIndex].id) == kindPrefix(new[newIndex].id) {
                    let score = dice(grams, oldGrams[oldIndex]!)
                    if score >= 0.5 { candidates.append((score, newIndex, oldIndex)) }
                }
            }
        }
        candidates.sort { ($0.score, -$0.new, -$0.old) > ($1.score, -$1.new, -$1.old) }
        for candidate in candidates where pairs[candidate.new] == nil && !usedOld.contains(candidate.old) {
            pairs[candidate.new] = candidate.old
            usedOld.insert(candidate.old)
        }
        // Rewritten blocks: same kind, in the same place between matched neighbours.
        let anchorsOfOld = anchors(count: old.count, matched: Set(pairs.values))
        var oldByAnchor: [Int: [Int]] = [:]
        for index in old.indices where !usedOld.contains(index) {
            oldByAnchor[anchorsOfOld[index], default: []].append(index)
        }
        var previousMatchedOld = -1
        for index in new.indices {
            if let oldIndex = pairs[index] {
                previousMatchedOld = oldIndex
                continue
            }
            guard var queue = oldByAnchor[previousMatchedOld],
                  let position = queue.firstIndex(where: { kindPrefix(old[$0].id) == kindPrefix(new[index].id) })
            else { continue }
            let oldIndex = queue.remove(at: position)
            oldByAnchor[previousMatchedOld] = queue
            pairs[index] = oldIndex
            usedOld.insert(oldIndex)
        }
        return pairs
    }

    /// Pairs blocks left over by id whose texts are equal but for minor edits, in order.
    /// (Short texts such as “Nei” → "Nei" share too few trigrams for the similarity step.)
    static func matchMinorEdits(new: [Unit], old: [TranslationUnit], pairs: inout [Int: Int], usedOld: inout Set<Int>) {
        let newLeft = new.indices.filter { pairs[$0] == nil }
        guard !newLeft.isEmpty, usedOld.count < old.count else { return }
        var oldByText: [String: [Int]] = [:]
        for index in old.indices where !usedOld.contains(index) {
            let key = "\(kindPrefix(old[index].id))\u{1}\(MinorEdit.folded(old[index].source.signature))"
            oldByText[key, default: []].append(index)
        }
        for index in newLeft {
            let key = "\(kindPrefix(new[index].id))\u{1}\(MinorEdit.folded(new[index].sourceSignature))"
            guard var queue = oldByText[key], !queue.isEmpty else { continue }
            let oldIndex = queue.removeFirst()
            oldByText[key] = queue
            pairs[index] = oldIndex
            usedOld.insert(oldIndex)
        }
    }

    /// For each old index, the index of the closest matched old unit before it (-1 for none).
    private static func anchors(count: Int, matched: Set<Int>) -> [Int] {
        var result: [Int] = []
        var last = -1
        for index in 0..<count {
            result.append(last)
            if matched.contains(index) { last = index }
        }
        return result
    }

    /// The id's kind prefix (`p` of `p-1a2b3c4d`); fixed ids are their own kind.
    static func kindPrefix(_ id: String) -> Substring {
        id.split(separator: "-", maxSplits: 1).first ?? Substring(id)
    }

    static func trigrams(_ text: String) -> [String: Int] {
        let characters = Array(text.lowercased())
        var grams: [String: Int] = [:]
        guard characters.count >= 3 else {
            grams[String(characters)] = 1
            return grams
        }
        for index in 0...(characters.count - 3) {
            grams[String(characters[index..<index + 3]), default: 0] += 1
        }
        return grams
    }

    /// Dice coefficient of two trigram multisets: 1 for equal texts, 0 for nothing shared.
    static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        var shared = 0
        for (gram, count) in a { shared += min(count, b[gram] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}
