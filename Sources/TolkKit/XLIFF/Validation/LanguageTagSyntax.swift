/// BCP 47 (RFC 5646) well-formedness of language tags, as XLIFF requires for `srcLang`,
/// `trgLang` and `xml:lang`. Checks the syntax only, not that the subtags are registered.
enum LanguageTagSyntax {
    /// Whether `tag` is a well-formed BCP 47 tag: `en`, `nb-NO`, `zh-Hant-TW`, `sr-Latn`,
    /// `de-CH-1996`, `en-u-ca-gregory`, `x-private`, or one of the grandfathered tags.
    static func isWellFormed(_ tag: String) -> Bool {
        if irregular.contains(tag.lowercased()) { return true }
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(isAlphanumeric) }) else { return false }
        var index = 0
        if subtags[0].lowercased() != "x" {
            guard let next = languageEnd(subtags) else { return false }
            index = next
            index = skip(subtags, from: index, max: 1) { $0.count == 4 && $0.allSatisfy(isLetter) } // script
            index = skip(subtags, from: index, max: 1, where: isRegion)
            index = skip(subtags, from: index, max: .max, where: isVariant)
            while index < subtags.count, subtags[index].count == 1, subtags[index].lowercased() != "x" {
                let extensionEnd = skip(subtags, from: index + 1, max: .max) { $0.count >= 2 }
                guard extensionEnd > index + 1 else { return false }
                index = extensionEnd
            }
        }
        if index < subtags.count, subtags[index].lowercased() == "x" {
            guard index + 1 < subtags.count else { return false }
            index = subtags.count // private use: any 1-8 alphanumerics, already checked
        }
        return index == subtags.count
    }

    /// The index after the language subtag and its extended language subtags, or nil.
    private static func languageEnd(_ subtags: [String]) -> Int? {
        let language = subtags[0]
        guard language.allSatisfy(isLetter), language.count >= 2 else { return nil }
        guard language.count <= 3 else { return 1 } // 4 (reserved) or 5-8 letters (registered)
        return skip(subtags, from: 1, max: 3) { $0.count == 3 && $0.allSatisfy(isLetter) }
    }

    private static func skip(_ subtags: [String], from start: Int, max: Int, where matches: (String) -> Bool) -> Int {
        var index = start
        while index < subtags.count, index - start < max, matches(subtags[index]) { index += 1 }
        return index
    }

    private static func isRegion(_ subtag: String) -> Bool {
        (subtag.count == 2 && subtag.allSatisfy(isLetter)) || (subtag.count == 3 && subtag.allSatisfy(isDigit))
    }

    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first.map(isDigit) == true)
    }

    private static func isLetter(_ character: Character) -> Bool { character.isASCII && character.isLetter }
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    private static func isAlphanumeric(_ character: Character) -> Bool { isLetter(character) || isDigit(character) }

    /// Grandfathered tags that do not follow the grammar (RFC 5646 section 2.2.8).
    private static let irregular: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
    ]
}
