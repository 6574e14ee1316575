/// What an inline code stands for. Translators see codes as XLIFF `<pc>`/`<ph>` elements
/// they can move but not change; the data (a URL, a placeholder name) always comes from the source.
public enum InlineCode: Sendable, Hashable, Codable {
    case emphasis
    case strong
    case strikethrough
    /// A link; the URL is never translated.
    case link(url: String)
    /// Inline code (`` `text` ``), kept verbatim.
    case code(String)
    /// A hard line break.
    case lineBreak
    /// A placeholder such as `{hold}`, replaced by data (a dosage number) when rendering.
    case placeholder(String)
    /// An inline image; its alt text is a unit of its own.
    case image(src: String, altUnit: String)
    /// A WebVTT span of a subtitle cue, by its tag as written: `v Lege`, `i`, `c.yellow`.
    case cueSpan(String)
    /// A code read from a translation that the source does not define (kept so checks can report it).
    case unknown

    /// Whether the code wraps text (`<pc>`) or stands alone (`<ph>`).
    public var isPaired: Bool {
        switch self {
        case .emphasis, .strong, .strikethrough, .link, .cueSpan: true
        default: false
        }
    }
}

/// One piece of inline content.
public enum InlineElement: Sendable, Hashable, Codable {
    case text(String)
    /// A standalone code (`<ph id>`).
    case placeholder(id: String, code: InlineCode)
    /// The start of a paired code (`<pc id>` or `<sc id>`).
    case open(id: String, code: InlineCode)
    /// The end of a paired code.
    case close(id: String)
}

/// Translatable text with inline codes: the source or target of a unit.
public struct InlineText: Sendable, Hashable, Codable {
    public var elements: [InlineElement]

    public init(_ elements: [InlineElement] = []) { self.elements = elements }

    /// Plain text, codes as nothing.
    public init(plain text: String) { self.elements = text.isEmpty ? [] : [.text(text)] }

    /// The text without codes (links keep their text).
    public var plainText: String {
        elements.reduce(into: "") { result, element in
            switch element {
            case .text(let text): result += text
            case .placeholder(_, .placeholder(let name)): result += name
            case .placeholder(_, .code(let code)): result += code
            case .placeholder(_, .lineBreak): result += "\n"
            default: break
            }
        }
    }

    /// True when there is no text and no code.
    public var isEmpty: Bool {
        elements.allSatisfy { element in
            guard case .text(let text) = element else { return false }
            // Most texts start with a letter. A character is white space when its first scalar
            // is, and the first character starts with the text's first scalar: no grapheme
            // breaking is needed to say no.
            if let first = text.unicodeScalars.first, !Self.isWhitespace(first) { return false }
            return text.allSatisfy(\.isWhitespace)
        }
    }

    /// A form that identifies the text for change detection: whitespace collapsed, codes by
    /// id only (a changed URL or a bold turned italic does not make a translation stale, and
    /// codes read back from XLIFF compare equal to codes extracted from Markdown).
    public var signature: String {
        var result = ""
        for element in elements {
            switch element {
            case .text(let text): result += text
            case .placeholder(let id, _): result += "\u{1}ph\(id)\u{1}"
            case .open(let id, _): result += "\u{1}pc\(id)\u{1}"
            case .close(let id): result += "\u{1}/pc\(id)\u{1}"
            }
        }
        return Self.collapsingWhitespace(result)
    }

    /// Runs of whitespace as one space, none at the ends. Most texts need no change, which a
    /// byte scan tells; the slow path tests scalars against Unicode's White_Space list directly
    /// (looking up Unicode properties per scalar is what made large sites slow).
    static func collapsingWhitespace(_ text: String) -> String {
        var previousSpace = true
        var clean = true
        var copy = text
        copy.withUTF8 { bytes in  // the contiguous bytes: several times faster than `utf8`'s iterator
            for byte in bytes {
                if byte == 0x20 {
                    if previousSpace { clean = false; break }
                    previousSpace = true
                } else if (byte >= 0x09 && byte <= 0x0D) || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 {
                    clean = false  // other whitespace, or a lead byte of non-ASCII whitespace
                    break
                } else {
                    previousSpace = false
                }
            }
        }
        if clean && !previousSpace { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Unicode White_Space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The ids of all codes, in order, with their element kind, for comparing source and target.
    public var codeIDs: [String] {
        elements.compactMap {
            switch $0 {
            case .placeholder(let id, _): "ph:\(id)"
            case .open(let id, _): "open:\(id)"
            case .close(let id): "close:\(id)"
            case .text: nil
            }
        }
    }

    /// Replaces the codes of a target (read from XLIFF, codes unknown) with the source's codes of the same id.
    public func resolvingCodes(from source: InlineText) -> InlineText {
        // Text without codes stays as it is, sharing its storage (most targets: no copy to make
        // for every unit of every language, nor to free).
        guard elements.contains(where: { if case .text = $0 { false } else { true } }) else { return self }
        var codes: [String: InlineCode] = [:]
        for element in source.elements {
            switch element {
            case .placeholder(let id, let code), .open(let id, let code): codes[id] = code
            default: break
            }
        }
        return InlineText(elements.map { element in
            switch element {
            case .placeholder(let id, _): .placeholder(id: id, code: codes[id] ?? .unknown)
            case .open(let id, _): .open(id: id, code: codes[id] ?? .unknown)
            default: element
            }
        })
    }
}

extension InlineCode {
    /// A short name of the code's kind, stable across versions.
    public var kindName: String {
        switch self {
        case .emphasis: "em"
        case .strong: "strong"
        case .strikethrough: "del"
        case .link: "link"
        case .code: "code"
        case .lineBreak: "br"
        case .placeholder: "var"
        case .image: "img"
        case .cueSpan: "cue"
        case .unknown: "unknown"
        }
    }
}
