import Yams

/// Reads `Site/site.yml` into a `SiteConfig`, reporting every problem with its place.
enum SiteConfigLoader {
    static let path = "Site/site.yml"
    static let knownKeys: Set<String> = [
        "source_language", "languages", "base_url", "publish", "output", "clinic", "page_size", "language_settings",
        "plain_language", "variables", "profiles",
    ]

    static let publishKeys: Set<String> = ["min_state", "fallback", "unreviewed_notice"]
    static let languageSettingKeys: Set<String> = ["name", "dir", "numbers", "script"]

    static func load(_ text: String) -> Staged<SiteConfig?> {
        let parsed = YAMLDocument.parse(text, path: path)
        guard let document = parsed.value else { return Staged(nil, diagnostics: parsed.diagnostics) }
        var diagnostics: [Diagnostic] = []
        guard let root = document.root, root.mapping != nil else {
            return Staged(nil, diagnostics: [.error("site", at: document.location(of: document.root),
                "site.yml must be a mapping with at least `source_language` and `languages`")])
        }
        diagnostics += unknownKeys(root, known: knownKeys, document: document)

        // Tags are compared and used in their canonical case: `EN` and `en` are one language.
        let source = LanguageTag.canonicalCase(root[key: "source_language"]?.text ?? "nb")
        var tags: [(String, Yams.Node)] = []
        if let list = root[key: "languages"]?.sequence {
            for node in list {
                guard let tag = node.text, !tag.isEmpty else {
                    diagnostics.append(.error("site", at: document.location(of: node), "each entry of `languages` must be a language tag such as `en`"))
                    continue
                }
                tags.append((tag, node))
            }
        } else {
            diagnostics.append(.error("site", at: document.location(of: root[key: "languages"] ?? root),
                "`languages` must be a list of language tags, e.g. `languages: [nb, en, pl, ur, ar]`"))
        }
        if !tags.contains(where: { LanguageTag.canonicalCase($0.0) == source }) {
            tags.insert((source, root[key: "source_language"] ?? root), at: 0)
        }

        var languages: [LanguageSettings] = []
        var seen: [String: (written: String, node: Yams.Node)] = [:]
        for (written, node) in tags {
            guard LanguageTag.isWellFormed(written), ICU.isKnownLanguage(written) else {
                diagnostics.append(.error("language", at: document.location(of: node),
                    "`\(written)` is not a language tag Tolk knows",
                    hint: "use a BCP 47 tag such as nb, en, pl, ur, ar, so, fa, ti, uk"))
                continue
            }
            let tag = LanguageTag.canonicalCase(written)
            if let first = seen[tag] {
                // Two entries for one language would make two sites write the same folders.
                let spelt = written == tag && first.written == tag ? "" : " (written `\(first.written)` there and `\(written)` here)"
                diagnostics.append(.error("language", at: document.location(of: node),
                    "language `\(tag)` is listed twice: it is already listed at line \(document.location(of: first.node).line)\(spelt)",
                    hint: "remove one of the two"))
                continue
            }
            seen[tag] = (written, node)
            languages.append(LanguageTag.defaults(for: tag))
        }
        applyOverrides(root[key: "language_settings"], to: &languages, document: document, diagnostics: &diagnostics)

        var baseURL = root[key: "base_url"]?.text ?? "http://localhost:8000/"
        if !baseURL.hasPrefix("http://") && !baseURL.hasPrefix("https://") {
            diagnostics.append(.error("site", at: document.location(of: root[key: "base_url"]),
                "`base_url` must start with https:// or http://, e.g. `base_url: https://pasient.example.no/`"))
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }

        let publish = loadPolicy(root[key: "publish"], languages: languages, document: document, diagnostics: &diagnostics)
        var pageSize = PageSize.a4
        if let node = root[key: "page_size"] {
            if let value = node.text.flatMap({ PageSize(rawValue: $0) ?? ($0.lowercased() == "a4" ? .a4 : nil) }) {
                pageSize = value
            } else {
                diagnostics.append(.error("site", at: document.location(of: node), "`page_size` must be `A4` or `letter`"))
            }
        }
        var config = SiteConfig(
            sourceLanguage: source, languages: languages, baseURL: baseURL, publish: publish,
            output: root[key: "output"]?.text ?? "_site", clinic: root[key: "clinic"]?.text, pageSize: pageSize,
            plainLanguage: loadPlainLanguage(root[key: "plain_language"], document: document, diagnostics: &diagnostics))
        config.variables = loadVariables(root[key: "variables"], in: "variables", document: document, diagnostics: &diagnostics)
        config.profiles = loadProfiles(root[key: "profiles"], languages: languages, document: document, diagnostics: &diagnostics)
        return Staged(diagnostics.hasErrors ? nil : config, diagnostics: diagnostics)
    }

