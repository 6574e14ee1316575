/// `identical`: a target that is the source copied over, for text with real words in it
/// (names, numbers and single words are often the same in every language).
struct IdenticalCheck: UnitCheck {
    let name = "identical"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    func findings(in subject: CheckSubject) -> [Finding] {
        // Texts of clearly different length cannot be the same; skip the signatures then.
        let lengths = (subject.targetText.utf8.count, subject.sourceText.utf8.count)
        guard abs(lengths.0 - lengths.1) <= 16, subject.target.signature == subject.source.signature,
              Self.wordCount(subject.sourceText) >= 2 else { return [] }
        return [Finding("the target is the same as the source: \(Wording.quoted(subject.source.plainText))",
                        hint: "translate the text; if it really is the same in \(Wording.language(subject.language)), ignore this warning")]
    }

    /// Words of at least two letters.
    static func wordCount(_ text: String) -> Int {
        text.split { !$0.isLetter }.filter { $0.count >= 2 }.count
    }
}
