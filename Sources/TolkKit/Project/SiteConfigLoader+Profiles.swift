import Yams

/// `variables:` and `profiles:` of site.yml.
extension SiteConfigLoader {
    static let profileKeys: Set<String> = ["clinic", "base_url", "variables", "output", "languages"]

    /// A mapping of variable names to values, each value exactly as written (`"22 11 80 80"`).
    static func loadVariables(_ node: Yams.Node?, in setting: String, document: YAMLDocument,
                              diagnostics: inout [Diagnostic]) -> [String: String] {
        guard let node else { return [:] }
        guard node.mapping != nil else {
            diagnostics.append(.error("site", at: document.location(of: node),
                "`\(setting)` must be names with values, e.g. `clinic_phone: \"22 11 80 80\"`"))
            return [:]
        }
        var values: [String: String] = [:]
        for (name, keyNode, value) in node.orderedPairs {
            guard isVariableName(name) else {
                diagnostics.append(.error("site", at: document.location(of: keyNode),
                    "`\(name)` in `\(setting)` is not a variable name",
                    hint: "use letters, digits and _ only, e.g. `clinic_phone`; content writes it as {clinic_phone}"))
                continue
            }
            guard let text = value.text, value.scalar != nil else {
                diagnostics.append(.error("site", at: document.location(of: value),
                    "the variable `\(name)` must be a line of text", hint: "quote it: `\(name): \"...\"`"))
                continue
            }
            values[name] = text
        }
        return values
    }

    /// The names `Placeholders` recognises inside braces.
    static func isVariableName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    static func loadProfiles(_ node: Yams.Node?, languages: [LanguageSettings], document: YAMLDocument,
                             diagnostics: inout [Diagnostic]) -> [SiteProfile] {
        guard let node else { return [] }
        guard node.mapping != nil else {
            diagnostics.append(.error("site", at: document.location(of: node),
                "`profiles` must be clinics by name, e.g. `profiles: { oslo: { clinic: ..., base_url: ... } }`"))
            return []
        }
        var profiles: [SiteProfile] = []
        for (name, keyNode, settings) in node.orderedPairs {
            let location = document.location(of: keyNode)
            // The name becomes a folder and a command-line argument.
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                diagnostics.append(.error("site", at: location, "`\(name)` is not a profile name",
                    hint: "use lowercase letters, digits, - and _, e.g. `oslo`"))
                continue
            }
            guard settings.mapping != nil else {
                diagnostics.append(.error("site", at: document.location(of: settings), "the profile `\(name)` must be settings such as `clinic: ...`"))
                continue
            }
            diagnostics += unknownProfileKeys(settings, profile: name, document: document)
            var profile = SiteProfile(name: name, location: location)
            profile.clinic = settings[key: "clinic"]?.text
            if let base = settings[key: "base_url"] {
                var url = base.text ?? ""
                if !url.hasPrefix("http://") && !url.hasPrefix("https://") {
                    diagnostics.append(.error("site", at: document.location(of: base),
                        "`base_url` of the profile `\(name)` must start with https:// or http://"))
                }
                if !url.hasSuffix("/") { url += "/" }
                profile.baseURL = url
            }
            profile.variables = loadVariables(settings[key: "variables"], in: "profiles.\(name).variables", document: document, diagnostics: &diagnostics)
            profile.output = settings[key: "output"]?.text
            if let list = settings[key: "languages"] {
                var tags: [String] = []
                for entry in list.sequence ?? [] {
                    let tag = LanguageTag.canonicalCase(entry.text ?? "")
                    if languages.contains(where: { $0.tag == tag }) { tags.append(tag) } else {
                        diagnostics.append(.error("site", at: document.location(of: entry),
                            "the profile `\(name)` lists `\(entry.text ?? "")`, which is not in `languages`",
                            hint: "a profile's languages are a subset of the site's: \(languages.map(\.tag).joined(separator: ", "))"))
                    }
                }
                if list.sequence == nil {
                    diagnostics.append(.error("site", at: document.location(of: list), "`languages` of the profile `\(name)` must be a list, e.g. `[nb, en]`"))
                }
                profile.languages = tags
            }
            profiles.append(profile)
        }
        return profiles
    }

    private static func unknownProfileKeys(_ node: Yams.Node, profile: String, document: YAMLDocument) -> [Diagnostic] {
        node.orderedPairs.filter { !profileKeys.contains($0.key) }.map { key, keyNode, _ in
            let guess = Spelling.suggestion(for: key, among: profileKeys).map { "; did you mean `\($0)`?" } ?? ""
            return .warning("site", at: document.location(of: keyNode), "unknown setting `\(key)` in the profile `\(profile)` is ignored\(guess)",
                hint: "profile settings: \(profileKeys.sorted().joined(separator: ", "))")
        }
    }
}