    private static func loadPolicy(_ node: Yams.Node?, languages: [LanguageSettings], document: YAMLDocument,
                                   diagnostics: inout [Diagnostic]) -> PublishPolicy {
        var policy = PublishPolicy()
        guard let node else { return policy }
        diagnostics += unknownKeys(node, known: publishKeys, in: "publish", document: document)
        if let state = node[key: "min_state"] {
            if let value = state.text.flatMap(TranslationState.init(rawValue:)), value != .initial {
                policy.minState = value
            } else {
                diagnostics.append(.error("site", at: document.location(of: state),
                    "`publish.min_state` must be one of translated, reviewed, final"))
            }
        }
        if let fallback = node[key: "fallback"] {
            let value = LanguageTag.canonicalCase(fallback.text ?? "")
            if value == "none" || value.isEmpty {
                policy.fallback = nil
            } else if languages.contains(where: { $0.tag == value }) {
                policy.fallback = value
            } else {
                diagnostics.append(.error("site", at: document.location(of: fallback),
                    "`publish.fallback` must be `none` or one of the site's languages, not `\(value)`"))
            }
        }
        if let notice = node[key: "unreviewed_notice"] {
            policy.unreviewedNotice = notice.bool ?? true
        }
        return policy
    }

    private static func applyOverrides(_ node: Yams.Node?, to languages: inout [LanguageSettings], document: YAMLDocument,
                                       diagnostics: inout [Diagnostic]) {
        for (written, keyNode, settings) in node?.orderedPairs ?? [] {
            let tag = LanguageTag.canonicalCase(written)
            guard let index = languages.firstIndex(where: { $0.tag == tag }) else {
                diagnostics.append(.warning("site", at: document.location(of: keyNode),
                    "`language_settings` names `\(written)`, which is not in `languages`"))
                continue
            }
            diagnostics += unknownKeys(settings, known: languageSettingKeys, in: "language_settings.\(written)", document: document)
            if let name = settings[key: "name"]?.text { languages[index].name = name }
            if let dir = settings[key: "dir"] {
                if let value = dir.text.flatMap(TextDirection.init(rawValue:)) {
                    languages[index].direction = value
                } else {
                    diagnostics.append(.error("site", at: document.location(of: dir), "`dir` must be `ltr` or `rtl`"))
                }
            }
            if let numbers = settings[key: "numbers"]?.text { languages[index].numbers = numbers == "default" ? nil : numbers }
            if let script = settings[key: "script"]?.text { languages[index].script = script }
        }
    }

    /// A warning for each key of a mapping that Tolk does not read, at the key, naming the
    /// known key it is probably a misspelling of (`langauges` → `languages`).
    static func unknownKeys(_ node: Yams.Node, known: Set<String>, in parent: String? = nil,
                                    document: YAMLDocument) -> [Diagnostic] {
        node.orderedPairs.filter { !known.contains($0.key) }.map { key, keyNode, _ in
            let place = parent.map { " in `\($0)`" } ?? ""
            let guess = Spelling.suggestion(for: key, among: known).map { "; did you mean `\($0)`?" } ?? ""
            return .warning("site", at: document.location(of: keyNode), "unknown setting `\(key)`\(place) is ignored\(guess)",
                hint: "known settings\(place): \(known.sorted().joined(separator: ", "))")
        }
    }
}
