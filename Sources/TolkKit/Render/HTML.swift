/// HTML escaping. Everything that comes from content or translations goes through here.
public enum HTML {
    /// Text escaped for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: one pass over the contiguous UTF-8 bytes answers that,
        // far cheaper than walking Characters.
        guard text.containsUTF8Byte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
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
