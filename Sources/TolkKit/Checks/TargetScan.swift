/// What several checks ask of a current target, found in one pass over its scalars: `bidi`
/// (any suspicious character), `spaces` (could two spaces be in a row), `brackets` (the counts),
/// `script` (letters by script), `length` (characters), `raw-html` (its marks), and the tokens'
/// digits and addresses.
///
/// Each of those checks used to scan the whole target for itself; seven scans of every target
/// in every language were the largest part of the checks' time. Each answer is the one the
/// check's own function gives (`InvisibleCharacters.isSuspicious`, `SpacesCheck.doubledSpaces`,
/// `BracketsCheck.counts`, `Wording.characterCount`, `TextTokens.containsDigit` and
/// `mayContainAddress`), which the tests compare on generated texts.
struct TargetScan: Sendable {
    /// Whether any scalar is one `bidi` reports. When false, `bidi` has nothing to say.
    var hasSuspicious = false
    /// False when the text certainly has no doubled space (`SpacesCheck.doubledSpaces` is empty).
    var mayHaveDoubledSpaces = false
    /// `BracketsCheck.counts(in:)`.
    var brackets = BracketsCheck.Counts()
    /// `TextTokens.containsDigit`.
    var hasDigit = false
    /// `TextTokens.mayContainAddress`.
    var mayContainAddress = false
    /// Whether the text has `<`, `:` or `=`, without which `raw-html` has nothing to match.
    var markup = RawHTMLCheck.Marks()
    /// The number of scalars, and whether each stands alone (then it is the number of characters).
    var scalars = 0
    var allStandAlone = true
    /// Whether the first and last scalars are white space (`InlineText.isWhitespace`).
    var startsWithWhitespace = false
    var endsWithWhitespace = false
    /// Runs of letters by ICU script code, merged by code in the order first seen, and the
    /// number of letters, as `ScriptCheck` counts them (ASCII letters are Latin; Common and
    /// Inherited letters do not count).
    var letterScripts: [(code: Int32, count: Int)] = []
    var letters = 0

    init(_ text: String) {
        // The scan runs in a local value, not in `self`: updating `self` from the loop's
        // closure measured slower.
        var scan = TargetScan()
        let facts = ScalarFacts.lookup
        let latin = ScriptCheck.latinCode  // a static let: read once, not per letter
        var afterSpace = false
        var previous: UInt32 = 0
        var runCode: Int32 = -1
        var runLength = 0
        var last: Unicode.Scalar = " "
        text.forEachScalar { scalar in
            let value = scalar.value
            scan.scalars += 1
            last = scalar
            let code: Int32?
            if value < 0x80 {
                // ASCII: every answer without the table.
                // Printable ASCII stands alone; of the controls, the table knows (a carriage
                // return joins a following line feed).
                var alone = true
                if value < 0x20 || value == 0x7F {
                    if value != 0x09 && value != 0x0A { scan.hasSuspicious = true }
                    alone = facts.standsAlone(scalar)
                    if !alone { scan.allStandAlone = false }
                }
                if value == 0x20 || value == 0x09 {
                    if afterSpace { scan.mayHaveDoubledSpaces = true }
                    afterSpace = true
                } else if afterSpace, alone {
                    afterSpace = false
                }
                scan.brackets.count(ascii: value)
                switch value {
                case 0x30 ... 0x39: scan.hasDigit = true
                case 0x40: scan.mayContainAddress = true
                case 0x3C: scan.markup.less = true
                case 0x3A: scan.markup.colon = true
                case 0x3D: scan.markup.equals = true
                default: break
                }
                let lower = value | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter, previous == 0x2E { scan.mayContainAddress = true }
                if previous == 0x3A, value == 0x2F { scan.mayContainAddress = true }
                if lower == 0x77, previous | 0x20 == 0x77 { scan.mayContainAddress = true }
                previous = value
                code = isLetter ? latin : nil
            } else {
                previous = 0
                if InvisibleCharacters.isSuspicious(scalar) { scan.hasSuspicious = true }
                // Non-ASCII: one look in the table for digit, letter and grapheme facts (as
                // `digitValue`, `letterScript` and `standsAlone` would give them).
                let (isDigit, letterScript, alone) = facts.all(scalar)
                if !alone { scan.allStandAlone = false }
                if SpacesCheck.isSpaceScalar(scalar) {
                    if afterSpace { scan.mayHaveDoubledSpaces = true }
                    afterSpace = true
                } else if afterSpace, alone {
                    afterSpace = false
                }
                // The full-width forms (U+FF01–U+FF5E) are their ASCII characters plus 0xFEE0.
                if value >= 0xFF08, value <= 0xFF5D { scan.brackets.count(ascii: value - 0xFEE0) }
                if isDigit { scan.hasDigit = true }
                code = letterScript.flatMap { $0 > 1 ? $0 : nil }  // 0 Common, 1 Inherited
            }
            if let code {
                if code != runCode {
                    scan.endRun(runCode, runLength)
                    runCode = code
                    runLength = 0
                }
                runLength += 1
                scan.letters += 1
            }
        }
        scan.endRun(runCode, runLength)
        scan.endsWithWhitespace = scan.scalars > 0 && InlineText.isWhitespace(last)
        scan.startsWithWhitespace = text.unicodeScalars.first.map(InlineText.isWhitespace) ?? false
        self = scan
    }

    private init() {}

    private mutating func endRun(_ code: Int32, _ length: Int) {
        guard length > 0 else { return }
        if let index = letterScripts.firstIndex(where: { $0.code == code }) {
            letterScripts[index].count += length
        } else {
            letterScripts.append((code, length))
        }
    }

    /// `Wording.characterCount(Wording.trimmed(text))` of the scanned text, when the scan alone
    /// tells it: every scalar stands alone and neither end is white space. Nil otherwise.
    var trimmedCharacterCount: Int? {
        allStandAlone && !startsWithWhitespace && !endsWithWhitespace ? scalars : nil
    }
}
