/// HTML escaping. Everything that comes from content or translations goes through here.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A URL that is safe in `href`/`src`: http(s), mailto, tel, or a relative path; nil for
    /// anything else (`javascript:`, `data:` ...).
    static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if let colon = lower.firstIndex(of: ":"), !lower[..<colon].contains("/") {
            let scheme = lower[..<colon]
            guard ["http", "https", "mailto", "tel"].contains(scheme) else { return nil }
        }
        return trimmed
    }

    /// `lang` and `dir` attributes for a part in another language than the page.
    static func languageAttributes(_ language: LanguageSettings) -> String {
        " lang=\"\(escape(language.tag))\" dir=\"\(language.direction.rawValue)\""
    }
}

import Foundation
