/// `kept-translation`: the source changed and the editor kept the translation without a new
/// review (`tolk sync --keep-translations`). Not an error: the editor confirmed it. A warning,
/// so a reviewer sees which translations were confirmed for a text they were not made for.
struct KeptTranslationCheck: UnitCheck {
    let name = "kept-translation"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    func findings(in subject: CheckSubject) -> [Finding] {
        guard let note = subject.localized.translation?.notes.first(where: \.isKeptTranslation) else { return [] }
        return [Finding(Wording.visible(note.text),
                        hint: "review the translation against the current source; the note goes when the source changes again, or delete it once reviewed")]
    }
}
