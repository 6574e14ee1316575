/// Numbered lists in each language's digits: the steps of an Arabic page read ١. ٢. ٣., like
/// the dosage beside them, on the site and on handouts. The digits are the ones ICU formats the
/// language's numbers with (its default numbering system, or `numbers:` of site.yml), so list
/// markers, dosage and dates always agree.
enum ListMarkers {
    /// The CSS counter style that writes a numbering system's digits, nil for Latin digits
    /// (`decimal`, the browser's default) and for systems CSS has no predefined style for.
    static func counterStyle(numberingSystem: String) -> String? {
        let styles = [
            "arab": "arabic-indic", "arabext": "persian", "deva": "devanagari", "beng": "bengali", "guru": "gurmukhi",
            "gujr": "gujarati", "orya": "oriya", "tamldec": "tamil", "telu": "telugu", "knda": "kannada",
            "mlym": "malayalam", "thai": "thai", "laoo": "lao", "khmr": "khmer", "mymr": "myanmar", "tibt": "tibetan",
            "mong": "mongolian",
        ]
        return styles[numberingSystem]
    }

    /// The counter style of a language's numbers, nil when they are Latin digits.
    static func counterStyle(for language: LanguageSettings) -> String? {
        counterStyle(numberingSystem: ICU.numberingSystem(language.numberLocale))
    }

    /// CSS rules giving the numbered lists of each language its digits (`scope` goes before
    /// `ol`, as ".handout "). A regional tag always gets its rule, and after the shorter tags,
    /// so that `ar-MA` (Latin digits) is not written in the digits of `ar`.
    static func css(for languages: [LanguageSettings], scope: String = "") -> String {
        let ordered = languages.enumerated().sorted {
            ($0.element.tag.split(separator: "-").count, $0.offset) < ($1.element.tag.split(separator: "-").count, $1.offset)
        }.map(\.element)
        var css = ""
        for language in ordered {
            let style = counterStyle(for: language)
            guard style != nil || language.tag.contains("-") else { continue }
            css += "\(scope)ol:lang(\(cssIdentifier(language.tag))) { list-style-type: \(style ?? "decimal"); }\n"
        }
        return css
    }

    /// A tag as a CSS identifier: letters, digits and `-` are kept, anything else is escaped.
    private static func cssIdentifier(_ tag: String) -> String {
        tag.unicodeScalars.map { scalar in
            scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "-"
                ? String(scalar) : "\\" + String(scalar.value, radix: 16) + " "
        }.joined()
    }
}
