import Foundation

/// What the check stage decided about one topic in every target language, as far as the
/// site-wide pages and the build's report need it: its availability, what loading its
/// translation files reported, and its title and summary units as translated.
///
/// Stored in the build cache so that a rebuild neither reads nor checks the XLIFF files of a
/// topic whose inputs did not change (the document key covers every file these came from).
/// Only topics are cached this way: exercises and videos are shown whole on the program pages,
/// and are always loaded.
struct CachedDocumentLoad: Codable, Sendable, Equatable {
    /// One target language, in the site's target-language order.
    struct Language: Codable, Sendable, Equatable {
        var tag: String
        var translationPath: String
        var fileExists: Bool
        var unreadable: Bool
        /// The units the site-wide pages show, in the document's order.
        var units: [Unit]
        /// What loading the file reported (with the build's severities).
        var loading: [Diagnostic]
    }

    /// A kept unit's translation; its source comes from the current source document, which is
    /// the one it was checked against (the key covers the source file). The unit as read from
    /// the .xlf file (`LocalizedUnit.translation`) is not kept: the site-wide pages show the
    /// resolved target, and the checks that read it have run.
    struct Unit: Codable, Sendable, Equatable {
        var id: String
        var status: UnitStatus
        var state: TranslationState
        var target: InlineText?
        var blocked: Bool
        var unreadable: Bool
    }

    var languages: [Language]
    /// Availability by language tag, the source language included.
    var availability: [String: PageAvailability]

    /// The record of a topic just loaded and checked; nil for a document not cached this way.
    init?(_ load: DocumentLoad, of document: SourceDocument, page: PageID) {
        guard case .topic = document.content, load.documents.count == load.loading.count else { return nil }
        languages = zip(load.documents, load.loading).map { localized, loading in
            Language(tag: localized.language, translationPath: localized.translationPath, fileExists: localized.fileExists,
                     unreadable: localized.unreadable,
                     units: localized.units.map { Unit(id: $0.unit.id, status: $0.status, state: $0.state,
                                                       target: $0.target, blocked: $0.blocked, unreadable: $0.unreadable) },
                     loading: loading)
        }
        var availability: [String: PageAvailability] = [:]
        for (language, pages) in load.availability { availability[language] = pages[page] }
        self.availability = availability
    }

    /// The load again, against the current source document; nil when the record does not fit
    /// it (other languages, or a unit the source no longer has): the document is then loaded.
    func load(for document: SourceDocument, page: PageID, languages targets: [LanguageSettings]) -> DocumentLoad? {
        guard case .topic = document.content, languages.map(\.tag) == targets.map(\.tag) else { return nil }
        // A topic's units are the same in every language (only interface strings have plural
        // forms per language). The kept ones are few (a title and a summary, which come first):
        // found by a scan, with a table only when many are kept.
        let table = languages.first.map { $0.units.count > 8 } == true
            ? Dictionary(document.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) : nil
        func source(_ id: String) -> TolkKit.Unit? { table.map { $0[id] } ?? document.units.first { $0.id == id } }
        var documents: [LocalizedDocument] = []
        documents.reserveCapacity(languages.count)
        for language in languages {
            var units: [LocalizedUnit] = []
            units.reserveCapacity(language.units.count)
            for kept in language.units {
                guard let unit = source(kept.id) else { return nil }
                units.append(LocalizedUnit(unit: unit, translation: nil, status: kept.status, state: kept.state,
                                           target: kept.target, blocked: kept.blocked, unreadable: kept.unreadable))
            }
            documents.append(LocalizedDocument(document: document, language: language.tag, translationPath: language.translationPath,
                                               fileExists: language.fileExists, units: units, unreadable: language.unreadable,
                                               unknownUnits: []))
        }
        var availability: [String: [PageID: PageAvailability]] = [:]
        for (language, value) in self.availability { availability[language] = [page: value] }
        return DocumentLoad(documents: documents, loading: languages.map(\.loading), availability: availability)
    }
}
