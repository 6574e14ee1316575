/// The XML 1.0 character classes XLIFF relies on: NMTOKEN identifiers and the characters XML
/// cannot carry (which XLIFF writes as `<cp hex="..."/>`).
enum XMLNames {
    /// Whether `text` is an NMTOKEN: one or more XML name characters (letters, digits, `.`, `-`,
    /// `_`, `:` and a few combining ranges). XLIFF ids are NMTOKENs.
    static func isNMTOKEN(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// Whether `text` is a whitespace-separated list of NMTOKENs (at least one).
    static func isNMTOKENS(_ text: String) -> Bool {
        let tokens = tokens(text)
        return !tokens.isEmpty && tokens.allSatisfy(isNMTOKEN)
    }

    /// The whitespace-separated tokens of an attribute value.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }

    /// Whether a code point may appear in an XML 1.0 document as a character.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether a code point is a C1 control character other than NEL, which XML allows but
    /// discourages; XLIFF lets `<cp>` carry these too.
    static func isDiscouragedControl(_ value: UInt32) -> Bool {
        (0x7F...0x84).contains(value) || (0x86...0x9F).contains(value)
    }

    /// Whether a string is only XML white space (space, tab, CR, LF).
    static func isWhitespace(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true // digits, A-Z, a-z
        case 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: true // - . : _ middle dot
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF: true
        case 0x200C...0x200D, 0x203F...0x2040, 0x2070...0x218F, 0x2C00...0x2FEF: true
        case 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: true
        default: false
        }
    }
}
