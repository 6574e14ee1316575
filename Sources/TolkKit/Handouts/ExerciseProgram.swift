import Foundation

/// An exercise program: several exercises with a patient's own dosage, in one handout
/// (`tolk handout --lang ur --exercise chin-tuck:repetitions=12,sets=3 ...`).
public struct ExerciseProgram: Sendable, Hashable {
    /// One exercise and the numbers that replace its own.
    public struct Entry: Sendable, Hashable {
        public var slug: String
        public var dosage: [DosageField: Int]

        public init(slug: String, dosage: [DosageField: Int] = [:]) {
            self.slug = slug
            self.dosage = dosage
        }

        /// Parses `chin-tuck`, `chin-tuck:repetitions=12,sets=3`; the error says what is wrong.
        public static func parse(_ text: String) -> Result<Entry, ProgramSyntaxError> {
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let slug = parts[0].trimmingCharacters(in: .whitespaces)
            guard !slug.isEmpty else { return .failure(ProgramSyntaxError("`\(text)` names no exercise; write SLUG or SLUG:repetitions=12,sets=3")) }
            var entry = Entry(slug: slug)
            guard parts.count == 2 else { return .success(entry) }
            for setting in parts[1].split(separator: ",") {
                let pair = setting.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let fields = DosageField.allCases.map(\.rawValue).joined(separator: ", ")
                guard pair.count == 2, let field = DosageField(rawValue: pair[0]) else {
                    return .failure(ProgramSyntaxError("`\(setting)` in `\(text)` is not a dosage setting; use \(fields), e.g. repetitions=12"))
                }
                guard entry.dosage[field] == nil else {
                    return .failure(ProgramSyntaxError("`\(field.rawValue)` is given twice in `\(text)`; give each dosage field once"))
                }
                guard let value = Int(pair[1]), (1...10_000).contains(value) else {
                    return .failure(ProgramSyntaxError("`\(pair[0])` in `\(text)` must be a positive whole number from 1 to 10000, not `\(pair[1])`"))
                }
                entry.dosage[field] = value
            }
            return .success(entry)
        }
    }

    /// The patient's language.
    public var language: String
    /// Beside the source language, block by block.
    public var bilingual: Bool
    public var entries: [Entry]
    /// Print an exercise that is not published in the language, its unpublished parts in the
    /// source language (marked with its `lang`, and a note on the handout saying so). Without
    /// it such an exercise is an error: a clinician must ask for Norwegian parts explicitly.
    public var allowSourceLanguage: Bool

    public init(language: String, bilingual: Bool = false, entries: [Entry], allowSourceLanguage: Bool = false) {
        self.language = language
        self.bilingual = bilingual
        self.entries = entries
        self.allowSourceLanguage = allowSourceLanguage
    }

    /// The exercise's dosage with the entry's numbers put in.
    static func dosage(_ base: Dosage, with entry: Entry) -> Dosage {
        var dosage = base
        for (field, value) in entry.dosage { field.set(value, in: &dosage) }
        return dosage
    }
}

