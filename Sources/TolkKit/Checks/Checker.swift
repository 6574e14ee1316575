import Foundation

/// The fourth pipeline stage: runs every check over a translation catalog.
public enum Checker {
    /// Runs every check over the catalog. Units below `minState` are errors (check `state`).
    /// Load problems of the catalog are not repeated here.
    public static func run(_ project: Project, catalog: TranslationCatalog, minState: TranslationState) -> CheckReport {
        let tags = siteOrdered(Array(catalog.languages.keys), project: project)
        let documents = tags.map { catalog.languages[$0] ?? [] }
        let checked = check(project, tags: tags, minState: minState, count: documents.map(\.count)) { language, position in
            Staged(documents[language][position])
        }
        return CheckedCatalog(languages: Dictionary(uniqueKeysWithValues: zip(tags, checked)), order: tags).report()
    }

    /// Loads the translations of `languages` (every target language when empty) and checks
    /// them, one document at a time across languages: the check stage of every command.
    /// The diagnostics are the orphaned .xlf files; each document's own load problems are
    /// part of its `CheckedDocument`.
    public static func load(_ project: Project, languages requested: [String] = [], minState: TranslationState) -> Staged<CheckedCatalog> {
        let (tags, checked, orphans) = loadAndCheck(project, languages: requested, minState: minState) { $0 }
        return Staged(CheckedCatalog(languages: Dictionary(uniqueKeysWithValues: zip(tags, checked)), order: tags), diagnostics: orphans)
    }

    /// The report of `tolk check`, from the same check stage as `load`, keeping of each checked
    /// document only its counts and problems: memory follows the documents in flight, not the
    /// whole site's text. The orphaned .xlf files are among the problems.
    public static func report(_ project: Project, languages requested: [String] = [], minState: TranslationState) -> CheckReport {
        let (tags, checked, orphans) = loadAndCheck(project, languages: requested, minState: minState) { $0.file }
        var report = CheckReport(languages: [], problems: [])
        for (tag, files) in zip(tags, checked) {
            let (summary, problems) = summarize(files, language: tag)
            report.languages.append(summary)
            report.problems += problems
        }
        report.problems += orphans
        return report
    }

    /// Loads and checks every document of `languages`, keeping `keep` of each checked document.
    private static func loadAndCheck<Kept: Sendable>(_ project: Project, languages requested: [String], minState: TranslationState,
                                                     keep: @Sendable (CheckedDocument) -> Kept) -> ([String], [[Kept]], [Diagnostic]) {
        let tags = project.config.targetLanguages.map(\.tag).filter { requested.isEmpty || requested.contains($0) }
        let orphans = ResultSlots<[Diagnostic]>(count: 1)
        let lookingForOrphans = DispatchGroup()
        DispatchQueue.global().async(group: lookingForOrphans) {
            orphans[0] = TranslationCatalogLoader.orphans(project, languages: tags)
        }
        let documents = project.documents
        let checked = check(project, tags: tags, minState: minState, count: tags.map { _ in documents.count }, keep: keep) { language, position in
            TranslationCatalogLoader.localize(documents[position], language: tags[language], project: project)
        }
        lookingForOrphans.wait()
        return (tags, checked, orphans[0] ?? [])
    }

    /// Checks `count[l]` documents of each language `tags[l]`, given by `load(l, position)`.
    /// One job per document position, covering it in every language: jobs are small and many,
    /// so both cores stay busy to the end whatever the sizes of the languages, and the
    /// languages of a document share what the checks read of its source.
    static func check(_ project: Project, tags: [String], minState: TranslationState, count: [Int],
                      load: @Sendable (Int, Int) -> Staged<LocalizedDocument>) -> [[CheckedDocument]] {
        check(project, tags: tags, minState: minState, count: count, keep: { $0 }, load: load)
    }

