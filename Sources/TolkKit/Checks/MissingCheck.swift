/// `missing`: a unit without a target, or with an empty one. Plural forms are reported as
/// `plurals`, naming the CLDR category and the numbers that use it.
struct MissingCheck: UnitCheck {
    let name = "missing"
    let severity = Severity.error
    let scope = CheckScope.everyUnit

    func findings(in subject: CheckSubject) -> [Finding] {
        guard subject.localized.status == .missing else { return [] }
        if subject.unit.kind == .plural, let category = subject.unit.pluralCategory {
            return [pluralFinding(subject, category: category)]
        }
        let source = Wording.quoted(subject.source.plainText)
        if !subject.fileExists {
            return [Finding("not translated: the source says \(source), and the translation file does not exist yet",
                            hint: "run `tolk sync` to create \(subject.translationPath), then translate it")]
        }
        guard let translation = subject.localized.translation else {
            return [Finding("not translated: the source says \(source), and the unit is not in the translation file",
                            hint: "run `tolk sync` to add the unit to the file, then translate it")]
        }
        let what = translation.target == nil ? "there is no target" : "the target is empty"
        return [Finding("not translated: the source says \(source), \(what)", hint: "translate the unit")]
    }

    private func pluralFinding(_ subject: CheckSubject, category: String) -> Finding {
        let language = subject.language.tag
        let examples = Self.examples(language, category)
        let forms = ICU.pluralCategories(language).map { "'\($0)'" }.joined(separator: ", ")
        return Finding(
            "the plural form '\(category)' (\(examples)) is not translated",
            hint: "\(Wording.language(subject.language)) has the plural forms \(forms); translate each one, with the words these numbers need",
            check: "plurals")
    }

    /// Whole numbers that select the category, "2, 3, 4, 22…", or "fractions such as 1.5".
    static func examples(_ language: String, _ category: String) -> String {
        let numbers = (0...200).filter { ICU.pluralCategory(language, for: Double($0)) == category }
        if numbers.isEmpty { return "fractions such as 1.5" }
        let shown = numbers.prefix(4).map(String.init).joined(separator: ", ")
        return numbers.count > 4 ? shown + "…" : shown
    }
}
