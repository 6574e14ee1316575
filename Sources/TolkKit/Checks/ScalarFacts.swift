/// What the checks ask about every scalar of every text (is it a digit, a letter of which script,
/// a character of its own), answered from a table built once for the scalars most texts are made
/// of: U+0000–U+07FF (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo) and
/// General Punctuation (U+2000–U+206F: dashes, curly quotes, the ellipsis, spaces).
///
/// Looking up Unicode properties and calling ICU for each scalar was the largest cost of
/// `tolk check` on big sites. The table is filled by asking the same sources (ICU, the standard
/// library's properties and grapheme breaking), and scalars outside it are answered the slow way,
/// so the answers never differ.
enum ScalarFacts {
    /// One scalar's facts.
    fileprivate struct Entry {
        /// The decimal digit value (any script), or -1.
        var digit: Int8
        /// The ICU script code when the scalar is alphabetic, else `notALetter`.
        var letterScript: Int16
        /// Whether grapheme breaking never joins the scalar to a neighbour (see `standsAlone`).
        var standsAlone: Bool
    }

    fileprivate static let notALetter: Int16 = .min

    /// Built on first use; `static let` makes that thread-safe.
    private static let table: [Entry] = {
        var entries: [Entry] = []
        entries.reserveCapacity(0x800 + 0x70)
        for value in UInt32(0) ..< 0x800 { entries.append(entry(Unicode.Scalar(value)!)) }
        for value in UInt32(0x2000) ..< 0x2070 { entries.append(entry(Unicode.Scalar(value)!)) }
        return entries
    }()

    @inline(__always)
    fileprivate static func slot(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value < 0x800 { return Int(value) }
        if value >= 0x2000, value < 0x2070 { return 0x800 + Int(value - 0x2000) }
        return nil
    }

    private static func entry(_ scalar: Unicode.Scalar) -> Entry {
        Entry(digit: Int8(slowDigitValue(scalar) ?? -1), letterScript: slowLetterScript(scalar).map(Int16.init) ?? notALetter,
              standsAlone: slowStandsAlone(scalar))
    }

    /// The table, for a loop over many scalars: take it once before the loop and ask it. Every
    /// read of `table` itself runs its lazy initialisation check (a call into the runtime), which
    /// was a noticeable share of `tolk check` when done per scalar.
    struct Lookup {
        fileprivate let entries: [Entry]

        /// The decimal digit value of a scalar in any script (U+0662 ARABIC-INDIC TWO → 2), or
        /// nil; the same as `ICU.digitValue`.
        @inline(__always)
        func digitValue(_ scalar: Unicode.Scalar) -> Int? {
            let value = scalar.value
            if value < 0x80 { return value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil }
            guard let slot = ScalarFacts.slot(scalar) else { return ScalarFacts.slowDigitValue(scalar) }
            let digit = entries[slot].digit
            return digit >= 0 ? Int(digit) : nil
        }

        /// The ICU script code of an alphabetic scalar, nil for one that is not alphabetic.
        @inline(__always)
        func letterScript(_ scalar: Unicode.Scalar) -> Int32? {
            guard let slot = ScalarFacts.slot(scalar) else { return ScalarFacts.slowLetterScript(scalar) }
            let code = entries[slot].letterScript
            return code == ScalarFacts.notALetter ? nil : Int32(code)
        }

        /// `digitValue(scalar) != nil`, `letterScript(scalar)` and `standsAlone(scalar)` with one
        /// look in the table, for a loop that asks all three of every scalar.
        @inline(__always)
        func all(_ scalar: Unicode.Scalar) -> (isDigit: Bool, letterScript: Int32?, standsAlone: Bool) {
            guard let slot = ScalarFacts.slot(scalar) else {
                return (ScalarFacts.slowDigitValue(scalar) != nil, ScalarFacts.slowLetterScript(scalar), false)
            }
            let entry = entries[slot]
            return (entry.digit >= 0, entry.letterScript == ScalarFacts.notALetter ? nil : Int32(entry.letterScript), entry.standsAlone)
        }

        /// `ScalarFacts.standsAlone`.
        @inline(__always)
        func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.value >= 0x20, scalar.value < 0x7F { return true }
            guard let slot = ScalarFacts.slot(scalar) else { return false }
            return entries[slot].standsAlone
        }
    }

    /// The table to ask in a loop (see `Lookup`).
    static var lookup: Lookup { Lookup(entries: table) }

    /// The decimal digit value of a scalar in any script (U+0662 ARABIC-INDIC TWO → 2), or nil;
    /// the same as `ICU.digitValue`.
    @inline(__always)
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil }
        return lookup.digitValue(scalar)
    }

    /// The ICU script code of an alphabetic scalar, nil for one that is not alphabetic.
    @inline(__always)
    static func letterScript(_ scalar: Unicode.Scalar) -> Int32? { lookup.letterScript(scalar) }

    /// Whether the scalar is always a `Character` of its own, whatever comes before or after it:
    /// no extending or spacing mark, joiner, prepended mark, Hangul jamo, regional indicator,
    /// nor carriage return (which joins a following line feed). False outside the table.
    ///
    /// A text made only of such scalars has as many characters as scalars, and its last character
    /// is its last scalar, so counting and trimming need no grapheme breaking.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20, scalar.value < 0x7F { return true }
        return lookup.standsAlone(scalar)
    }

    static func slowDigitValue(_ scalar: Unicode.Scalar) -> Int? { ICU.digitValue(scalar) }

    static func slowLetterScript(_ scalar: Unicode.Scalar) -> Int32? {
        scalar.properties.isAlphabetic ? ICU.scriptCode(of: scalar) : nil
    }

    /// Asks grapheme breaking directly: after a letter, before a letter, and doubled (Hangul jamo
    /// and regional indicators join their own kind). No rule joins two such scalars: the rules
    /// that join longer runs (emoji ZWJ sequences, Indic conjuncts) need a joiner or virama,
    /// which fail the first test.
    static func slowStandsAlone(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar != "\r" else { return false }
        let alone = String(scalar)
        return ("a" + alone).count == 2 && (alone + "a").count == 2 && (alone + alone).count == 2
    }
}
