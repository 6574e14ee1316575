import Foundation

/// Builds a translation from a translated copy of a source file with the same structure
/// (the same headings, paragraphs, list items and fields, in the same order): the units of
/// the copy become the targets of the source's units, pair by pair. `tolk init` uses it for
/// its English example; it also brings existing translated leaflets into Tolk.
public enum ParallelImport {
    /// Pairs `document`'s units with those of `translatedText` (the same file format, in `language`).
    /// Returns the units to write, or diagnostics when the structures differ.
    public static func units(for document: SourceDocument, language: String, translatedText: String,
                             translatedPath: String, state: TranslationState = .translated) -> Staged<[WrittenUnit]?> {
        let loaded: Staged<SourceDocument?>
        switch document.content {
        case .topic(let topic): loaded = TopicLoader.load(translatedText, path: translatedPath, slug: topic.slug)
        case .exercise(let exercise): loaded = ExerciseLoader.load(translatedText, path: translatedPath, slug: exercise.slug, isTranslatedCopy: true)
        case .strings: loaded = StringsLoader.load(translatedText, path: translatedPath)
        case .video:
            return Staged(nil, diagnostics: [.error("import", at: SourceLocation(file: translatedPath),
                "videos cannot be imported from translated copies yet", hint: "translate the video's .xlf file")])
        }
        guard let translated = loaded.value else { return Staged(nil, diagnostics: loaded.diagnostics) }
        let sourceUnits = document.units(for: language)
        let targetUnits = translated.units(for: language)
        guard sourceUnits.count == targetUnits.count,
              zip(sourceUnits, targetUnits).allSatisfy({ $0.kind == $1.kind }) else {
            let mismatch = zip(sourceUnits, targetUnits).first { $0.kind != $1.kind }
            return Staged(nil, diagnostics: [.error("import", at: mismatch?.1.location ?? SourceLocation(file: translatedPath),
                "the translated file does not have the same blocks as \(document.path) (\(targetUnits.count) blocks against \(sourceUnits.count))",
                hint: "give the translation the same headings, paragraphs, list items and fields in the same order")])
        }
        let written = zip(sourceUnits, targetUnits).map { source, target in
            WrittenUnit(unit: source, target: target.source, state: state)
        }
        return Staged(written, diagnostics: loaded.diagnostics)
    }
}
