/// Loads `Site/strings.yml`: `key: text`, or `key: { one: ..., other: ... }` for plural forms.
enum StringsLoader {
    static let path = "Site/strings.yml"
    static let categories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    static func load(_ text: String, path: String = path) -> Staged<SourceDocument?> {
        let parsed = YAMLDocument.parse(text, path: path)
        guard let yaml = parsed.value else { return Staged(nil, diagnostics: parsed.diagnostics) }
        var diagnostics: [Diagnostic] = []
        var strings = InterfaceStrings(keys: [], values: [:], locations: [:])
        var units: [Unit] = []
        for (key, keyNode, value) in yaml.root?.orderedPairs ?? [] {
            let location = yaml.location(of: value)
            guard !key.contains("."), !key.isEmpty else {
                diagnostics.append(.error("strings", at: yaml.location(of: keyNode), "string keys must not contain `.`: `\(key)`"))
                continue
            }
            if let plain = value.text {
                strings.values[key] = .plain(plain)
                units.append(Unit(id: key, kind: .string, source: Placeholders.inlineText(plain), location: location,
                                  context: "Interface text `\(key)`"))
            } else if value.mapping != nil {
                var forms: [String: String] = [:]
                for (category, categoryNode, form) in value.orderedPairs {
                    guard categories.contains(category), let text = form.text else {
                        diagnostics.append(.error("strings", at: yaml.location(of: categoryNode),
                            "plural forms are named zero, one, two, few, many or other, not `\(category)`"))
                        continue
                    }
                    forms[category] = text
                }
                if forms["other"] == nil {
                    diagnostics.append(.error("strings", at: location, "the plural string `\(key)` needs an `other` form"))
                }
                strings.values[key] = .plural(forms)
            } else {
                diagnostics.append(.error("strings", at: location, "`\(key)` must be text, or plural forms such as `{ one: ..., other: ... }`"))
                continue
            }
            strings.keys.append(key)
            strings.locations[key] = location
        }
        guard !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        return Staged(SourceDocument(path: path, content: .strings(strings), units: units), diagnostics: diagnostics)
    }
}
