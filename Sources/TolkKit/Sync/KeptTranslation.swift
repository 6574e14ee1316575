import Foundation

/// A unit whose source changed and whose translation the editor kept (`tolk sync
/// --keep-translations FILE`): the translation keeps its state instead of going stale, and the
/// unit gets a note with the date and the old source, so a reviewer can see what was confirmed.
public struct KeptTranslation: Sendable, Hashable {
    /// The category of the note sync writes on such a unit. Sync keeps the note through later
    /// syncs until the unit's source changes again.
    public static let noteCategory = "tolk:kept-translation"

    /// The unit id (in the new source).
    public var unit: String
    /// The source text the translation was made for.
    public var oldSource: String
    /// The source text now.
    public var newSource: String

    public init(unit: String, oldSource: String, newSource: String) {
        self.unit = unit
        self.oldSource = oldSource
        self.newSource = newSource
    }

    /// The note recording that the editor kept the translation on `day` (`2026-12-01`).
    static func note(day: String, oldSource: String) -> UnitNote {
        UnitNote(category: noteCategory, text: "The source changed on \(day) and the editor kept this translation "
            + "(tolk sync --keep-translations) without a new review. The source was: \(oldSource)")
    }

    /// The calendar day of `date` in UTC, as `yyyy-MM-dd`: the same on every machine.
    static func day(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

extension UnitNote {
    /// Whether this is the note sync writes when the editor kept a translation.
    public var isKeptTranslation: Bool { category == KeptTranslation.noteCategory }
}
