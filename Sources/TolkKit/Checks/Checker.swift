import Foundation

/// The fourth pipeline stage: runs every check over a translation catalog.
public enum Checker {
    /// Runs every check over the catalog. Units below `minState` are errors (check `state`).
    /// Load problems of the catalog (`loadProblems`, its diagnostics) are not repeated among the
    /// problems, but they are counted in the errors and warnings of their file and language:
    /// a file that cannot be read has no finding of its own and would otherwise show none.
    public static func run(_ project: Project, catalog: TranslationCatalog, minState: TranslationState,
                           loadProblems: [Diagnostic] = []) -> CheckReport {
        let siteOrder = project.config.languages.map(\.tag)
        let tags = catalog.languages.keys.sorted { a, b in
            let ia = siteOrder.firstIndex(of: a) ?? Int.max, ib = siteOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        let languages = tags.map { tag in
            project.config.language(tag) ?? LanguageSettings(tag: tag, name: tag, direction: .ltr)
        }
        let profiles = languages.map(CheckLanguage.init)
        let documents = tags.map { catalog.languages[$0] ?? [] }
        // One job per document position, covering it in every language: jobs are small and many,
        // so both cores stay busy to the end whatever the sizes of the languages, and the
        // languages of a document share what the checks read of its source.
        let positions = documents.map(\.count).max() ?? 0
        let slots = ResultSlots<[FileResult?]>(count: positions)
        DispatchQueue.concurrentPerform(iterations: positions) { position in
            var sources: [CheckSource] = []
            slots[position] = languages.indices.map { index -> FileResult? in
                guard position < documents[index].count else { return nil }
                return check(documents[index][position], language: languages[index], profile: profiles[index],
                             minState: minState, checks: CheckRegistry.all, sources: &sources)
            }
        }
        let results = slots.values.map { $0 ?? [] }
        var summaries: [LanguageSummary] = []
        var problems: [Diagnostic] = []
        var loadByFile: [String: [Diagnostic]] = [:]
        for problem in loadProblems {
            guard let language = problem.language, let file = problem.location?.file else { continue }
            loadByFile[language + "\u{0}" + file, default: []].append(problem)
        }
        for index in languages.indices {
            var files = results.compactMap { $0.count > index ? $0[index] : nil }
            if !loadByFile.isEmpty {
                for file in files.indices {
                    if let found = loadByFile[languages[index].tag + "\u{0}" + files[file].path] { files[file].tally.count(found) }
                }
            }
            let (summary, found) = summarize(files, language: languages[index])
            summaries.append(summary)
            problems += found
        }
        return CheckReport(languages: summaries, problems: problems)
    }

    /// The summary and sorted problems of one language.
    static func check(_ documents: [LocalizedDocument], language: LanguageSettings, minState: TranslationState,
                      checks: [any UnitCheck] = CheckRegistry.all) -> (LanguageSummary, [Diagnostic]) {
        let profile = CheckLanguage(language)
        var sources: [CheckSource] = []
        let files = documents.map { document in
            check(document, language: language, profile: profile, minState: minState, checks: checks, sources: &sources)
        }
        return summarize(files, language: language)
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
            tally.count(unit)
            // Its load error says why it is not used: no `missing`, `stale` or `state` on top.
            if unit.unreadable { continue }
            if index == sources.count {
                sources.append(CheckSource(unit.unit))
            } else if !sources[index].fits(unit.unit) {
                sources[index] = CheckSource(unit.unit)
            }
            let subject = CheckSubject(localized: unit, language: language, minState: minState, translationPath: document.translationPath,
                                       fileExists: document.fileExists, profile: profile, source: sources[index])
            found += CheckRegistry.diagnostics(for: subject, checks: checks)
        }
        tally.count(found)
        return FileResult(path: document.translationPath, tally: tally, problems: found)
    }

    /// A language's summary and its problems, sorted, from its files in order.
    static func summarize(_ files: [FileResult], language: LanguageSettings) -> (LanguageSummary, [Diagnostic]) {
        var total = Tally()
        var problems: [Diagnostic] = []
        for file in files {
            total = total + file.tally
            problems += file.problems
        }
        return (total.language(language.tag, files: files.map { $0.tally.file($0.path) }), problems.sortedForDisplay())
    }
}
