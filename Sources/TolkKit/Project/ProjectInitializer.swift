import Foundation

/// `tolk init`: writes a small working project into an empty (or new) folder.
public enum ProjectInitializer {
    /// The files to create, by project-relative path, including the English translations.
    /// Nothing is written here; the CLI writes them after checking the folder.
    public static func files() -> Staged<[String: String]> {
        var files = ProjectTemplate.files
        var diagnostics: [Diagnostic] = []
        let config = SiteConfigLoader.load(files["Site/site.yml"]!)
        guard let config = config.value else { return Staged(files, diagnostics: config.diagnostics) }
        for (path, english) in ProjectTemplate.english.sorted(by: { $0.key < $1.key }) {
            let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let kind = path.hasPrefix("Content/topics") ? "topic" : path.hasPrefix("Content/exercises") ? "exercise" : "strings"
            let source: Staged<SourceDocument?> = switch kind {
            case "topic": TopicLoader.load(files[path]!, path: path, slug: slug)
            case "exercise": ExerciseLoader.load(files[path]!, path: path, slug: slug)
            default: StringsLoader.load(files[path]!)
            }
            diagnostics += source.diagnostics
            guard let document = source.value else { continue }
            let units = ParallelImport.units(for: document, language: "en", translatedText: english, translatedPath: path)
            diagnostics += units.diagnostics
            guard let written = units.value else { continue }
            files["Locales/en/\(document.translationPath)"] = XLIFFWriter.write(
                sourceLanguage: config.sourceLanguage, targetLanguage: "en", original: path,
                units: written.map { var unit = $0; unit.state = .reviewed; return unit })
        }
        return Staged(files, diagnostics: diagnostics)
    }
}
