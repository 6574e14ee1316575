/// Text helpers shared by the checks.
extension InlineText {
    /// The text a reader sees, for checks: text runs as they are, each standalone code (placeholder,
    /// line break, inline code, image) as U+FFFC OBJECT REPLACEMENT CHARACTER, paired codes as nothing.
    /// Code data (URLs, placeholder names) never appears, since it comes from the source.
    var checkedText: String {
        // Most texts are one run of text: that string itself, no copy.
        if elements.count == 1, case .text(let text) = elements[0] { return text }
        return elements.reduce(into: "") { result, element in
            switch element {
            case .text(let text): result += text
            case .placeholder: result += "\u{FFFC}"
            case .open, .close: break
            }
        }
    }
}

/// How checks put things into words: quotes from files (made safe to print), lists, codes and languages.
enum Wording {
    /// `"text"`, shortened to `limit` characters, with invisible characters shown as `<U+202E>`,
    /// so a quote never carries bidi controls or terminal escapes into a report.
    static func quoted(_ text: String, limit: Int = 60) -> String {
        var text = visible(trimmed(text))
        if text.count > limit { text = String(text.prefix(limit - 1)) + "…" }
        return "\"\(text)\""
    }

    /// The text with line breaks and tabs as spaces and invisible or control characters as `<U+XXXX>`.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                result += " "
            } else if scalar == "\u{FFFC}" {
                result += "…"
            } else if InvisibleCharacters.isSuspicious(scalar) || InvisibleCharacters.isAllowedFormat(scalar) {
                result += "<\(InvisibleCharacters.codePoint(scalar))>"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text without leading and trailing whitespace (Unicode whitespace, newlines included).
    static func trimmed(_ text: String) -> String {
        // Most texts need no trimming, which the first and last scalars tell: the first character
        // starts with the first scalar, and a last scalar that stands alone starts the last
        // character or follows a prepended mark, which is never whitespace.
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !InlineText.isWhitespace(first), !InlineText.isWhitespace(last), ScalarFacts.standsAlone(last) { return text }
        return slowTrimmed(text)
    }

    /// `trimmed` by characters, for any text.
    static func slowTrimmed(_ text: String) -> String {
        var text = Substring(text)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }

    /// The number of characters (`text.count`), without grapheme breaking when every scalar stands
    /// alone (see `ScalarFacts.standsAlone`), as in most Latin, Cyrillic and Arabic-script texts.
    static func characterCount(_ text: String) -> Int {
        var count = 0
        let facts = ScalarFacts.lookup
        let alone = text.allScalars { scalar in
            count += 1
            return facts.standsAlone(scalar)
        }
        return alone ? count : text.count
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? (items.first ?? "") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "Urdu (ur)": the English name and the tag, for messages read by translators and editors alike.
    static func language(_ language: LanguageSettings) -> String {
        guard let english = ICU.displayName(language.tag, in: "en") else { return language.tag }
        return "\(english) (\(language.tag))"
    }

    /// The code in words, with an article: "bold text", "a link to https://…", "the placeholder {hold}".
    static func code(_ code: InlineCode) -> String {
        switch code {
        case .emphasis: "italic text"
        case .strong: "bold text"
        case .strikethrough: "struck-through text"
        case .link(let url): "a link to \(visible(url))"
        case .code(let code): "the code `\(visible(code))`"
        case .lineBreak: "a line break"
        case .placeholder(let name): "the placeholder \(name)"
        case .image(let src, _): "the image \(visible(src))"
        case .cueSpan(let tag): tag.hasPrefix("v ") ? "the voice \(visible(String(tag.dropFirst(2))))" : "the subtitle span <\(visible(tag))>"
        case .unknown: "a code"
        }
    }
}
