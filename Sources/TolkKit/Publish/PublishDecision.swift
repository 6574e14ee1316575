/// Whether a page is shown in a language, and how.
public enum PageAvailability: Sendable, Hashable {
    /// Every unit is translated, current and at the policy's minimum state.
    /// `unreviewed` is true when some unit is below `reviewed` (the page shows a notice).
    case published(unreviewed: Bool)
    /// Published with some blocks shown in the fallback language (opt-in policy).
    case publishedWithFallback(unreviewed: Bool)
    /// Not shown: the reason, for reports and the translator view.
    case withheld(missing: Int, stale: Int, belowMinimum: Int)

    /// Whether the page exists in the language.
    public var isPublished: Bool {
        if case .withheld = self { false } else { true }
    }

    /// Whether the page shows the "not yet reviewed" notice.
    public var showsUnreviewedNotice: Bool {
        switch self {
        case .published(let unreviewed), .publishedWithFallback(let unreviewed): unreviewed
        case .withheld: false
        }
    }
}

/// A page of the site: a topic or an exercise.
public struct PageID: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable, Hashable { case topic = "topics", exercise = "exercises" }
    public var kind: Kind
    public var slug: String

    public init(kind: Kind, slug: String) {
        self.kind = kind
        self.slug = slug
    }

    /// The page's folder below a language: `topics/neck-pain/`.
    public var path: String { "\(kind.rawValue)/\(slug)/" }

    public static func < (lhs: PageID, rhs: PageID) -> Bool { (lhs.kind.rawValue, lhs.slug) < (rhs.kind.rawValue, rhs.slug) }
}

/// The publishing decisions for every page in every language: the stage between the checked
/// catalog and rendering.
public struct LocalizedSite: Sendable {
    public var project: Project
    public var catalog: TranslationCatalog
    /// Availability per language tag and page.
    public var availability: [String: [PageID: PageAvailability]]

    /// The languages a page is published in, in site order.
    public func languages(publishing page: PageID) -> [LanguageSettings] {
        project.config.languages.filter { availability[$0.tag]?[page]?.isPublished == true }
    }

    /// Decides availability from the catalog and the site's policy.
    public static func decide(_ project: Project, catalog: TranslationCatalog) -> LocalizedSite {
        let policy = project.config.publish
        var availability: [String: [PageID: PageAvailability]] = [:]
        for document in project.documents {
            guard let page = pageID(of: document) else { continue }
            availability[project.config.sourceLanguage, default: [:]][page] = .published(unreviewed: false)
        }
        for language in project.config.targetLanguages {
            for localized in catalog.languages[language.tag] ?? [] {
                guard let page = pageID(of: localized.document) else { continue }
                availability[language.tag, default: [:]][page] = decide(localized, policy: policy)
            }
        }
        return LocalizedSite(project: project, catalog: catalog, availability: availability)
    }

    static func pageID(of document: SourceDocument) -> PageID? {
        switch document.content {
        case .topic(let topic): PageID(kind: .topic, slug: topic.slug)
        case .exercise(let exercise): PageID(kind: .exercise, slug: exercise.slug)
        case .strings: nil
        }
    }

    static func decide(_ document: LocalizedDocument, policy: PublishPolicy) -> PageAvailability {
        var missing = 0, stale = 0, below = 0, unreviewed = false, usable = 0
        for unit in document.units {
            switch unit.status {
            case .missing: missing += 1
            case .stale: stale += 1
            case .current:
                if unit.state < policy.minState { below += 1 } else { usable += 1 }
                if unit.state < .reviewed { unreviewed = true }
            }
        }
        if missing + stale + below == 0 { return .published(unreviewed: unreviewed && policy.unreviewedNotice) }
        if policy.fallback != nil && usable > 0 { return .publishedWithFallback(unreviewed: unreviewed && policy.unreviewedNotice) }
        return .withheld(missing: missing, stale: stale, belowMinimum: below)
    }
}
