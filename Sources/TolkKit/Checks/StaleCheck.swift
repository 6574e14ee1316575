/// `stale`: the source changed since the unit was translated.
struct StaleCheck: UnitCheck {
    let name = "stale"
    let severity = Severity.error
    let scope = CheckScope.everyUnit

    func findings(in subject: CheckSubject) -> [Finding] {
        guard subject.localized.status == .stale, let translation = subject.localized.translation else { return [] }
        let now = Wording.quoted(subject.source.plainText)
        // Sync keeps the old source; a file sync has not seen yet still holds it as <source>.
        let previous = translation.previousSource
            ?? (translation.source.signature != subject.source.signature ? translation.source.plainText : nil)
        let message: String
        if let previous, !Wording.trimmed(previous).isEmpty {
            message = "the source changed since this was translated: it was \(Wording.quoted(previous)), it is now \(now)"
        } else {
            message = "the source changed since this was translated: it is now \(now)"
        }
        return [Finding(message, hint: "update the translation to the new source and confirm it (state translated or higher)")]
    }
}
