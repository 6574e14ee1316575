/// The text of one document as shown in one language: each unit's translation, or under a
/// fallback policy the fallback language's text, marked with that language.
public struct PageText: Sendable {
    /// A unit's text and, when it is not in the page's language, the language it is in.
    public struct Entry: Sendable, Hashable {
        public var text: InlineText
        public var foreignLanguage: LanguageSettings?
        /// The unit's status in the page language (for the translator view).
        public var status: UnitStatus
        public var state: TranslationState
        /// The source text, for the translator view.
        public var source: InlineText
    }

    public var language: LanguageSettings
    public var entries: [String: Entry]

    /// The entry of a unit; an empty text when the document has no such unit.
    public subscript(_ id: String) -> Entry {
        entries[id] ?? Entry(text: InlineText(), foreignLanguage: nil, status: .missing, state: .initial, source: InlineText())
    }

    /// Resolves the text of `document` in `language` under the site's policy; only the units in
    /// `only` when given (an index page needs titles, not whole documents). `showUnreviewed`
    /// (the preview's translator view only) shows current translations below `min_state` too.
    public static func resolve(_ document: SourceDocument, language: LanguageSettings, site: LocalizedSite,
                               only: Set<String>? = nil, showUnreviewed: Bool = false) -> PageText {
        let config = site.project.config
        let source = config.language(config.sourceLanguage) ?? language
        var entries: [String: Entry] = [:]
        if language.tag == config.sourceLanguage {
            for unit in document.units(for: language.tag) where only?.contains(unit.id) ?? true {
                entries[unit.id] = Entry(text: unit.source, foreignLanguage: nil, status: .current, state: .final, source: unit.source)
            }
            return PageText(language: language, entries: entries)
        }
        let minimum = showUnreviewed ? min(config.publish.minState, .translated) : config.publish.minState
        let localized = site.catalog.document(document.path, language: language.tag)
        let fallback = config.publish.fallback.flatMap { tag in tag == language.tag ? nil : config.language(tag) }
        let fallbackUnits = fallback.flatMap { site.catalog.document(document.path, language: $0.tag) }.map { document in
            Dictionary(document.units.map { ($0.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        for unit in localized?.units ?? [] where only?.contains(unit.unit.id) ?? true {
            if unit.isPublishable(at: minimum), let target = unit.target {
                entries[unit.unit.id] = Entry(text: target, foreignLanguage: nil, status: .current, state: unit.state, source: unit.unit.source)
                continue
            }
            // Not usable in this language: the fallback language's text, else the source text.
            var text = unit.unit.source
            var shownIn = source
            if let fallback, fallback.tag != config.sourceLanguage, let other = fallbackUnits?[unit.unit.id],
               other.isPublishable(at: minimum), let target = other.target {
                text = target
                shownIn = fallback
            }
            entries[unit.unit.id] = Entry(text: text, foreignLanguage: shownIn, status: unit.status, state: unit.state, source: unit.unit.source)
        }
        return PageText(language: language, entries: entries)
    }
}
