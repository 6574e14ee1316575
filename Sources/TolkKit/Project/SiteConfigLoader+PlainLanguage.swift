import Yams

extension SiteConfigLoader {
    static let plainLanguageKeys: Set<String> = ["max_lix"]

    /// `plain_language: { max_lix: 40 }`: a number from 10 to 100 (LIX below 20 is a children's
    /// book, above 60 a legal text: outside that range the setting is surely a mistake).
    static func loadPlainLanguage(_ node: Yams.Node?, document: YAMLDocument, diagnostics: inout [Diagnostic]) -> PlainLanguagePolicy {
        var policy = PlainLanguagePolicy()
        guard let node else { return policy }
        guard node.mapping != nil else {
            diagnostics.append(.error("site", at: document.location(of: node), "`plain_language` must be settings such as `{ max_lix: 40 }`"))
            return policy
        }
        diagnostics += unknownKeys(node, known: plainLanguageKeys, in: "plain_language", document: document)
        if let value = node[key: "max_lix"] {
            if let number = value.float, (10...100).contains(number) {
                policy.maxLIX = number
            } else {
                diagnostics.append(.error("site", at: document.location(of: value),
                    "`plain_language.max_lix` must be a number from 10 to 100\(value.text.map { ", not `\($0)`" } ?? "")",
                    hint: "40 is the top of \"easy\" on the LIX scale; 50 is a plain newspaper text"))
            }
        }
        return policy
    }
}
