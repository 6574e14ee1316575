import Foundation

/// How one translation file changes in a sync.
public struct SyncFileResult: Sendable, Hashable {
    /// Project-relative path of the .xlf file.
    public var path: String
    public var language: String
    /// Project-relative path of the source document.
    public var document = ""
    /// The new file text.
    public var text: String
    /// Whether the text differs from what is on disk (or the file is new).
    public var changed: Bool
    public var isNew: Bool
    public var added = 0
    public var markedStale = 0
    public var kept = 0
    /// Stale units whose translation was confirmed (state raised to translated or higher): sync
    /// removes their `subState="tolk:stale"` and previous-source note.
    public var confirmed = 0
    /// Units whose source changed and whose translation was kept on request (`keepTranslations`).
    public var keptTranslations: [KeptTranslation] = []
    /// Units dropped because their block was removed from the source; `droppedTranslations` of them had a target.
    public var dropped = 0
    public var droppedTranslations = 0
    /// New or changed units filled in from the translation memory (the same source translated
    /// elsewhere in the language), at state translated with a note naming where from.
    public var fromMemory = 0
}

/// The outcome of `tolk sync`: new texts for every translation file. Nothing is written here.
public struct SyncResult: Sendable {
    public var files: [SyncFileResult]
}

/// Brings every language's XLIFF files up to date with the sources (msgmerge semantics).
public enum Sync {
    /// Computes the new translation files for `languages` (all target languages when empty).
    /// Returns nil, and writes nothing, when any existing file cannot be read: rewriting it
    /// could lose a translator's work.
    /// `adjust` may change the merged units of each file before it is written (`tolk pseudo` fills targets).
    /// In the documents named in `keepTranslations` (project-relative paths such as
    /// `Content/topics/x.md`), translations of changed units keep their state instead of going
    /// stale, each with a note dated `date` that gives the old source.
    public static func run(_ project: Project, languages requested: [String] = [], keepTranslations: Set<String> = [],
                           date: Date = Date(),
                           adjust: (@Sendable (_ language: String, _ units: inout [WrittenUnit]) -> Void)? = nil) -> Staged<SyncResult?> {
        var diagnostics: [Diagnostic] = []
        let languages = project.config.targetLanguages.map(\.tag).filter { requested.isEmpty || requested.contains($0) }
        for tag in requested where project.config.language(tag) == nil || tag == project.config.sourceLanguage {
            diagnostics.append(.error("usage", at: nil, "`\(tag)` is not one of the site's target languages (\(project.config.targetLanguages.map(\.tag).joined(separator: ", ")))",
                hint: "add it to `languages` in Site/site.yml first"))
        }
        let documentPaths = Set(project.documents.map(\.path))
        for path in keepTranslations.sorted() where !documentPaths.contains(path) {
            diagnostics.append(.error("usage", at: nil, "`\(path)` is not a source file of this project, so there are no translations of it to keep",
                hint: "name a topic, exercise or Site/strings.yml by its path in the project, such as Content/topics/back-pain.md"))
        }
        let keepDay = keepTranslations.isEmpty ? nil : KeptTranslation.day(of: date)
        let jobs = languages.flatMap { language in project.documents.map { (language, $0) } }
        let merged = ResultSlots<Staged<MergedFile?>>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let document = jobs[index].1
            merged[index] = mergeFile(project: project, language: jobs[index].0, document: document,
                                      keepDay: keepTranslations.contains(document.path) ? keepDay : nil)
        }
        var mergedFiles = merged.values.map { $0?.value ?? nil }
        // The translation memory works across a language's files, so it runs between the merge and the writing.
        TranslationMemory.fill(&mergedFiles, languages: jobs.map(\.0))
        let filled = mergedFiles
        let slots = ResultSlots<SyncFileResult>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            guard let file = filled[index] else { return }
            slots[index] = finishFile(file, project: project, language: jobs[index].0, document: jobs[index].1, adjust: adjust)
        }
        var files: [SyncFileResult] = []
        for (index, slot) in merged.values.enumerated() {
            guard let slot else { continue }
            diagnostics += slot.diagnostics
            if let file = slots[index] { files.append(file) }
        }
        diagnostics += TranslationCatalogLoader.orphans(project, languages: languages)
        if diagnostics.hasErrors { return Staged(nil, diagnostics: diagnostics) }
        return Staged(SyncResult(files: files), diagnostics: diagnostics)
    }

    /// One file merged, not yet written: the units and what sync did to them.
    struct MergedFile {
        var units: [WrittenUnit]
        var result: SyncFileResult
        var oldData: Data?
    }

    static func syncFile(project: Project, language: String, document: SourceDocument, keepDay: String? = nil,
                         adjust: (@Sendable (String, inout [WrittenUnit]) -> Void)? = nil) -> Staged<SyncFileResult?> {
        let merged = mergeFile(project: project, language: language, document: document, keepDay: keepDay)
        guard let file = merged.value else { return Staged(nil, diagnostics: merged.diagnostics) }
        return Staged(finishFile(file, project: project, language: language, document: document, adjust: adjust), diagnostics: merged.diagnostics)
    }

    static func mergeFile(project: Project, language: String, document: SourceDocument, keepDay: String? = nil) -> Staged<MergedFile?> {
        let path = project.translationPath(of: document, language: language)
        let url = project.root.appendingPathComponent(path)
        var oldUnits: [TranslationUnit] = []
        var oldData: Data?
        let contents = FileContents.read(url)
        if case .unreadable(let reason) = contents {
            return Staged(nil, diagnostics: [.error("sync", at: SourceLocation(file: path),
                "sync left every file as it was, because this file cannot be read: \(reason)",
                hint: "check the file's permissions (ls -l \(path)) and run `tolk sync` again", language: language)])
        }
        if case .data(let data) = contents {
            oldData = data
            let read = XLIFFReader.read(data, path: path)
            guard let file = read.value, !read.diagnostics.hasErrors else {
                return Staged(nil, diagnostics: read.diagnostics + [.error("sync", at: SourceLocation(file: path),
                    "sync left every file as it was, because this file could not be read",
                    hint: "fix the file (or restore it from git) and run `tolk sync` again")])
            }
            oldUnits = file.units
        }
        let merge = merge(units: document.units(for: language), old: oldUnits, keepDay: keepDay)
        var result = merge.result
        result.path = path
        result.language = language
        result.document = document.path
        return Staged(MergedFile(units: merge.units, result: result, oldData: oldData))
    }

    static func finishFile(_ file: MergedFile, project: Project, language: String, document: SourceDocument,
                           adjust: (@Sendable (String, inout [WrittenUnit]) -> Void)?) -> SyncFileResult {
        var units = file.units
        adjust?(language, &units)
        var result = file.result
        let text = XLIFFWriter.write(sourceLanguage: project.config.sourceLanguage, targetLanguage: language,
                                     original: document.path, units: units)
        result.text = text
        result.isNew = file.oldData == nil
        result.changed = file.oldData.map { String(decoding: $0, as: UTF8.self) != text } ?? true
        return result
    }

    /// Merges old translations into the current units. With `keepDay`, translations of changed
    /// units are kept as they are (with a note of that day) instead of being marked stale.
    static func merge(units: [Unit], old: [TranslationUnit], keepDay: String? = nil) -> (units: [WrittenUnit], result: SyncFileResult) {
        var result = SyncFileResult(path: "", language: "", text: "", changed: false, isNew: false)
        let pairs = UnitMatcher.match(new: units, old: old)
        var written: [WrittenUnit] = []
        for (index, unit) in units.enumerated() {
            guard let oldIndex = pairs[index] else {
                written.append(WrittenUnit(unit: unit))
                result.added += 1
                continue
            }
            let previous = old[oldIndex]
            let notes = previous.notes.filter { !$0.isTolks }
            if MinorEdit.equivalent(previous.source.signature, unit.sourceSignature) {
                // The same text, or one changed only in whitespace, quotes or dashes: the translation
                // still fits. The note of a kept translation stays until the source changes again.
                // A stale unit the translator has confirmed (its state raised) is stale no more.
                let confirmed = previous.subState == TranslationUnit.staleSubState && !previous.isStale
                written.append(WrittenUnit(unit: unit, target: previous.target, state: previous.state,
                                           subState: confirmed ? nil : previous.subState,
                                           previousSource: previous.isStale ? previous.previousSource : nil,
                                           keptNotes: previous.notes.filter { $0.isKeptTranslation || $0.isFromMemory } + notes))
                if confirmed { result.confirmed += 1 } else { result.kept += 1 }
            } else if let keepDay, previous.hasTarget, !previous.isStale {
                // The editor says the change does not concern the translation: keep it, and say so.
                let oldSource = previous.source.plainText
                written.append(WrittenUnit(unit: unit, target: previous.target, state: previous.state, subState: previous.subState,
                                           keptNotes: [KeptTranslation.note(day: keepDay, oldSource: oldSource)] + notes))
                result.keptTranslations.append(KeptTranslation(unit: unit.id, oldSource: oldSource, newSource: unit.source.plainText))
                result.kept += 1
            } else if previous.hasTarget {
                // The source changed: keep the translation for reference, but ask for a review.
                written.append(WrittenUnit(unit: unit, target: previous.target, state: .initial, subState: TranslationUnit.staleSubState,
                                           previousSource: previous.previousSource ?? previous.source.plainText, keptNotes: notes))
                result.markedStale += 1
            } else {
                written.append(WrittenUnit(unit: unit, target: previous.target, keptNotes: notes))
                result.kept += 1
            }
        }
        let matchedOld = Set(pairs.values)
        for (index, unit) in old.enumerated() where !matchedOld.contains(index) {
            result.dropped += 1
            if unit.hasTarget { result.droppedTranslations += 1 }
        }
        return (written, result)
    }
}
