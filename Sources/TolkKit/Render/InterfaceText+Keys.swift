/// The interface strings the theme needs from `Site/strings.yml`. A key the project lacks
/// would be published as the bare key (a page reading `skip_to_content`), so each missing one
/// is an error. Handout strings are not here: they have Norwegian defaults
/// (`InterfaceText.handoutDefaults`). `InterfaceTextKeysTests` keeps these lists in step with
/// the keys the rendering code asks for.
extension InterfaceText {
    /// Plain strings every site uses: the layout, indexes, 404 page, print links and exercise pages.
    static let pageKeys = [
        "site_title", "skip_to_content", "languages", "other_languages", "choose_language", "topics", "exercises",
        "exercise_program", "available_in", "unreviewed_notice", "page_not_found", "page_not_found_text", "back_to_start",
        "print", "print_bilingual", "purpose", "starting_position", "steps", "dosage", "cautions",
        "page_being_translated", "page_being_updated",
    ]

    /// Plural strings every site uses: the heading of a language index's pages not yet in the
    /// language ("Not yet in Soomaali: 11 pages"), with `{language}` and `{count}`.
    static let pagePluralKeys = ["pages_not_yet_in"]

    /// Plain strings of a site with videos: the index's heading and the transcript's.
    static let videoKeys = ["videos", "transcript"]

    /// The plain and plural keys a project's pages need: every page key, `region_<region>` for
    /// each region that has an exercise, the plural dosage string of each dosage field used,
    /// and the video keys when there are videos.
    static func requiredKeys(exercises: [Exercise], hasVideos: Bool = false) -> (plain: [String], plural: [String]) {
        let regions = Exercise.regions.filter { region in exercises.contains { $0.region == region } }
        let plurals = DosageField.allCases.filter { field in exercises.contains { field.value(in: $0.dosage) != nil } }
        return (pageKeys + regions.map { "region_\($0)" } + (hasVideos ? videoKeys : []), pagePluralKeys + plurals.map(\.rawValue))
    }

    /// A `strings` error for each key the pages need that `Site/strings.yml` lacks, or has in
    /// the wrong form (plain text where plural forms are needed, or the other way round).
    static func missingKeys(in document: SourceDocument, exercises: [Exercise], hasVideos: Bool = false) -> [Diagnostic] {
        guard case .strings(let strings) = document.content else { return [] }
        let required = requiredKeys(exercises: exercises, hasVideos: hasVideos)
        var diagnostics: [Diagnostic] = []
        let file = SourceLocation(file: document.path)
        for key in required.plain {
            switch strings.values[key] {
            case .plain?: continue
            case .plural?:
                diagnostics.append(.error("strings", at: strings.locations[key] ?? file,
                    "the interface string `\(key)` must be one line of text, not plural forms", hint: "write `\(key): ...`"))
            case nil:
                diagnostics.append(.error("strings", at: file,
                    "the interface string `\(key)` is missing from \(document.path): pages would show `\(key)` instead",
                    hint: "add `\(key): ...` with the text in the source language"))
            }
        }
        for key in required.plural {
            let effect = DosageField(rawValue: key) == nil ? "pages would show only the number" : "the dosage would show only the number"
            switch strings.values[key] {
            case .plural?: continue
            case .plain?:
                diagnostics.append(.error("strings", at: strings.locations[key] ?? file,
                    "the interface string `\(key)` needs plural forms: \(effect)",
                    hint: "write `\(key):` with `one: \"{count} ...\"` and `other: \"{count} ...\"` below it"))
            case nil:
                diagnostics.append(.error("strings", at: file,
                    "the interface string `\(key)` is missing from \(document.path): \(effect)",
                    hint: "add `\(key):` with `one: \"{count} ...\"` and `other: \"{count} ...\"` below it"))
            }
        }
        return diagnostics
    }
}
