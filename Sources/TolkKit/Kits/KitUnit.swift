import Foundation

/// Why a unit goes into a translation kit.
public enum KitNeed: String, Sendable, Hashable {
    /// No translation yet.
    case new
    /// The source changed since it was translated (stale).
    case stale
    /// Translated and current, but below the site's minimum state: it needs a review.
    case review
    /// Translated, current, at the minimum state or above (only in `--only all` kits).
    case current
}

/// One unit as a kit shows it: the current source, what the language has for it now, and why
/// it is in the kit. Export and import both work from this view (what `tolk sync` would write
/// for the file), so what import compares with is what export sent out.
public struct KitUnit: Sendable, Hashable {
    public var written: WrittenUnit
    public var need: KitNeed

    public var unit: Unit { written.unit }
    /// The translation the language has now (the previous one, for a stale unit).
    public var target: InlineText? { written.target.flatMap { $0.isEmpty ? nil : $0.resolvingCodes(from: written.unit.source) } }

    init(_ written: WrittenUnit, minState: TranslationState) {
        self.written = written
        let hasTarget = !(written.target?.isEmpty ?? true)
        if !hasTarget {
            need = .new
        } else if written.subState == TranslationUnit.staleSubState && written.state == .initial {
            need = .stale
        } else if written.state < minState {
            need = .review
        } else {
            need = .current
        }
    }
}

/// The units of one source document in one language, as sync would write them.
public struct KitDocument: Sendable {
    public var document: SourceDocument
    /// Project-relative path of the language's .xlf file.
    public var translationPath: String
    public var units: [KitUnit]
    /// The bytes of the .xlf file on disk, nil when there is none.
    var existing: Data?
}

enum KitDocuments {
    /// Every document of `language`, merged with its .xlf file as sync does. Nil, with the
    /// reasons, when any .xlf file cannot be read: nothing may be built on a guess.
    static func load(_ project: Project, language: String) -> Staged<[KitDocument]?> {
        var diagnostics: [Diagnostic] = []
        var documents: [KitDocument] = []
        let minState = project.config.publish.minState
        for document in project.documents {
            let path = project.translationPath(of: document, language: language)
            var old: [TranslationUnit] = []
            let data = try? Data(contentsOf: project.root.appendingPathComponent(path))
            if let data {
                let read = XLIFFReader.read(data, path: path)
                guard let file = read.value, !read.diagnostics.hasErrors else {
                    diagnostics += read.diagnostics
                    continue
                }
                old = file.units
            }
            let merged = Sync.merge(units: document.units(for: language), old: old)
            documents.append(KitDocument(document: document, translationPath: path,
                                         units: merged.units.map { KitUnit($0, minState: minState) }, existing: data))
        }
        if diagnostics.hasErrors {
            diagnostics.append(.error("kit", at: nil, "the translations of `\(language)` could not all be read, so nothing was exported or imported",
                hint: "fix the files named above (or restore them from git), then run the command again"))
            return Staged(nil, diagnostics: diagnostics)
        }
        return Staged(documents, diagnostics: diagnostics)
    }
}