    /// `check`, keeping `keep` of each checked document (the report needs only its counts and problems).
    static func check<Kept: Sendable>(_ project: Project, tags: [String], minState: TranslationState, count: [Int],
                                      keep: @Sendable (CheckedDocument) -> Kept,
                                      load: @Sendable (Int, Int) -> Staged<LocalizedDocument>) -> [[Kept]] {
        let languages = tags.map { tag in project.config.language(tag) ?? LanguageSettings(tag: tag, name: tag, direction: .ltr) }
        let variables = project.config.variableValues
        let profiles = languages.map { CheckLanguage($0, variables: variables) }
        let positions = count.max() ?? 0
        let slots = ResultSlots<[Kept?]>(count: positions)
        DispatchQueue.concurrentPerform(iterations: positions) { position in
            var sources: [CheckSource] = []
            slots[position] = languages.indices.map { index -> Kept? in
                guard position < count[index] else { return nil }
                return keep(CheckedDocument.check(load(index, position), language: languages[index], profile: profiles[index],
                                                  minState: minState, sources: &sources))
            }
        }
        let results = slots.values.map { $0 ?? [] }
        return languages.indices.map { index in results.compactMap { $0.count > index ? $0[index] : nil } }
    }

    /// Language tags in site order (unknown tags last, alphabetically).
    static func siteOrdered(_ tags: [String], project: Project) -> [String] {
        let siteOrder = project.config.languages.map(\.tag)
        return tags.sorted { a, b in
            let ia = siteOrder.firstIndex(of: a) ?? Int.max, ib = siteOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
    }

    /// The summary and sorted problems of one language, through the check stage.
    static func check(_ documents: [LocalizedDocument], language: LanguageSettings, variables: [String: String], minState: TranslationState,
                      checks: [any UnitCheck] = CheckRegistry.all) -> (LanguageSummary, [Diagnostic]) {
        let profile = CheckLanguage(language, variables: variables)
        var sources: [CheckSource] = []
        let checked = documents.map { document in
            CheckedDocument.check(Staged(document), language: language, profile: profile, minState: minState, checks: checks, sources: &sources)
        }
        return summarize(checked, language: language.tag)
    }

    /// The counts and problems of one .xlf file.
    struct FileResult {
        var path: String
        var tally: Tally
        var problems: [Diagnostic]
    }

    /// Checks one document in one language. `sources` holds what the checks read of each unit's
    /// source, by position: kept when the next language's unit has the same source (a document's
    /// units are the same in every language, except plural forms), made anew when not.
    static func check(_ document: LocalizedDocument, language: LanguageSettings, profile: CheckLanguage,
                      minState: TranslationState, checks: [any UnitCheck], sources: inout [CheckSource]) -> FileResult {
        var tally = Tally()
        var found: [Diagnostic] = []
        for (index, unit) in document.units.enumerated() {
            // `sources` stays aligned with the units by position, also past a unit that is skipped.
            if index == sources.count {
                sources.append(CheckSource(unit.unit))
            } else if !sources[index].fits(unit.unit) {
                sources[index] = CheckSource(unit.unit)
            }
            // Its load error says why it is not used: no `missing`, `stale` or `state` on top.
            if unit.unreadable {
                tally.count(unit)
                continue
            }
            let subject = CheckSubject(localized: unit, language: language, minState: minState, translationPath: document.translationPath,
                                       fileExists: document.fileExists, profile: profile, source: sources[index])
            let problems = CheckRegistry.diagnostics(for: subject, checks: checks)
            tally.count(unit, hasError: problems.hasErrors)
            found += problems
        }
        tally.count(found)
        return FileResult(path: document.translationPath, tally: tally, problems: found)
    }

    /// A language's summary and its problems, sorted, from its checked documents in order.
    static func summarize(_ documents: [CheckedDocument], language: String) -> (LanguageSummary, [Diagnostic]) {
        summarize(documents.map(\.file), language: language)
    }

    /// A language's summary and its problems, sorted, from its checked files in order.
    static func summarize(_ files: [CheckedFile], language: String) -> (LanguageSummary, [Diagnostic]) {
        var total = Tally()
        var problems: [Diagnostic] = []
        for file in files {
            total = total + file.tally
            problems += file.problems
        }
        return (total.language(language, files: files.map { $0.tally.file($0.path) }), problems.sortedForDisplay())
    }
}
