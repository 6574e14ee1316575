import Foundation

/// One unit as the workbench shows and edits it: read from the file on disk at the moment of
/// the request, with the problems of the same checks as `tolk check`.
public struct WorkbenchUnit: Sendable, Hashable, Encodable {
    /// A problem of the unit, as `tolk check --format json` gives it (without file and line).
    public struct Problem: Sendable, Hashable, Encodable {
        public var severity: String
        public var check: String
        public var message: String
        public var hint: String?
    }

    /// An inline code of the source, so a client can show it as a token.
    public struct Code: Sendable, Hashable, Encodable {
        public var id: String
        /// `pc` (wraps text) or `ph` (stands alone).
        public var element: String
        /// What it is: `link`, `bold`, `placeholder`...
        public var kind: String
        /// What a token shows: the placeholder's name, the link's address.
        public var label: String
    }

    /// Which form of a plural interface string a unit is (`repetitions.few`), with numbers that
    /// take that form in the language, so the editor can show every form side by side.
    public struct PluralForm: Sendable, Hashable, Encodable {
        /// The string's key (`repetitions`).
        public var key: String
        /// The CLDR category (`few`).
        public var category: String
        /// "e.g. 2, 3, 4, 22, 23", as the translator's note of the form says.
        public var examples: String
    }

    /// Project-relative path of the .xlf file.
    public var file: String
    public var unit: String
    public var kind: String
    public var context: String
    /// Markup (`InlineMarkup`) of the source as it is now.
    public var source: String
    /// Markup of the target, nil when there is none.
    public var target: String?
    public var state: String
    /// `missing`, `stale` or `current`.
    public var status: String
    public var stale: Bool
    /// For a stale unit: the source the target was made for, and the word-level difference
    /// to the current source as HTML (`<del>`, `<ins>`).
    public var previousSource: String?
    public var diff: String?
    public var problems: [Problem]
    /// The opaque tag a save must send back; it changes whenever the unit changes.
    public var version: String
    public var codes: [Code]
    /// For a form of a plural interface string; nil otherwise.
    public var plural: PluralForm? = nil

    private enum CodingKeys: String, CodingKey {
        case file, unit, kind, context, source, target, state, status, stale, previousSource, diff, problems, version, codes, plural
    }

    /// Every key, `null` included: a client can tell "no translation" from an older server.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(unit, forKey: .unit)
        try container.encode(kind, forKey: .kind)
        try container.encode(context, forKey: .context)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(state, forKey: .state)
        try container.encode(status, forKey: .status)
        try container.encode(stale, forKey: .stale)
        try container.encode(previousSource, forKey: .previousSource)
        try container.encode(diff, forKey: .diff)
        try container.encode(problems, forKey: .problems)
        try container.encode(version, forKey: .version)
        try container.encode(codes, forKey: .codes)
        try container.encode(plural, forKey: .plural)
    }
}

/// The units of one page in one language, for the workbench.
public struct WorkbenchPage: Sendable, Encodable {
    public var sourceLanguage: String
    public var language: String
    public var direction: String
    public var file: String
    public var units: [WorkbenchUnit]
    /// The interface strings of the language (`Locales/<lang>/strings.xlf`): the page marks the
    /// ones it shows (`data-tolk-string`). Apart from `units`, so approving a page leaves
    /// strings that every page shares to be approved on their own.
    public var strings: [WorkbenchUnit]
}

/// The workbench of the preview: the units of a page, and saving one (see `save`).
/// Everything is read from disk at the time of the call, so a file changed by `git pull` or a
/// CAT tool is seen at once, not when the rebuild has caught up.
public enum Workbench {
    /// The document and language of a site file such as `pl/topics/neck-pain/index.html`;
    /// nil for the source language and for files that are not topic or exercise pages.
    public static func document(ofFile file: String, in project: Project) -> (SourceDocument, LanguageSettings)? {
        let parts = file.split(separator: "/").map(String.init)
        guard parts.count == 4, parts[3] == "index.html", let kind = PageID.Kind(rawValue: parts[1]),
              let settings = project.config.language(parts[0]), settings.tag != project.config.sourceLanguage else { return nil }
        let page = PageID(kind: kind, slug: parts[2])
        guard let document = project.documents.first(where: { LocalizedSite.pageID(of: $0) == page }) else { return nil }
        return (document, settings)
    }

