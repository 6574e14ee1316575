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
        Resolver(language: language, site: site, showUnreviewed: showUnreviewed).resolve(document) { only?.contains($0) ?? true }
    }

    /// `resolve` for many documents in one language: what depends on the language alone (the
    /// policy, the source and fallback languages) is worked out once. An index page resolves the
    /// title of each of 5,000 topics; working that out per card was a good part of its cost.
    struct Resolver {
        let language: LanguageSettings
        private let site: LocalizedSite
        private let isSourceLanguage: Bool
        private let source: LanguageSettings
        private let minimum: TranslationState
        private let fallback: LanguageSettings?

        init(language: LanguageSettings, site: LocalizedSite, showUnreviewed: Bool = false) {
            let config = site.project.config
            self.language = language
            self.site = site
            isSourceLanguage = language.tag == config.sourceLanguage
            source = config.language(config.sourceLanguage) ?? language
            minimum = showUnreviewed ? min(config.publish.minState, .translated) : config.publish.minState
            fallback = config.publish.fallback.flatMap { tag in tag == language.tag || tag == config.sourceLanguage ? nil : config.language(tag) }
        }

        /// The units `ids` of `document` (the few an index card shows).
        func resolve(_ document: SourceDocument, only ids: [String]) -> PageText {
            resolve(document) { ids.contains($0) }
        }

        /// The units of `document` that `included` admits.
        func resolve(_ document: SourceDocument, including included: (String) -> Bool) -> PageText {
            var entries: [String: Entry] = [:]
            if isSourceLanguage {
                for unit in document.units(for: language.tag) where included(unit.id) {
                    entries[unit.id] = Entry(text: unit.source, foreignLanguage: nil, status: .current, state: .final, source: unit.source)
                }
                return PageText(language: language, entries: entries)
            }
            guard let localized = site.catalog.document(document.path, language: language.tag) else { return PageText(language: language, entries: entries) }
            // The fallback language's units by id, looked up only when a unit needs them.
            var fallbackUnits: [String: LocalizedUnit]?
            for unit in localized.units where included(unit.unit.id) {
                if unit.isPublishable(at: minimum), let target = unit.target {
                    entries[unit.unit.id] = Entry(text: target, foreignLanguage: nil, status: .current, state: unit.state, source: unit.unit.source)
                    continue
                }
                // Not usable in this language: the fallback language's text, else the source text.
                var text = unit.unit.source
                var shownIn = source
                if let fallback {
                    if fallbackUnits == nil {
                        fallbackUnits = site.catalog.document(document.path, language: fallback.tag).map { document in
                            Dictionary(document.units.map { ($0.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
                        } ?? [:]
                    }
                    if let other = fallbackUnits?[unit.unit.id], other.isPublishable(at: minimum), let target = other.target {
                        text = target
                        shownIn = fallback
                    }
                }
                entries[unit.unit.id] = Entry(text: text, foreignLanguage: shownIn, status: unit.status, state: unit.state, source: unit.unit.source)
            }
            return PageText(language: language, entries: entries)
        }
    }
}