/// A malformed `--exercise` value.
public struct ProgramSyntaxError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Renders exercise programs as standalone handout files.
public enum ProgramHandout {
    /// The program as one self-contained HTML file (stylesheet and illustrations inlined).
    /// Errors: an unknown language or exercise; a bilingual program in the source language; an
    /// exercise not published in the language (withheld: untranslated, stale, below the minimum
    /// state or with errors), unless `allowSourceLanguage`, when it is a warning that says which
    /// parts are printed in the source language and why.
    public static func render(_ program: ExerciseProgram, prepared: SiteBuild.Prepared) -> Staged<String?> {
        let site = prepared.site
        let config = site.project.config
        var diagnostics: [Diagnostic] = []
        guard let language = config.language(program.language) else {
            return Staged(nil, diagnostics: [.error("program", at: nil, "`\(program.language)` is not a language of this site",
                hint: "languages: \(config.languages.map(\.tag).joined(separator: ", "))")])
        }
        if program.bilingual && language.tag == config.sourceLanguage {
            return Staged(nil, diagnostics: [.error("program", at: nil, "a bilingual program needs a language other than the source language \(config.sourceLanguage)")])
        }
        let exercises = Dictionary(site.project.exercises.map { ($0.exercise.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var chosen: [(SourceDocument, Exercise, Dosage)] = []
        for entry in program.entries {
            guard let (document, exercise) = exercises[entry.slug] else {
                diagnostics.append(.error("program", at: nil, "there is no exercise `\(entry.slug)`",
                    hint: "exercises: \(exercises.keys.sorted().joined(separator: ", "))"))
                continue
            }
            let page = PageID(kind: .exercise, slug: exercise.slug)
            if language.tag != config.sourceLanguage, site.availability[language.tag]?[page]?.isPublished != true {
                diagnostics.append(unpublished(entry.slug, page: page, document: document, language: language, site: site,
                                               allowed: program.allowSourceLanguage))
            }
            chosen.append((document, exercise, ExerciseProgram.dosage(exercise.dosage, with: entry)))
        }
        guard !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        let theme = HandoutTheme.load(projectRoot: site.project.root, assets: prepared.theme.assets)
        diagnostics += theme.diagnostics
        guard let theme = theme.value else { return Staged(nil, diagnostics: diagnostics) }
        let interface = Dictionary(uniqueKeysWithValues: config.languages.map { ($0.tag, InterfaceText(language: $0, site: site)) })
        let renderer = HandoutRenderer(site: site, theme: theme, interface: interface,
                                       dates: SourceDates.load(projectRoot: site.project.root), images: .inline)
        let html = renderer.program(chosen, language: language, bilingual: program.bilingual, marked: false)
        return Staged(html, diagnostics: diagnostics)
    }
}

extension ProgramHandout {
    /// What to say about an exercise not published in the program's language: an error naming
    /// the languages that have it, or (when allowed) a warning that counts the parts printed in
    /// the source language by why they are not shown in the language.
    static func unpublished(_ slug: String, page: PageID, document: SourceDocument, language: LanguageSettings,
                            site: LocalizedSite, allowed: Bool) -> Diagnostic {
        let config = site.project.config
        let path = site.project.translationPath(of: document, language: language.tag)
        let units = site.catalog.document(document.path, language: language.tag)?.units ?? []
        var missing = 0, stale = 0, problems = 0, below = 0
        for unit in units where !unit.isPublishable(at: config.publish.minState) {
            if unit.status == .missing { missing += 1 } else if unit.status == .stale { stale += 1 } else if unit.blocked { problems += 1 } else { below += 1 }
        }
        var why: [String] = []
        if missing > 0 { why.append("not translated: \(missing)") }
        if stale > 0 { why.append("out of date, the Norwegian text changed: \(stale)") }
        if problems > 0 { why.append("with errors (see `tolk check --lang \(language.tag)`): \(problems)") }
        if below > 0 { why.append("not yet \(config.publish.minState.rawValue): \(below)") }
        let count = missing + stale + problems + below
        let parts = units.isEmpty ? "its parts are" : "\(count) of its \(units.count) parts \(count == 1 ? "is" : "are")"
        if allowed {
            return .warning("program", at: SourceLocation(file: path),
                "`\(slug)` is not published in \(language.tag): \(parts) printed in \(config.sourceLanguage) (\(why.joined(separator: "; "))), and the handout says so")
        }
        let others = site.languages(publishing: page).map(\.tag)
        return .error("program", at: SourceLocation(file: path),
            "`\(slug)` is not published in \(language.tag): \(parts) not ready (\(why.joined(separator: "; ")))",
            hint: "it is published in \(others.joined(separator: ", ")); print it in one of those, finish the translation, "
                + "or pass --allow-source-language to print the parts that are not ready in \(config.sourceLanguage)")
    }
}

extension HandoutRenderer {
    /// A program document: a header with the clinic and "Exercise program", then each exercise.
    func program(_ exercises: [(SourceDocument, Exercise, Dosage)], language: LanguageSettings, bilingual: Bool, marked: Bool) -> String {
        let articles = exercises.map { document, exercise, dosage in
            programArticle(document, exercise, dosage: dosage, language: language, bilingual: bilingual, marked: marked)
        }.joined()
        let head = programHead(language: language, bilingual: bilingual)
        let title = interface[language.tag]!.handoutPlain("exercise_program")
        return shell(title: title, language: language, bilingual: bilingual, content: head + articles)
    }

    /// One exercise of a program.
    func programArticle(_ document: SourceDocument, _ exercise: Exercise, dosage: Dosage, language: LanguageSettings,
                        bilingual: Bool, marked: Bool) -> String {
        let page = PageID(kind: .exercise, slug: exercise.slug)
        let text = PageText.resolve(document, language: language, site: site)
        // Parts shown in another language (allowed with --allow-source-language) are said so on paper.
        let foreign = Set(text.entries.values.compactMap { $0.foreignLanguage?.tag })
        if let shown = foreign.sorted().first.flatMap(config.language), language.tag != shown.tag {
            let strings = interface[language.tag]!
            let note = "<p class=\"notice\" role=\"note\">\(strings.handoutHTML("handout_other_language_parts", values: ["{language}": shown.name]))</p>\n"
            return note + programArticle(exercise, page: page, document: document, text: text, dosage: dosage, language: language,
                                         bilingual: bilingual, marked: marked)
        }
        return programArticle(exercise, page: page, document: document, text: text, dosage: dosage, language: language,
                               bilingual: bilingual, marked: marked)
    }

    private func programArticle(_ exercise: Exercise, page: PageID, document: SourceDocument, text: PageText, dosage: Dosage,
                                language: LanguageSettings, bilingual: Bool, marked: Bool) -> String {
        if bilingual {
            return exerciseBilingual(exercise, page: page, document: document, text: text,
                                     sourceText: PageText.resolve(document, language: source, site: site),
                                     dosage: dosage, levels: .program, clinic: false, marked: marked)
        }
        return exerciseArticle(exercise, page: page, document: document, text: text, dosage: dosage, levels: .program,
                               clinic: false, marked: marked)
    }

    /// The program's header: the clinic and the title, beside the source language's when bilingual.
    func programHead(language: LanguageSettings, bilingual: Bool) -> String {
        let strings = interface[language.tag]!
        var title = "<h1>\(strings.handoutHTML("exercise_program"))</h1>"
        if bilingual {
            title = "<h1 class=\"pair title\">" + [language, source].map { side in
                "<span\(cellAttributes(side))>\(interface[side.tag]!.handoutHTML("exercise_program"))</span>"
            }.joined() + "</h1>"
        }
        var context: [String: Any] = ["heading": title]
        if let clinic = config.clinic, !clinic.isEmpty {
            context["clinic"] = clinic
            context["clinic_attributes"] = language.tag == source.tag ? "" : HTML.languageAttributes(source)
        }
        return theme.render("handout-program", context)
    }
}
