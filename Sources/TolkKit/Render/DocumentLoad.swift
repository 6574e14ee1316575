import Foundation

/// What outlives a document's job: its translations reduced to what the site-wide pages
/// need, what loading reported per target language, and its availability per language.
struct DocumentLoad {
    var documents: [LocalizedDocument]
    var loading: [[Diagnostic]]
    var availability: [String: [PageID: PageAvailability]]

    init(documents: [LocalizedDocument], loading: [[Diagnostic]], availability: [String: [PageID: PageAvailability]]) {
        self.documents = documents
        self.loading = loading
        self.availability = availability
    }

    init(_ checked: [CheckedDocument], keeping units: Set<String>?, availability: [String: [PageID: PageAvailability]]) {
        documents = checked.map { $0.localized.keepingUnits(units) }
        loading = checked.map(\.loading)
        self.availability = availability
    }
}

extension LocalizedDocument {
    /// The document with only the units of `ids` (all when nil), and no unknown units.
    func keepingUnits(_ ids: Set<String>?) -> LocalizedDocument {
        guard let ids else { return self }
        var kept = self
        kept.units = units.filter { ids.contains($0.unit.id) }
        kept.unknownUnits = []
        return kept
    }
}
