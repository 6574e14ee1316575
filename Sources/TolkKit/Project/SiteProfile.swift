/// One clinic of a project that serves several (`profiles:` in site.yml): its own name, address
/// and variables over the shared content and translations.
public struct SiteProfile: Sendable, Hashable {
    /// The key in site.yml (`oslo`), used by `--profile` and front matter `profiles: [oslo]`.
    public var name: String
    /// Overrides `clinic`.
    public var clinic: String?
    /// Overrides `base_url` (ends in `/`).
    public var baseURL: String?
    /// Overrides and adds to the shared `variables`.
    public var variables: [String: String]
    /// Where this profile is built, relative to the project (default `<output>/<name>`).
    public var output: String?
    /// The languages this clinic publishes (a subset of the site's), nil for all.
    public var languages: [String]?
    /// Where the profile is defined, for diagnostics about it.
    public var location: SourceLocation?

    public init(name: String, clinic: String? = nil, baseURL: String? = nil, variables: [String: String] = [:],
                output: String? = nil, languages: [String]? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.clinic = clinic
        self.baseURL = baseURL
        self.variables = variables
        self.output = output
        self.languages = languages
        self.location = location
    }
}

extension SiteConfig {
    /// The variable that names the clinic when `variables:` does not set it: `clinic`.
    public static let clinicNameVariable = "clinic_name"

    /// The values rendering puts in for `{name}`: `variables`, plus `clinic_name` from `clinic`.
    public var variableValues: [String: String] {
        var values = variables
        if values[Self.clinicNameVariable] == nil, let clinic { values[Self.clinicNameVariable] = clinic }
        return values
    }

    /// Every variable name the project defines anywhere: shared, in a profile, or `clinic_name`.
    public var allVariableNames: Set<String> {
        var names = Set(variableValues.keys)
        for profile in profiles {
            names.formUnion(profile.variables.keys)
            if profile.clinic != nil { names.insert(Self.clinicNameVariable) }
        }
        return names
    }

    /// The profile named `name`, nil if site.yml has none of that name.
    public func profile(_ name: String) -> SiteProfile? { profiles.first { $0.name == name } }

    /// The configuration one clinic is built with: its clinic, base URL, variables over the
    /// shared ones, output (default `<output>/<name>`) and languages. The result has no profiles.
    public func applying(_ profile: SiteProfile) -> SiteConfig {
        var config = self
        config.clinic = profile.clinic ?? clinic
        config.baseURL = profile.baseURL ?? baseURL
        config.variables.merge(profile.variables) { _, own in own }
        config.output = profile.output ?? "\(output)/\(profile.name)"
        if let subset = profile.languages {
            config.languages = languages.filter { $0.tag == sourceLanguage || subset.contains($0.tag) }
        }
        config.profiles = []
        config.profileName = profile.name
        return config
    }
}