    /// The document and language whose translation file is `path` (`Locales/pl/topics/x.xlf`).
    public static func document(ofTranslation path: String, in project: Project) -> (SourceDocument, LanguageSettings)? {
        for language in project.config.targetLanguages {
            guard path.hasPrefix("Locales/\(language.tag)/") else { continue }
            if let document = project.documents.first(where: { project.translationPath(of: $0, language: language.tag) == path }) {
                return (document, language)
            }
        }
        return nil
    }

    /// Every unit of `document` in `language`, as the file on disk has it now.
    public static func page(_ document: SourceDocument, language: LanguageSettings, project: Project) -> WorkbenchPage {
        let state = FileState(document, language: language, project: project)
        let strings = project.strings.map { FileState($0, language: language, project: project) }
        return WorkbenchPage(sourceLanguage: project.config.sourceLanguage, language: language.tag, direction: language.direction == .rtl ? "rtl" : "ltr",
                             file: state.path, units: state.checked.localized.units.map { state.unit($0) },
                             strings: strings.map { strings in strings.checked.localized.units.map { strings.unit($0) } } ?? [])
    }
}

/// A translation file read and checked at one moment.
struct FileState {
    let path: String
    let text: String?
    let checked: CheckedDocument
    private let problems: [String: [Diagnostic]]

    init(_ document: SourceDocument, language: LanguageSettings, project: Project) {
        path = project.translationPath(of: document, language: language.tag)
        text = (try? Data(contentsOf: project.root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
        let loaded = SiteBuild.buildSeverity(TranslationCatalogLoader.localize(document, language: language.tag, project: project))
        checked = CheckedDocument.check(loaded, language: language, variables: project.config.variableValues,
                                        minState: project.config.publish.minState)
        problems = Dictionary(grouping: checked.problems.filter { $0.unit != nil }) { $0.unit! }
    }

    /// The version tag of a unit: its bytes in the file and its current source.
    func version(_ localized: LocalizedUnit) -> String {
        guard let text, let id = localized.translation?.id, let span = UnitSpan.find(id: id, in: text) else {
            return UnitVersion.absent + "-" + UnitVersion.of(unitBytes: [], source: localized.unit.sourceSignature)
        }
        return UnitVersion.of(unitBytes: Array(text.utf8)[span.element], source: localized.unit.sourceSignature)
    }

    func unit(_ localized: LocalizedUnit) -> WorkbenchUnit {
        let own = problems[localized.unit.id] ?? []
        let change = own.lazy.compactMap(\.sourceChange).first
        return WorkbenchUnit(
            file: path, unit: localized.unit.id, kind: localized.unit.kind.rawValue, context: localized.unit.context,
            source: InlineMarkup.render(localized.unit.source), target: localized.target.map(InlineMarkup.render),
            state: localized.state.rawValue, status: localized.status.rawValue, stale: localized.status == .stale,
            previousSource: localized.status == .stale ? change?.previous : nil,
            diff: localized.status == .stale ? change.map { $0.diff.html() } : nil,
            problems: own.map { .init(severity: $0.severity.rawValue, check: $0.check, message: $0.message, hint: $0.hint) },
            version: version(localized), codes: Self.codes(of: localized.unit.source),
            plural: localized.unit.pluralCategory.map { category in
                .init(key: String(localized.unit.id.dropLast(category.count + 1)), category: category,
                      examples: SourceDocument.pluralExample(checked.localized.language, category))
            })
    }

    static func codes(of source: InlineText) -> [WorkbenchUnit.Code] {
        var result: [WorkbenchUnit.Code] = []
        var texts: [String: String] = [:]
        var open: [String] = []
        for element in source.elements {
            if case .text(let text) = element { for id in open { texts[id, default: ""] += text } }
            if case .open(let id, _) = element { open.append(id) }
            if case .close(let id) = element { open.removeAll { $0 == id } }
        }
        for element in source.elements {
            switch element {
            case .placeholder(let id, let code):
                let label: String
                switch code {
                case .placeholder(let name): label = name
                case .code(let text): label = text
                case .lineBreak: label = "↵"
                case .image: label = "image"
                default: label = id
                }
                result.append(.init(id: id, element: "ph", kind: code.kindName, label: label))
            case .open(let id, let code):
                var label = texts[id] ?? ""
                if case .link(let url) = code { label = url }
                result.append(.init(id: id, element: "pc", kind: code.kindName, label: label))
            default: break
            }
        }
        return result
    }
}
