/// Text direction of a language.
public enum TextDirection: String, Sendable, Codable {
    case ltr, rtl
}

/// A language the site is published in, with the facts that rendering and checks need.
public struct LanguageSettings: Sendable, Hashable {
    /// BCP 47 tag, e.g. `ur` or `pt-BR`.
    public var tag: String
    /// The language's name in its own language and script ("اردو").
    public var name: String
    /// Writing direction.
    public var direction: TextDirection
    /// The ICU numbering system for numbers shown to readers ("latn", "arab", "arabext"),
    /// nil for the language's default.
    public var numbers: String?
    /// The expected script (ISO 15924, "Arab", "Latn"), for the wrong-script check.
    public var script: String?

    public init(tag: String, name: String, direction: TextDirection, numbers: String? = nil, script: String? = nil) {
        self.tag = tag
        self.name = name
        self.direction = direction
        self.numbers = numbers
        self.script = script
    }

    /// The ICU locale to format numbers with: the tag plus the numbering system override.
    public var numberLocale: String {
        guard let numbers else { return tag }
        return "\(tag)@numbers=\(numbers)"
    }
}

/// The publishing policy: what a translation must reach before a page is published.
public struct PublishPolicy: Sendable, Hashable {
    /// The lowest state every unit of a page must have. Default: reviewed.
    public var minState: TranslationState = .reviewed
    /// A language to show blocks from when a translation is missing, or nil (the default)
    /// to withhold the page instead.
    public var fallback: String? = nil
    /// Show a notice on pages whose translation is below `reviewed`.
    public var unreviewedNotice: Bool = true

    public init(minState: TranslationState = .reviewed, fallback: String? = nil, unreviewedNotice: Bool = true) {
        self.minState = minState
        self.fallback = fallback
        self.unreviewedNotice = unreviewedNotice
    }
}

/// Paper size for handouts.
public enum PageSize: String, Sendable, Codable {
    case a4 = "A4"
    case letter = "letter"
}

/// `Site/site.yml`: the project's settings.
public struct SiteConfig: Sendable, Hashable {
    /// The language content is written in (default `nb`).
    public var sourceLanguage: String
    /// Every language of the site, the source language included, in display order.
    public var languages: [LanguageSettings]
    /// The public URL of the site, ending in `/`, used in sitemaps, hreflang and QR codes.
    public var baseURL: String
    /// The publishing policy.
    public var publish: PublishPolicy
    /// Where `tolk build` writes, relative to the project root (default `_site`).
    public var output: String
    /// The clinic's name, printed on handouts.
    public var clinic: String?
    /// Paper size for handouts.
    public var pageSize: PageSize
    /// How hard the source text may be to read (`plain_language`).
    public var plainLanguage: PlainLanguagePolicy
    /// `variables:`: values such as `clinic_phone` that topics, exercises and strings use as
    /// `{clinic_phone}`; translators move them but never type them.
    public var variables: [String: String] = [:]
    /// `profiles:`: clinics built from the same content and translations, in file order.
    public var profiles: [SiteProfile] = []
    /// The profile this configuration is for (see `applying(_:)`), nil for the project as written.
    public var profileName: String? = nil

    public init(
        sourceLanguage: String, languages: [LanguageSettings], baseURL: String,
        publish: PublishPolicy = PublishPolicy(), output: String = "_site", clinic: String? = nil,
        pageSize: PageSize = .a4, plainLanguage: PlainLanguagePolicy = PlainLanguagePolicy()
    ) {
        self.sourceLanguage = sourceLanguage
        self.languages = languages
        self.baseURL = baseURL
        self.publish = publish
        self.output = output
        self.clinic = clinic
        self.pageSize = pageSize
        self.plainLanguage = plainLanguage
    }

    /// The settings of one language, nil if the site does not have it.
    public func language(_ tag: String) -> LanguageSettings? {
        languages.first { $0.tag == tag }
    }

    /// The languages that are translated into (all but the source language).
    public var targetLanguages: [LanguageSettings] {
        languages.filter { $0.tag != sourceLanguage }
    }
}
