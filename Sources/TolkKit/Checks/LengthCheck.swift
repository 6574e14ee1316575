/// `length`: a target much shorter or longer than its source, which often means a sentence
/// left out or text pasted twice.
struct LengthCheck: UnitCheck {
    let name = "length"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    /// Shorter sources vary too much between languages to judge.
    static let minimumSourceLength = 20
    static let maximumRatio = 2.5

    /// Han-based writing needs far fewer characters than Norwegian for the same text.
    static func minimumRatio(for language: LanguageSettings) -> Double {
        ["Hani", "Hans", "Hant", "Jpan"].contains(ScriptCheck.expectedScript(for: language) ?? "") ? 0.15 : 0.4
    }

    func findings(in subject: CheckSubject) -> [Finding] {
        let source = subject.sourceFacts.length
        guard source >= Self.minimumSourceLength else { return [] }
        let target = subject.targetScan?.trimmedCharacterCount ?? Wording.characterCount(Wording.trimmed(subject.targetText))
        let ratio = Double(target) / Double(source)
        let counts = "\(target) characters, the source has \(source)"
        if ratio < subject.profile.minimumLengthRatio {
            return [Finding("the target is much shorter than the source (\(counts))",
                            hint: "check that nothing of the source is left out")]
        }
        if ratio > Self.maximumRatio {
            return [Finding("the target is much longer than the source (\(counts))",
                            hint: "check that nothing was added or pasted twice")]
        }
        return []
    }
}
