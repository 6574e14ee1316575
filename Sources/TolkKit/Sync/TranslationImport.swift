import Foundation

/// `tolk import`: takes translated copies of source files (same structure, another language)
/// and makes them the targets of that language's XLIFF files.
public enum TranslationImport {
    /// Builds the new translation files of `language` from the copies under `folder`, which mirrors
    /// the project (`Content/topics/x.md`, `Content/exercises/y.yml`, `Site/strings.yml`).
    /// Documents without a copy are left as they are. Returns nil (nothing to write) on any error.
    public static func run(_ project: Project, language: String, from folder: URL, state: TranslationState) -> Staged<SyncResult?> {
        var diagnostics: [Diagnostic] = []
        var files: [SyncFileResult] = []
        for document in project.documents {
            let copyURL = folder.appendingPathComponent(document.path)
            let copyPath = copyURL.path
            let contents = FileContents.read(copyURL)
            if case .unreadable(let reason) = contents {
                diagnostics.append(.error("import", at: SourceLocation(file: copyPath), "the translated copy cannot be read: \(reason)"))
            }
            guard case .data(let data) = contents else { continue }
            let decoded = TextDecoding.decode(data, path: copyPath)
            diagnostics += decoded.diagnostics
            guard let text = decoded.value else { continue }
            let imported = ParallelImport.units(for: document, language: language, translatedText: text, translatedPath: copyPath, state: state)
            diagnostics += imported.diagnostics
            guard let units = imported.value else { continue }
            let path = project.translationPath(of: document, language: language)
            let newText = XLIFFWriter.write(sourceLanguage: project.config.sourceLanguage, targetLanguage: language,
                                            original: document.path, units: units)
            let old = try? Data(contentsOf: project.root.appendingPathComponent(path))
            var result = SyncFileResult(path: path, language: language, text: newText,
                                        changed: old.map { String(decoding: $0, as: UTF8.self) != newText } ?? true, isNew: old == nil)
            result.kept = units.count
            files.append(result)
        }
        if files.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error("import", at: nil, "\(folder.path) has no translated copies of the project's files",
                hint: "it must mirror the project: Content/topics/<slug>.md, Content/exercises/<slug>.yml, Site/strings.yml"))
        }
        return Staged(diagnostics.hasErrors ? nil : SyncResult(files: files), diagnostics: diagnostics)
    }
}
