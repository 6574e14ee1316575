/// Whether a page is shown in a language, and how.
public enum PageAvailability: Sendable, Hashable, Codable {
    /// Every unit is translated, current and at the policy's minimum state.
    /// `unreviewed` is true when some unit is below `reviewed` (the page shows a notice).
    case published(unreviewed: Bool)
    /// Published with some blocks shown in the fallback language (opt-in policy).
    case publishedWithFallback(unreviewed: Bool)
    /// Not shown: the reason, for reports and the translator view. The page's URL then
    /// serves a short "being translated / being updated" page (see `WithheldPage`).
    case withheld(Withholding)

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

/// Why a page is withheld in a language: unit counts, and the error-level findings of the
/// checks (a changed number, a broken code, a file that cannot be read) by check name.
public struct Withholding: Sendable, Hashable, Codable {
    public var missing: Int
    public var stale: Int
    public var belowMinimum: Int
    /// Error-level findings that keep units off the site, by check name.
    public var errors: [String: Int]

    public init(missing: Int = 0, stale: Int = 0, belowMinimum: Int = 0, errors: [String: Int] = [:]) {
        self.missing = missing
        self.stale = stale
        self.belowMinimum = belowMinimum
        self.errors = errors
    }

    /// The number of error-level findings.
    public var errorCount: Int { errors.values.reduce(0, +) }

    /// Whether the page had a translation that is now out of date or wrong ("being updated"),
    /// rather than none yet ("being translated").
    public var isUpdate: Bool { stale > 0 || errorCount > 0 }

    /// "1 error [urls]", "3 missing, 1 stale": for the build's summary.
    public var description: String {
        var parts: [String] = []
        if errorCount > 0 {
            let count = errorCount
            parts.append("\(count) error\(count == 1 ? "" : "s") [\(errors.keys.sorted().joined(separator: ", "))]")
        }
        if missing > 0 { parts.append("\(missing) missing") }
        if stale > 0 { parts.append("\(stale) stale") }
        if belowMinimum > 0 { parts.append("\(belowMinimum) below the minimum state") }
        return parts.joined(separator: ", ")
    }
}

/// A page of the site: a topic or an exercise.
public struct PageID: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable, Hashable { case topic = "topics", exercise = "exercises", video = "videos" }
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

    /// Decides availability from the checked catalog and the site's policy. Only a checked
    /// catalog can be published: the check stage is on every publishing path.
    public static func decide(_ project: Project, checked: CheckedCatalog) -> LocalizedSite {
        var availability: [String: [PageID: PageAvailability]] = [:]
        for document in project.documents {
            guard let page = pageID(of: document) else { continue }
            availability[project.config.sourceLanguage, default: [:]][page] = .published(unreviewed: false)
        }
        for language in project.config.targetLanguages {
            for document in checked.languages[language.tag] ?? [] {
                guard let page = pageID(of: document.localized.document) else { continue }
                availability[language.tag, default: [:]][page] = decide(document, policy: project.config.publish)
            }
        }
        return LocalizedSite(project: project, catalog: checked.translations, availability: availability)
    }

    static func pageID(of document: SourceDocument) -> PageID? {
        switch document.content {
        case .topic(let topic): PageID(kind: .topic, slug: topic.slug)
        case .exercise(let exercise): PageID(kind: .exercise, slug: exercise.slug)
        case .video(let video): PageID(kind: .video, slug: video.slug)
        case .strings: nil
        }
    }

    /// A page is published when every unit is current, at the minimum state and free of
    /// error-level findings. Under a fallback policy the units that are not stand in the
    /// fallback language, as long as some unit is usable.
    static func decide(_ checked: CheckedDocument, policy: PublishPolicy) -> PageAvailability {
        var missing = 0, stale = 0, below = 0, blocked = 0, unreviewed = false, usable = 0
        for unit in checked.localized.units {
            switch unit.status {
            case .missing: missing += 1
            case .stale: stale += 1
            case .current:
                if unit.blocked { blocked += 1 } else if unit.state < policy.minState { below += 1 } else { usable += 1 }
                if unit.state < .reviewed { unreviewed = true }
            }
        }
        // An error without units behind it (a file that cannot be read when the document has
        // no units) still withholds.
        let errors = checked.blockingErrors
        if missing + stale + below + blocked == 0 && errors.isEmpty {
            return .published(unreviewed: unreviewed && policy.unreviewedNotice)
        }
        if policy.fallback != nil && usable > 0 { return .publishedWithFallback(unreviewed: unreviewed && policy.unreviewedNotice) }
        return .withheld(Withholding(missing: missing, stale: stale, belowMinimum: below, errors: errors))
    }
}
