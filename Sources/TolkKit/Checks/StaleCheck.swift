/// `stale`: the source changed since the unit was translated. The message shows the words that
/// changed (`WordDiff`), with a little context, however long the text; the problem carries both
/// sources in full for the JSON report and the translator view.
struct StaleCheck: UnitCheck {
    let name = "stale"
    let severity = Severity.error
    let scope = CheckScope.everyUnit

    static let lead = SourceChange.lead
    static let hint = "update the translation to the new source and confirm it (state translated or higher)"

    func findings(in subject: CheckSubject) -> [Finding] {
        guard subject.localized.status == .stale, let translation = subject.localized.translation else { return [] }
        let current = subject.source.plainText
        // Sync keeps the old source; a file sync has not seen yet still holds it as <source>.
        let previous = translation.previousSource
            ?? (translation.source.signature != subject.source.signature ? translation.source.plainText : nil)
        guard let previous, !Wording.trimmed(previous).isEmpty else {
            return [Finding("\(Self.lead): it is now \(Wording.quoted(current))", hint: Self.hint)]
        }
        let change = SourceChange(previous: previous, current: current)
        let diff = change.diff
        // The same words with another link or emphasis: there is no word to show.
        let message = diff.hasChanges
            ? "\(Self.lead): \(diff.text())"
            : "\(Self.lead) (its links or formatting, not its words): it is now \(Wording.quoted(current))"
        return [Finding(message, hint: Self.hint, sourceChange: change)]
    }
}
