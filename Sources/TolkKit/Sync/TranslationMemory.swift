/// The translation memory of `tolk sync`: a clinic writes the same sentence in many exercises
/// ("Stopp hvis du får økende smerter."), and a translator should translate it once. A unit with
/// no translation, or a stale one, whose source equals — text and inline codes, link targets
/// included — the source of a current translation elsewhere in the same language gets that
/// translation at state `translated` (never higher: a reviewer still sees it), with a note
/// naming the unit it came from. The note stays until the source changes.
enum TranslationMemory {
    /// The category of the note on a unit filled in from the memory.
    static let noteCategory = "tolk:memory"

    /// Fills the merged files of each language (`languages[i]` is the language of `files[i]`).
    static func fill(_ files: inout [Sync.MergedFile?], languages: [String]) {
        var memory: [String: [InlineText: (target: InlineText, origin: String)]] = [:]
        for (index, file) in files.enumerated() {
            guard let file else { continue }
            for unit in file.units where isCurrent(unit) {
                let key = unit.unit.source
                if memory[languages[index], default: [:]][key] == nil {
                    memory[languages[index], default: [:]][key] = (unit.target!, "\(file.result.document) unit \(unit.unit.id)")
                }
            }
        }
        guard !memory.isEmpty else { return }
        for index in files.indices {
            guard var file = files[index], let entries = memory[languages[index]] else { continue }
            for position in file.units.indices {
                let unit = file.units[position]
                let needs = unit.target?.isEmpty ?? true || (unit.subState == TranslationUnit.staleSubState && unit.state == .initial)
                guard needs, let hit = entries[unit.unit.source] else { continue }
                file.units[position] = WrittenUnit(unit: unit.unit, target: hit.target, state: .translated,
                    keptNotes: [UnitNote(category: noteCategory, text: "Filled in by tolk sync from the translation memory: "
                        + "the same text is translated in \(hit.origin). Check that it fits here.")]
                        + unit.keptNotes.filter { !$0.isTolks })
                file.result.fromMemory += 1
            }
            files[index] = file
        }
    }

    /// A translation the memory may offer: a target, confirmed (translated or higher), not stale.
    private static func isCurrent(_ unit: WrittenUnit) -> Bool {
        !(unit.target?.isEmpty ?? true) && unit.state >= .translated && unit.subState == nil
    }
}

extension UnitNote {
    /// Whether this is the note sync writes on a unit filled in from the translation memory.
    public var isFromMemory: Bool { category == TranslationMemory.noteCategory }
}
