/// `brackets`: a bracket added or dropped, such as a lone `(` in a step, as Translate Toolkit's
/// pofilter `brackets` test finds. Round, square and curly brackets are counted by kind, ASCII and
/// full-width alike (`（` is `(`). The target differs when its openings outnumber its closings by
/// a different amount than the source's do: pairs the translation adds or leaves out are fine.
/// Placeholders (`{hold}`) are codes, not text, so their braces never count.
struct BracketsCheck: UnitCheck {
    let name = "brackets"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    /// A kind of bracket: its name and its opening and closing characters.
    struct Kind: Sendable {
        var name: String
        var opening: Set<Unicode.Scalar>
        var closing: Set<Unicode.Scalar>
    }

    static let kinds = [
        Kind(name: "round brackets ( )", opening: ["(", "\u{FF08}"], closing: [")", "\u{FF09}"]),
        Kind(name: "square brackets [ ]", opening: ["[", "\u{FF3B}"], closing: ["]", "\u{FF3D}"]),
        Kind(name: "curly brackets { }", opening: ["{", "\u{FF5B}"], closing: ["}", "\u{FF5D}"]),
    ]

    /// How many opening and closing brackets of each of `kinds` a text has, in that order
    /// (vectors, not arrays: a text without brackets costs no allocation).
    struct Counts: Equatable {
        var opening = SIMD3<Int>.zero
        var closing = SIMD3<Int>.zero

        /// Counts `value` when it is one of the ASCII brackets ( ) [ ] { }.
        @inline(__always)
        mutating func count(ascii value: UInt32) {
            switch value {
            case 0x28: opening[0] += 1
            case 0x29: closing[0] += 1
            case 0x5B: opening[1] += 1
            case 0x5D: closing[1] += 1
            case 0x7B: opening[2] += 1
            case 0x7D: closing[2] += 1
            default: break
            }
        }
    }

    /// The counts of `text`, from its UTF-8 bytes: every bracket is ( ) [ ] { } or a full-width
    /// one (U+FF08, U+FF09, U+FF3B, U+FF3D, U+FF5B, U+FF5D: EF BC 88 and so on), and in valid
    /// UTF-8 those bytes stand for nothing else. Same answer as `scalarCounts(in:)`.
    static func counts(in text: String) -> Counts {
        var text = text
        return text.withUTF8 { bytes in
            var counts = Counts()
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x28: counts.opening[0] += 1
                case 0x29: counts.closing[0] += 1
                case 0x5B: counts.opening[1] += 1
                case 0x5D: counts.closing[1] += 1
                case 0x7B: counts.opening[2] += 1
                case 0x7D: counts.closing[2] += 1
                case 0xEF where index + 2 < bytes.count:
                    switch (bytes[index + 1], bytes[index + 2]) {
                    case (0xBC, 0x88): counts.opening[0] += 1
                    case (0xBC, 0x89): counts.closing[0] += 1
                    case (0xBC, 0xBB): counts.opening[1] += 1
                    case (0xBC, 0xBD): counts.closing[1] += 1
                    case (0xBD, 0x9B): counts.opening[2] += 1
                    case (0xBD, 0x9D): counts.closing[2] += 1
                    default: break
                    }
                default: break
                }
                index += 1
            }
            return counts
        }
    }

    /// `counts(in:)` by scalars, for any text.
    static func scalarCounts(in text: String) -> Counts {
        var counts = Counts()
        for scalar in text.unicodeScalars {
            for (index, kind) in kinds.enumerated() {
                if kind.opening.contains(scalar) { counts.opening[index] += 1 }
                if kind.closing.contains(scalar) { counts.closing[index] += 1 }
            }
        }
        return counts
    }

    func findings(in subject: CheckSubject) -> [Finding] {
        let target = subject.targetScan?.brackets ?? Self.counts(in: subject.targetText)
        let source = subject.sourceFacts.brackets
        guard target != source else { return [] }
        var findings: [Finding] = []
        for (index, kind) in Self.kinds.enumerated()
        where source.opening[index] - source.closing[index] != target.opening[index] - target.closing[index] {
            findings.append(Finding(
                "\(kind.name) do not pair up as in the source: the source opens \(source.opening[index]) and closes \(source.closing[index]), "
                    + "the target opens \(target.opening[index]) and closes \(target.closing[index])",
                hint: "open and close brackets as the source does (a pair the translation adds or leaves out is fine)"))
        }
        return findings
    }
}
