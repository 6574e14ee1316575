/// Text helpers shared by the checks.
extension InlineText {
    /// The text a reader sees, for checks: text runs as they are, each standalone code (placeholder,
    /// line break, inline code, image) as U+FFFC OBJECT REPLACEMENT CHARACTER, paired codes as nothing.
    /// Code data (URLs, placeholder names) never appears, since it comes from the source.
    var checkedText: String {
        elements.reduce(into: "") { result, element in
            switch element {
            case .text(let text): result += text
            case .placeholder: result += "\u{FFFC}"
            case .open, .close: break
            }
        }
    }
}

/// Quoting text from files in messages, safely: a quote never carries bidi controls or terminal
/// escapes into a report.
enum Quote {
    /// `"text"`, shortened to `limit` characters, with invisible characters shown as `<U+202E>`.
    static func quoted(_ text: String, limit: Int = 60) -> String {
        var text = visible(text.trimmingWhitespace)
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
}

extension String {
    /// The string without leading and trailing whitespace (Unicode whitespace, newlines included).
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}

extension LanguageSettings {
    /// "Urdu (ur)": the English name and tag, for messages read by translators and editors alike.
    var displayName: String {
        guard let english = ICU.displayName(tag, in: "en") else { return tag }
        return "\(english) (\(tag))"
    }

    /// The script the language is written in: from site.yml, else ICU's likely script.
    var expectedScript: String? { script ?? ICU.likelyScript(tag) }
}

extension InlineCode {
    /// The code in words, with an article: "bold text", "a link to https://…", "the placeholder {hold}".
    var phrase: String {
        switch self {
        case .emphasis: "italic text"
        case .strong: "bold text"
        case .strikethrough: "struck-through text"
        case .link(let url): "a link to \(Quote.visible(url))"
        case .code(let code): "the code `\(Quote.visible(code))`"
        case .lineBreak: "a line break"
        case .placeholder(let name): "the placeholder \(name)"
        case .image(let src, _): "the image \(Quote.visible(src))"
        case .unknown: "a code"
        }
    }
}
