/// `bidi`: bidirectional controls and invisible characters in a target, which can make text
/// display in another order than it is stored, or hide text (Trojan Source, CVE-2021-42574).
/// The joiners and marks that Urdu, Arabic and Persian need (ZWNJ, ZWJ, LRM, RLM, ALM) are fine.
struct BidiCheck: UnitCheck {
    let name = "bidi"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    func findings(in subject: CheckSubject) -> [Finding] {
        if subject.targetScan?.hasSuspicious == false { return [] }
        var positions: [Unicode.Scalar: [Int]] = [:]
        var order: [Unicode.Scalar] = []
        var position = 0
        subject.targetText.forEachScalar { scalar in
            position += 1
            guard InvisibleCharacters.isSuspicious(scalar) else { return }
            if positions[scalar] == nil { order.append(scalar) }
            positions[scalar, default: []].append(position)
        }
        return order.map { scalar in
            let at = positions[scalar]!
            let places = at.count == 1 ? "character \(at[0])" : "characters " + at.map(String.init).joined(separator: ", ")
            let kind = InvisibleCharacters.isBidiControl(scalar)
                ? "a bidirectional control character that can make the text display in a different order than it is stored"
                : "an invisible character"
            return Finding("the target contains \(InvisibleCharacters.describe(scalar)) at \(places) of the text: \(kind)",
                           hint: "delete it (an editor that shows invisible characters helps, or retype the words around it)")
        }
    }
}

/// Which characters are suspicious in a translation, and their names.
enum InvisibleCharacters {
    /// Embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069.
    @inline(__always)
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Bidi controls, zero-width and invisible characters, tag characters, and control characters
    /// other than tab and newline.
    @inline(__always)
    static func isSuspicious(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0x180E, 0xFFF9...0xFFFB: true
        case 0xE0000...0xE007F: true
        default: isBidiControl(scalar)
        }
    }

    /// Format characters a language legitimately needs: ZWNJ, ZWJ, LRM, RLM, ALM.
    static func isAllowedFormat(_ scalar: Unicode.Scalar) -> Bool {
        [0x200C, 0x200D, 0x200E, 0x200F, 0x061C].contains(scalar.value)
    }

    /// "U+202E", the code point in the usual notation.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// "U+202E RIGHT-TO-LEFT OVERRIDE"; control characters (which have no Unicode name) by their alias.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let name = scalar.properties.name ?? scalar.properties.nameAlias ?? controlNames[scalar.value] ?? "CONTROL CHARACTER"
        return "\(codePoint(scalar)) \(name)"
    }

    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
        0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE", 0x9B: "CONTROL SEQUENCE INTRODUCER",
    ]
}
