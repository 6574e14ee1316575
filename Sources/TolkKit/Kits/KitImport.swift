import Foundation

/// What `tolk import --lang L PATH...` did, file by file and in total.
public struct KitImportResult: Sendable {
    /// The translation files to write (only those that change), as sync would write them.
    public var files: [SyncFileResult]
    /// Units whose returned translation was taken (new or changed target, or a confirmed state).
    public var imported = 0
    /// Of those, units imported as not confirmed (PO fuzzy, an XLIFF `needs-…` state set by the translator).
    public var unconfirmed = 0
    /// Units that came back as they were sent out (a source copy, an unchanged previous translation).
    public var unchanged = 0
    /// Units imported as stale: the Norwegian changed while the kit was out.
    public var staleSinceExport = 0
    /// Units refused; each has an error among the diagnostics.
    public var rejected = 0
    /// How many kit files were read.
    public var kitFiles = 0
}

/// Merges returned kit files into `Locales/<lang>/`: by unit id, validated like `tolk check`,
/// and all or nothing: if any file cannot be read, no translation file is written.
public enum KitImport {
    public static func run(_ project: Project, language: String, paths: [URL]) -> Staged<KitImportResult?> {
        let read = KitFileReader.read(paths)
        var diagnostics = read.diagnostics
        if read.value.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error("import", at: nil, "no kit files were found in \(paths.map(\.path).joined(separator: ", "))",
                hint: "name the .xlf or .po files, their folder, or the .zip the translator sent"))
        }
        let loaded = KitDocuments.load(project, language: language)
        diagnostics += loaded.diagnostics
        guard let documents = loaded.value, !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        var byOriginal: [String: Int] = [:]
        var byKitPath: [String: Int] = [:]
        for (index, document) in documents.enumerated() {
            byOriginal[document.document.path] = index
            byKitPath[(document.document.translationPath as NSString).deletingPathExtension] = index
        }
        // Which document each file translates; a file that fits none stops the import.
        var assigned: [(file: ReturnedFile, document: Int)] = []
        for file in read.value {
            if let target = file.targetLanguage, LanguageTag.canonicalCase(target) != language {
                diagnostics.append(.error("import", at: SourceLocation(file: file.path),
                    "this file is a translation into `\(target)`, not into `\(language)`", hint: "import it with --lang \(target)"))
                continue
            }
            guard let index = file.original.flatMap({ byOriginal[$0] }) ?? byKitPath[(file.kitPath as NSString).deletingPathExtension] else {
                diagnostics.append(.error("import", at: SourceLocation(file: file.path),
                    "this file does not belong to any source file of the project\(file.original.map { " (it says it translates \($0))" } ?? "")",
                    hint: "import only files of a kit made by `tolk export` for this project"))
                continue
            }
            assigned.append((file, index))
        }
        guard !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        var result = KitImportResult(files: [], kitFiles: read.value.count)
        var merged = documents.map { $0.units.map(\.written) }
        var touched: Set<Int> = []
        for (file, index) in assigned {
            let document = documents[index]
            diagnostics += file.rejections
            result.rejected += file.rejectedUnits
            let sources = file.units.map { $0.rawPOSource.map { KitInline.readPO($0, ids: nil) } ?? $0.source }
            let positions = KitUnitMatch.positions(file.units, sources: sources, document: document)
            var candidates: [(position: Int, written: WrittenUnit, returned: ReturnedUnit, outcome: KitMerge.Outcome)] = []
            for (returned, position) in zip(file.units, positions) {
                guard let position else {
                    diagnostics.append(.error("import", at: returned.location, "the unit `\(returned.id)` is not in \(document.document.path) (any more)",
                        hint: "it was removed from the source, so its translation is not needed", language: language, unit: returned.id))
                    result.rejected += 1
                    continue
                }
                let kitUnit = KitUnit(merged[index][position], minState: project.config.publish.minState)
                switch KitMerge.decide(kitUnit, returned: returned, format: file.format) {
                case .unchanged: result.unchanged += 1
                case .take(let written, let outcome): candidates.append((position, written, returned, outcome))
                }
            }
            // Validated like `tolk check`: a unit with an error-level finding keeps what it had.
            let refused = KitMerge.errors(in: candidates.map(\.written), document: document, project: project, language: language)
            for candidate in candidates {
                if let problems = refused[candidate.written.unit.id] {
                    for problem in problems {
                        diagnostics.append(.error("import", at: candidate.returned.location, "not imported: [\(problem.check)] \(problem.message)",
                            hint: problem.hint, language: language, unit: candidate.returned.id))
                    }
                    result.rejected += 1
                    continue
                }
                merged[index][candidate.position] = candidate.written
                result.imported += 1
                switch candidate.outcome {
                case .confirmed: break
                case .unconfirmed: result.unconfirmed += 1
                case .staleSinceExport: result.staleSinceExport += 1
                }
                touched.insert(index)
            }
        }
        for index in touched.sorted() {
            let document = documents[index]
            let text = XLIFFWriter.write(sourceLanguage: project.config.sourceLanguage, targetLanguage: language,
                                         original: document.document.path, units: merged[index])
            let changed = document.existing.map { String(decoding: $0, as: UTF8.self) != text } ?? true
            guard changed else { continue }
            var file = SyncFileResult(path: document.translationPath, language: language, text: text, changed: true, isNew: document.existing == nil)
            file.document = document.document.path
            result.files.append(file)
        }
        return Staged(result, diagnostics: diagnostics)
    }
}
