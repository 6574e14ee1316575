import Foundation

/// The fourth pipeline stage: runs every check over a translation catalog.
public enum Checker {
    /// Runs every check over the catalog, languages in parallel. Units below `minState` are
    /// errors (check `state`). Load problems of the catalog are not repeated here.
    public static func run(_ project: Project, catalog: TranslationCatalog, minState: TranslationState) -> CheckReport {
        let siteOrder = project.config.languages.map(\.tag)
        let tags = catalog.languages.keys.sorted { a, b in
            let ia = siteOrder.firstIndex(of: a) ?? Int.max, ib = siteOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        let slots = ResultSlots<(LanguageSummary, [Diagnostic])>(count: tags.count)
        DispatchQueue.concurrentPerform(iterations: tags.count) { index in
            let tag = tags[index]
            let settings = project.config.language(tag) ?? LanguageSettings(tag: tag, name: tag, direction: .ltr)
            slots[index] = check(catalog.languages[tag] ?? [], language: settings, minState: minState)
        }
        let results = slots.values.compactMap { $0 }
        return CheckReport(languages: results.map(\.0), problems: results.flatMap(\.1))
    }

    /// The summary and sorted problems of one language.
    static func check(_ documents: [LocalizedDocument], language: LanguageSettings, minState: TranslationState,
                      checks: [any UnitCheck] = CheckRegistry.all) -> (LanguageSummary, [Diagnostic]) {
        var total = Tally()
        var files: [FileSummary] = []
        var problems: [Diagnostic] = []
        for document in documents {
            var tally = Tally()
            var found: [Diagnostic] = []
            for unit in document.units {
                tally.count(unit)
                let subject = CheckSubject(localized: unit, language: language, minState: minState,
                                           translationPath: document.translationPath, fileExists: document.fileExists)
                found += CheckRegistry.diagnostics(for: subject, checks: checks)
            }
            tally.count(found)
            total = total + tally
            files.append(tally.file(document.translationPath))
            problems += found
        }
        return (total.language(language.tag, files: files), problems.sortedForDisplay())
    }
}
