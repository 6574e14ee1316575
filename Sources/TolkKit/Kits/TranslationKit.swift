import Foundation

/// The file format of a translation kit.
public enum KitFormat: String, Sendable, CaseIterable {
    /// XLIFF 2.0, as in Locales/ (Trados, memoQ, Phrase, Matecat, OmegaT 5, Poedit).
    case xliff2
    /// XLIFF 1.2 (Lokalise, Pontoon, Virtaal, OmegaT's own filter, older CAT tools).
    case xliff12
    /// gettext PO (Poedit, Weblate, Pontoon, Virtaal).
    case po

    /// The extension of the kit's files.
    var fileExtension: String { self == .po ? "po" : "xlf" }
}

/// Which units a kit holds.
public enum KitScope: String, Sendable, CaseIterable {
    /// Units missing, stale or below the site's minimum state: what needs doing.
    case todo
    /// Every unit, the translated ones for reference.
    case all
}

/// A translation kit: one file per source file that has something in it (at the same relative
/// path as in `Locales/<lang>/`), the word counts, and `word-counts.txt` with them.
public struct TranslationKit: Sendable {
    public var language: String
    public var format: KitFormat
    /// The kit's files, by path in the kit, in project order; `word-counts.txt` last.
    public var files: [ZipArchive.Entry]
    public var wordCounts: KitWordCounts

    /// The name of the word-count summary in the kit.
    public static let summaryName = "word-counts.txt"

    /// Builds the kit of `language`. Nil, with the reasons, when a translation file cannot be read.
    public static func export(_ project: Project, language: String, format: KitFormat, scope: KitScope = .todo,
                              date: Date = Date()) -> Staged<TranslationKit?> {
        let loaded = KitDocuments.load(project, language: language)
        guard let documents = loaded.value else { return Staged(nil, diagnostics: loaded.diagnostics) }
        var files: [ZipArchive.Entry] = []
        var counts = KitWordCounts()
        var seen: Set<String> = []
        let source = project.config.sourceLanguage
        for document in documents {
            let units = document.units.filter { scope == .all || $0.need != .current }
            guard !units.isEmpty else { continue }
            let path = (document.document.translationPath as NSString).deletingPathExtension + "." + format.fileExtension
            var fileCounts = KitWordCounts.Counts()
            for unit in units {
                let words = WordCount.words(in: unit.unit.source)
                fileCounts.units += 1
                if !seen.insert(unit.unit.sourceSignature).inserted && unit.need != .current {
                    fileCounts.repeated += words
                    continue
                }
                switch unit.need {
                case .new: fileCounts.new += words
                case .stale: fileCounts.stale += words
                case .review: fileCounts.review += words
                case .current: fileCounts.current += words
                }
            }
            counts.files.append(KitWordCounts.File(path: path, counts: fileCounts))
            counts.total.add(fileCounts)
            let text: String
            switch format {
            case .xliff2:
                text = XLIFFWriter.write(sourceLanguage: source, targetLanguage: language, original: document.document.path,
                                         units: units.map(\.written))
            case .xliff12: text = XLIFF12Writer.write(document, units: units, sourceLanguage: source, language: language)
            case .po: text = POWriter.write(document, units: units, sourceLanguage: source, language: language, date: date)
            }
            files.append(ZipArchive.Entry(path: path, data: Data(text.utf8)))
        }
        files.append(ZipArchive.Entry(path: summaryName, data: Data(counts.table(language: language).utf8)))
        return Staged(TranslationKit(language: language, format: format, files: files, wordCounts: counts), diagnostics: loaded.diagnostics)
    }
}
