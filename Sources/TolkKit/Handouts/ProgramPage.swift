import Foundation

/// `/<lang>/program/`: a clinician ticks exercises, adjusts each dosage and prints a program.
///
/// Without JavaScript the page lists the exercises with their print links. `program.js` (only
/// on this page) shows the checkboxes and number fields and assembles the program from
/// `<template>`s of each exercise, already rendered in the language, whose numbers it replaces
/// with the language's digits and plural forms from the page's data: the forms of each CLDR
/// category and ICU's category for 0–199 (for larger numbers the category of 100 + n % 100,
/// which CLDR's integer rules give for every language).
struct ProgramPage {
    let renderer: HandoutRenderer
    let theme: Theme
    let options: RenderOptions

    /// Numbers whose plural category is listed in the page's data.
    static let categoryTableSize = 200

    /// Renders the page of every language, in parallel.
    func render(into sink: OutputSink) throws {
        let languages = renderer.config.languages
        let errors = ResultSlots<Error>(count: languages.count)
        DispatchQueue.concurrentPerform(iterations: languages.count) { index in
            do {
                try sink.write(HandoutPaths.programFile(language: languages[index].tag), Data(render(languages[index]).utf8))
            } catch {
                errors[index] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
    }

    func render(_ language: LanguageSettings) -> String {
        let site = renderer.site
        let source = renderer.source
        let strings = renderer.interface[language.tag]!
        let hasBilingual = language.tag != source.tag
        let file = HandoutPaths.programFile(language: language.tag)
        let root = SitePaths.root(from: file)
        var templates: [[String: Any]] = []
        var regions: [[String: Any]] = []
        for region in Exercise.regions {
            let exercises = site.project.exercises.filter { document, exercise in
                exercise.region == region && site.availability[language.tag]?[PageID(kind: .exercise, slug: exercise.slug)]?.isPublished == true
            }.sorted { ($0.exercise.level, $0.exercise.slug) < ($1.exercise.level, $1.exercise.slug) }
            guard !exercises.isEmpty else { continue }
            let items: [[String: Any]] = exercises.map { document, exercise in
                let page = PageID(kind: .exercise, slug: exercise.slug)
                let text = PageText.resolve(document, language: language, site: site)
                let inline = InlineHTMLRenderer(variables: site.project.config.variableValues)
                templates.append(["id": "program-\(exercise.slug)", "html": renderer.programArticle(
                    document, exercise, dosage: exercise.dosage, language: language, bilingual: false, marked: true)])
                if hasBilingual {
                    templates.append(["id": "program-\(exercise.slug)-bilingual", "html": renderer.programArticle(
                        document, exercise, dosage: exercise.dosage, language: language, bilingual: true, marked: true)])
                }
                return [
                    "slug": exercise.slug, "title": inline.render(text[exercise.titleUnit].text),
                    "title_attributes": renderer.languageAttributes(text, exercise.titleUnit),
                    "href": root + renderer.paths.path(page, language: language.tag),
                    "handout_href": "../handouts/\(renderer.handoutPaths.name(page, bilingual: false)).html",
                    "bilingual_href": hasBilingual ? "../handouts/\(renderer.handoutPaths.name(page, bilingual: true)).html" : false,
                    "dosage": DosageField.lines(of: exercise.dosage).map { field, value in
                        ["field": field.rawValue, "value": value, "label": strings.handoutHTML("dosage_\(field.rawValue)"),
                         "text": strings.plural(field.rawValue, count: value)] as [String: Any]
                    },
                ]
            }
            regions.append(["name": strings.handoutHTML("region_\(region)"), "exercises": items])
        }
        templates.append(["id": "program-head", "html": renderer.programHead(language: language, bilingual: false)])
        if hasBilingual {
            templates.append(["id": "program-head-bilingual", "html": renderer.programHead(language: language, bilingual: true)])
        }
        let content = renderer.theme.render("program", [
            "title": strings.handoutHTML("exercise_program"), "intro": strings.handoutHTML("program_intro"),
            "label_print": strings.handoutHTML("print"),
            "label_print_bilingual": strings.handoutHTML("print_bilingual"),
            "label_print_program": strings.handoutHTML("print_program"),
            "label_print_program_bilingual": hasBilingual ? strings.handoutHTML("print_program_bilingual") : false,
            "regions": regions, "templates": templates, "data": data(language: language, sources: hasBilingual ? [language, source] : [language]),
        ])
        let versions = renderer.config.languages.map { ($0, "\($0.tag)/program/") }
        var layout = LayoutContext(site: site, paths: renderer.paths, options: options).make(
            language: language, strings: strings, file: file, title: strings.handoutPlain("exercise_program"), description: nil,
            content: content, notice: nil, canonicalPath: "\(language.tag)/program/", versions: versions)
        layout["head_extra"] = "<link rel=\"stylesheet\" href=\"\(root)assets/handout.css\">\n"
            + "<style>@page { size: \(renderer.config.pageSize.rawValue); margin: 12mm 14mm; }\n\(renderer.listDigits(language))</style>\n"
            + "<script src=\"\(root)assets/program.js\" defer></script>\n"
        return theme.render("layout", layout)
    }

    /// The page's data for `program.js`, as JSON safe inside `<script>`.
    func data(language: LanguageSettings, sources languages: [LanguageSettings]) -> String {
        var digits: [String: [String]] = [:]
        var categories: [String: String] = [:]
        var forms: [String: [String: [String: String]]] = [:]
        let letters = ["zero": "z", "one": "o", "two": "t", "few": "f", "many": "m", "other": "x"]
        for language in languages {
            let strings = renderer.interface[language.tag]!
            digits[language.tag] = strings.digits
            categories[language.tag] = (0..<Self.categoryTableSize).map {
                letters[ICU.pluralCategory(language.tag, for: Double($0))] ?? "x"
            }.joined()
            forms[language.tag] = Dictionary(uniqueKeysWithValues: DosageField.allCases.map { ($0.rawValue, strings.pluralForms($0.rawValue)) })
        }
        let object: [String: Any] = ["lang": language.tag, "digits": digits, "categories": categories, "forms": forms]
        let json = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        // `<` never appears raw, so no `</script>` or `<!--` can end the script element early.
        return String(decoding: json, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
