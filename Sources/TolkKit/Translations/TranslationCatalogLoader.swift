import Foundation

/// Reads every language's XLIFF files and lines them up with the source units.
public enum TranslationCatalogLoader {
    /// Loads the translations of `languages` (all target languages when empty), in parallel.
    public static func load(_ project: Project, languages requested: [String] = []) -> Staged<TranslationCatalog> {
        let languages = project.config.targetLanguages.map(\.tag).filter { requested.isEmpty || requested.contains($0) }
        let jobs = languages.flatMap { language in project.documents.map { (language, $0) } }
        let slots = ResultSlots<Staged<LocalizedDocument>>(count: jobs.count)
        let orphanSlot = ResultSlots<[Diagnostic]>(count: 1)
        // Job 0 walks Locales/ for orphans, beside the loading rather than after it on one core.
        DispatchQueue.concurrentPerform(iterations: jobs.count + 1) { index in
            if index == 0 {
                orphanSlot[0] = orphans(project, languages: languages)
            } else {
                slots[index - 1] = localize(jobs[index - 1].1, language: jobs[index - 1].0, project: project)
            }
        }
        var languagesByTag: [String: [LocalizedDocument]] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, slot) in slots.values.enumerated() {
            guard let slot else { continue }
            diagnostics += slot.diagnostics
            languagesByTag[jobs[index].0, default: []].append(slot.value)
        }
        let catalog = TranslationCatalog(languages: languagesByTag)
        diagnostics += orphanSlot[0] ?? []
        return Staged(catalog, diagnostics: diagnostics)
    }

    /// One document in one language. Every problem found on the way is among the diagnostics,
    /// with the language (and the unit, for a unit's problem): a file that cannot be used gets
    /// its `xml`/`xliff` errors and no finding per unit; a unit that breaks the XLIFF rules
    /// (see `XLIFFProblem`) is not used, and the file's other units are.
    static func localize(_ document: SourceDocument, language: String, project: Project) -> Staged<LocalizedDocument> {
        let path = project.translationPath(of: document, language: language)
        let units = document.units(for: language)
        var diagnostics: [Diagnostic] = []
        var file: TranslationFile?
        var exists = false
        let contents = FileContents.read(project.root.appendingPathComponent(path))
        if case .unreadable(let reason) = contents {
            exists = true
            diagnostics.append(.error("xml", at: SourceLocation(file: path), "the file cannot be read: \(reason)",
                hint: "check the file's permissions (ls -l \(path))", language: language))
        }
        if case .data(let data) = contents {
            exists = true
            let read = XLIFFReader.read(data, path: path)
            diagnostics += read.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.language = language
                return diagnostic
            }
            file = read.value
            if let file, let target = file.targetLanguage, target != language {
                diagnostics.append(.error("xliff", at: SourceLocation(file: path, line: 2), "the file says its language is `\(target)` (trgLang), but it is in Locales/\(language)/",
                    hint: "move the file to Locales/\(target)/ or correct trgLang", language: language))
            }
        }
        let unreadable = exists && file == nil
        let byID = file?.unitsByID ?? [:]
        let known = Set(units.map(\.id))
        var unknown = file?.units.filter { !known.contains($0.id) } ?? []
        var renamed = MinorEditMatches.match(units, byID: byID, unknown: &unknown)
        if let file, !unknown.isEmpty {
            // A block edited in the source that sync has not seen yet: pair it with its old unit
            // as sync will (similar text, or the same place), so it reads as stale with its old
            // translation, not as missing beside an unknown unit.
            let unknownIDs = Set(unknown.map(\.id))
            for (index, oldIndex) in UnitMatcher.match(new: units, old: file.units) {
                let unit = units[index], old = file.units[oldIndex]
                guard byID[unit.id] == nil, renamed[unit.id] == nil, unknownIDs.contains(old.id) else { continue }
                renamed[unit.id] = old
                unknown.removeAll { $0.id == old.id }
            }
        }
        let unusable = file?.unusableUnits ?? []
        let localized = units.map { unit -> LocalizedUnit in
            if unreadable || unusable.contains(unit.id) {
                return LocalizedUnit(unit: unit, translation: nil, status: .missing, state: .initial, target: nil, unreadable: true)
            }
            guard let translation = byID[unit.id] ?? renamed[unit.id] else {
                return LocalizedUnit(unit: unit, translation: nil, status: .missing, state: .initial, target: nil)
            }
            let target = translation.target?.resolvingCodes(from: unit.source)
            let status: UnitStatus
            if !translation.hasTarget {
                status = .missing
            } else if translation.isStale || (translation.source != unit.source && !MinorEdit.equivalent(translation.source.signature, unit.sourceSignature)) {
                // (Equal texts have equal signatures; comparing first spares most units the signature.
                // Whitespace, quotes and dashes alone do not make a translation stale.)
                status = .stale
            } else {
                status = .current
            }
            return LocalizedUnit(unit: unit, translation: translation, status: status, state: translation.state, target: target)
        }
        for unit in unknown {
            diagnostics.append(.error("unknown-unit", at: unit.location,
                "the unit `\(unit.id)` does not exist in \(document.path)",
                hint: "run `tolk sync` to bring the file up to date with the source", language: language, unit: unit.id))
        }
        return Staged(LocalizedDocument(document: document, language: language, translationPath: path, fileExists: exists,
                                        units: localized, unreadable: unreadable, unknownUnits: unknown), diagnostics: diagnostics)
    }

    /// .xlf files under Locales/ that no source document or no site language explains.
    public static func orphans(_ project: Project, languages: [String]) -> [Diagnostic] {
        let expected = Set(project.config.targetLanguages.flatMap { language in
            project.documents.map { project.translationPath(of: $0, language: language.tag) }
        })
        // Every entry below Locales/, hidden ones too, by readdir (FileManager's enumerator cost
        // a URL and a stat per file of a large site).
        var relatives: [String] = []
        ProjectFiles.entries(below: project.root.appendingPathComponent("Locales").path, hidden: true) { path, _ in
            if path.hasSuffix(".xlf") { relatives.append(path) }
        }
        var result: [Diagnostic] = []
        var unusedLanguages: Set<String> = []
        for relative in relatives {
            let path = "Locales/\(relative)"
            let language = String(relative.split(separator: "/").first ?? "")
            if project.otherProfiles.translationPaths.contains(path) || project.otherProfiles.languages.contains(language) {
                continue
            } else if project.config.language(language) == nil {
                // One warning per folder of a language the site does not have.
                if unusedLanguages.insert(language).inserted {
                    result.append(.warning("orphan", at: SourceLocation(file: "Locales/\(language)/"),
                        "Locales/\(language)/ is not a language of the site, so its files are not used",
                        hint: "add `\(language)` to `languages` in Site/site.yml, or delete the folder"))
                }
            } else if languages.contains(language) && !expected.contains(path) {
                result.append(.warning("orphan", at: SourceLocation(file: path),
                    "this translation has no source file behind it (the content file was removed or renamed)",
                    hint: "delete it, or rename it to match the new content file and run `tolk sync`", language: language))
            }
        }
        return result.sorted { ($0.location?.file ?? "") < ($1.location?.file ?? "") }
    }
}
