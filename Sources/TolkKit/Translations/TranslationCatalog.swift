import Foundation

/// Where a unit stands in one language.
public enum UnitStatus: String, Sendable, Hashable, Codable {
    /// No target, or an empty one.
    case missing
    /// The source changed since translation (marked by sync, or the .xlf has an older source).
    case stale
    /// Translated and current, at `state`.
    case current
}

/// One source unit with its translation in one language.
public struct LocalizedUnit: Sendable, Hashable {
    public var unit: Unit
    /// The unit from the .xlf file, nil when the file or the unit is missing.
    public var translation: TranslationUnit?
    public var status: UnitStatus
    /// The segment state (initial when there is no translation).
    public var state: TranslationState
    /// The target with its codes resolved against the current source.
    public var target: InlineText?
    /// Set by the check stage when an error-level finding (a changed number, a broken code, a
    /// file that cannot be read) keeps this unit's target off the site, like a stale one.
    public var blocked = false

    /// Whether the target may be shown to a reader at `minState` and above.
    public func isPublishable(at minState: TranslationState) -> Bool {
        status == .current && !blocked && state >= minState && target != nil
    }
    /// Whether a translation was there but could not be used: its file cannot be read, or the
    /// unit breaks the XLIFF core rules. The load error (`xml`/`xliff`) says why; the unit
    /// counts as missing, and the checks report nothing more about it.
    public var unreadable = false
}

/// A source document in one language.
public struct LocalizedDocument: Sendable, Hashable {
    public var document: SourceDocument
    public var language: String
    /// Project-relative path of the .xlf file.
    public var translationPath: String
    /// Whether the .xlf file exists.
    public var fileExists: Bool
    public var units: [LocalizedUnit]
    /// Whether the .xlf file exists but cannot be used as a whole (not well-formed, or broken
    /// outside its units): every unit is missing and `unreadable`.
    public var unreadable = false
    /// Units in the .xlf file that the source does not have (sync has not run, or a bad edit).
    public var unknownUnits: [TranslationUnit]
}

extension LocalizedDocument {
    /// A document with no translation file: every unit missing.
    static func untranslated(_ document: SourceDocument, language: String, project: Project) -> LocalizedDocument {
        LocalizedDocument(document: document, language: language, translationPath: project.translationPath(of: document, language: language),
                          fileExists: false, units: document.units(for: language).map {
                              LocalizedUnit(unit: $0, translation: nil, status: .missing, state: .initial, target: nil)
                          }, unknownUnits: [])
    }
}

/// Every document of a project in every target language: the third pipeline stage.
public struct TranslationCatalog: Sendable {
    /// Per language tag, the documents in project order.
    public var languages: [String: [LocalizedDocument]] {
        get {
            guard !overlay.isEmpty else { return storage }
            var merged = storage
            for (language, documents) in overlay {
                for (path, document) in documents {
                    if let index = positions[language]?[path] { merged[language]?[index] = document }
                }
            }
            return merged
        }
        set {
            storage = newValue
            overlay = [:]
            positions = Self.index(newValue)
        }
    }
    private var storage: [String: [LocalizedDocument]]
    /// Documents that take the place of theirs in `storage` (`overlaid(with:)`), by language and path.
    private var overlay: [String: [String: LocalizedDocument]] = [:]
    /// Per language, the position of each document path, so lookups stay O(1) on large sites.
    private var positions: [String: [String: Int]]

    public init(languages: [String: [LocalizedDocument]]) {
        self.storage = languages
        self.positions = Self.index(languages)
    }

    /// A document in a language.
    public func document(_ path: String, language: String) -> LocalizedDocument? {
        if let document = overlay[language]?[path] { return document }
        guard let index = positions[language]?[path] else { return nil }
        return storage[language]?[index]
    }

    /// This catalog with `documents` (each in its language) in place of the documents of the
    /// same source files, without copying the rest: the preview renders an edited page from
    /// its whole text while it keeps only the titles of the others, and a copy of every
    /// language's list for each edit was most of an edit's time on a large site.
    public func overlaid(with documents: [(language: String, document: LocalizedDocument)]) -> TranslationCatalog {
        var catalog = self
        for (language, document) in documents where positions[language]?[document.document.path] != nil {
            catalog.overlay[language, default: [:]][document.document.path] = document
        }
        return catalog
    }

    /// Puts `document` in place of the one at `index` in `language`: the same source file
    /// loaded again (the preview reloads one document per edit), so the index of paths, which an
    /// assignment to `languages` builds again for the whole site, stays as it is.
    public mutating func replace(_ index: Int, language: String, with document: LocalizedDocument) {
        guard storage[language]?.indices.contains(index) == true else { return }
        overlay[language]?[document.document.path] = nil
        guard storage[language]![index].document.path == document.document.path else {
            languages[language]![index] = document
            return
        }
        storage[language]![index] = document
    }

    private static func index(_ languages: [String: [LocalizedDocument]]) -> [String: [String: Int]] {
        @Sendable func positions(_ documents: [LocalizedDocument]) -> [String: Int] {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(documents.count)
            for (index, document) in documents.enumerated() where positions[document.document.path] == nil {
                positions[document.document.path] = index
            }
            return positions
        }
        // A whole site's catalog (5,000 documents in each language) is indexed on all cores: at
        // the end of a one-edit rebuild nothing else runs meanwhile. A page's own catalog is small.
        let entries = Array(languages)
        guard entries.count > 1, entries.reduce(0, { $0 + $1.value.count }) >= 1_000 else { return languages.mapValues(positions) }
        let indexed = ResultSlots<[String: Int]>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { indexed[$0] = positions(entries[$0].value) }
        let values = indexed.values
        return Dictionary(uniqueKeysWithValues: entries.indices.map { (entries[$0].key, values[$0] ?? [:]) })
    }
}
