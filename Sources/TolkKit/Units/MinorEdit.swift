/// Source edits that do not change what a text says, so a translation made for the old text
/// stays right: whitespace (runs of spaces, soft line breaks, leading and trailing space,
/// a non-breaking space for a space) and typographic quotes, apostrophes and dashes swapped with
/// their ASCII forms (“…” for "…", ’ for ', – for -). An editor fixing such things must not take
/// the page down in every language. Letters, digits and every other mark still count: a changed
/// digit (a dose, an emergency number) always makes a translation stale.
public enum MinorEdit {
    /// Whether two signatures (`InlineText.signature`, whitespace already collapsed) differ only
    /// in minor ways.
    public static func equivalent(_ a: String, _ b: String) -> Bool {
        a == b || folded(a) == folded(b)
    }

    /// Whether two texts differ only in minor ways.
    public static func equivalent(_ a: InlineText, _ b: InlineText) -> Bool {
        a == b || equivalent(a.signature, b.signature)
    }

    /// A signature with typographic quotes, apostrophes and dashes as their ASCII forms.
    /// Most texts have none of them, which a byte scan tells (all of them are encoded with a
    /// lead byte 0xC2 or 0xE2).
    public static func folded(_ signature: String) -> String {
        var plain = true
        var copy = signature
        copy.withUTF8 { bytes in
            plain = !bytes.contains { $0 == 0xC2 || $0 == 0xE2 }
        }
        if plain { return signature }
        var out = String.UnicodeScalarView()
        for scalar in signature.unicodeScalars { out.append(fold(scalar)) }
        return String(out)
    }

    /// The ASCII form of one typographic mark; every other scalar as it is.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        // “ ” „ ‟ « »
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: "\""
        // ‘ ’ ‚ ‛ ‹ ›
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A: "'"
        // ‐ ‑ ‒ – — ― (not the minus sign: "−5" and "5" differ in meaning, so it stays as it is)
        case 0x2010...0x2015: "-"
        default: scalar
        }
    }
}
