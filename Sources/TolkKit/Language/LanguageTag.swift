import Foundation

/// BCP 47 language tags: syntax, and the defaults ICU/CLDR give a language.
public enum LanguageTag {
    /// Whether a tag is well-formed BCP 47 in the common form: language (2–3 letters),
    /// optional script (4 letters), optional region (2 letters or 3 digits), optional variants.
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isASCIILetter) else {
            return false
        }
        for part in parts.dropFirst() {
            let isScript = part.count == 4 && part.allSatisfy(\.isASCIILetter)
            let isRegion = (part.count == 2 && part.allSatisfy(\.isASCIILetter)) || (part.count == 3 && part.allSatisfy(\.isASCIIDigit))
            let isVariant = (5...8).contains(part.count) && part.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
            if !(isScript || isRegion || isVariant) { return false }
        }
        return true
    }

    /// The tag in BCP 47's canonical case (RFC 5646 §2.1.1): the language and variants in lower
    /// case, a script in title case, a region in upper case (`EN` → `en`, `zh-hant-tw` →
    /// `zh-Hant-TW`). Only the case changes, so the tag still says what its author wrote;
    /// a tag that is not well-formed is returned as it is.
    public static func canonicalCase(_ tag: String) -> String {
        guard isWellFormed(tag) else { return tag }
        return tag.split(separator: "-").enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 4 && part.allSatisfy(\.isASCIILetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            if part.count == 2 || part.allSatisfy(\.isASCIIDigit) { return part.uppercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// The default settings of a language from CLDR: its own name, direction and script.
    public static func defaults(for tag: String) -> LanguageSettings {
        let name = ICU.displayName(tag, in: tag).map(capitalizedForDisplay) ?? tag
        let locale = Locale.Language(identifier: tag)
        let direction: TextDirection = locale.characterDirection == .rightToLeft ? .rtl : .ltr
        return LanguageSettings(tag: tag, name: name, direction: direction, numbers: nil, script: ICU.likelyScript(tag))
    }

    /// Language names in a language chooser start with a capital where the script has case
    /// ("Polski", "Norsk bokmål"), as CLDR's "standalone" names do.
    private static func capitalizedForDisplay(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
