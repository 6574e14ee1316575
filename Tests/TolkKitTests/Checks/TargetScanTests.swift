import Foundation
import Testing
@testable import TolkKit

/// `TargetScan` answers in one pass what `bidi`, `spaces`, `brackets`, `script`, `length` and the
/// tokens each found with a scan of their own. Every answer must be the one their own functions
/// give: on the fast-path texts, and on texts generated from the scalars where the rules differ.
@Suite struct TargetScanTests {
    /// Scalars each rule treats specially: spaces of every kind, controls (CR, tab, NUL, DEL,
    /// C1), bidi controls and invisible characters, brackets ASCII and full-width, digits of
    /// three scripts, address marks (`@ . : / w`), combining marks, joiners, prepended marks,
    /// Hangul jamo, letters of Latin, Arabic, Devanagari, Han and Greek, emoji and a flag half.
    static let pool: [Unicode.Scalar] = Array((
        " \u{A0}\u{2003}\u{3000}\t\r\n\u{0}\u{7F}\u{85}\u{202E}\u{2067}\u{200B}\u{FEFF}\u{200C}\u{200D}\u{200F}"
            + "()[]{}\u{FF08}\u{FF09}\u{FF3B}\u{FF3D}\u{FF5B}\u{FF5D}09\u{662}\u{6F5}\u{967}@.:/wW<="
            + "\u{301}\u{64E}\u{600}\u{1100}\u{1161}aZżبیक्ष日Ω-,;\u{2026}👍\u{1F1F3}\u{E0041}"
    ).unicodeScalars)

    static func texts() -> [String] {
        // Seeded, so a failure names a text that can be looked at again.
        var generator = SeededGenerator(state: 15)
        var result = CheckFastPathTests.texts + [
            "Se helsenorge.no eller www.x.no", "mail@x.no", "https://a.b", "a . b", "ww", "Ring 113 (gratis).", "（注意）",
            "Zażółć  gęślą", "a \u{301} b", "a\r \r b", "\r\r", "a\u{202E}b\u{202E}", "x\u{0}", "tab\t\tx",
        ]
        for length in [1, 2, 3, 5, 8, 13, 40] {
            for _ in 0 ..< 300 {
                var scalars = String.UnicodeScalarView()
                for _ in 0 ..< length { scalars.append(pool.randomElement(using: &generator)!) }
                result.append(String(scalars))
            }
        }
        return result
    }

    @Test func everyAnswerIsTheOneTheChecksOwnFunctionsGive() {
        for text in Self.texts() {
            let scan = TargetScan(text)
            let name = text.debugDescription
            #expect(scan.hasSuspicious == text.unicodeScalars.contains(where: InvisibleCharacters.isSuspicious), "bidi \(name)")
            #expect(scan.mayHaveDoubledSpaces == SpacesCheck.mayHaveDoubledSpaces(text), "spaces \(name)")
            if !scan.mayHaveDoubledSpaces { #expect(SpacesCheck.characterDoubledSpaces(in: text).isEmpty, "spaces \(name)") }
            #expect(scan.brackets == BracketsCheck.scalarCounts(in: text), "brackets \(name)")
            #expect(scan.hasDigit == TextTokens.containsDigit(text), "digits \(name)")
            #expect(scan.markup == RawHTMLCheck.Marks(text), "markup \(name)")
            #expect(scan.mayContainAddress == TextTokens.mayContainAddress(text), "addresses \(name)")
            #expect(scan.startsWithWhitespace == (text.first?.isWhitespace == true), "starts \(name)")
            if scan.allStandAlone { #expect(scan.endsWithWhitespace == (text.last?.isWhitespace == true), "ends \(name)") }
            if let count = scan.trimmedCharacterCount {
                #expect(count == Wording.slowTrimmed(text).count, "length \(name)")
            }
            let own = ScriptCheck.letterScripts(in: text)
            #expect(scan.letters == own.letters, "letters \(name)")
            #expect(scan.letterScripts.map(\.code) == own.codes.map(\.code) && scan.letterScripts.map(\.count) == own.codes.map(\.count),
                    "scripts \(name)")
            let tokens = TextTokens(text, scan: scan)
            let reference = TextTokens(text)
            #expect(tokens.urls == reference.urls && tokens.emails == reference.emails && tokens.phones == reference.phones
                    && tokens.numbers == reference.numbers && tokens.mayContainAddress == reference.mayContainAddress, "tokens \(name)")
        }
    }

    @Test func theFastPathsSayWhatTheScanShows() {
        let plain = TargetScan("Ta 2 tabletter (500 mg).")
        #expect(!plain.hasSuspicious && !plain.mayHaveDoubledSpaces && plain.hasDigit && !plain.mayContainAddress)
        #expect(plain.brackets.opening == [1, 0, 0] && plain.brackets.closing == [1, 0, 0])
        #expect(plain.trimmedCharacterCount == 24)
        #expect(plain.letters == 13 && plain.letterScripts.map(\.count) == [13])
        // A trailing space, a combining mark and a carriage return leave the count to grapheme breaking.
        #expect(TargetScan("Hvil ").trimmedCharacterCount == nil)
        #expect(TargetScan("e\u{301}").trimmedCharacterCount == nil)
        #expect(TargetScan("a\r\nb").trimmedCharacterCount == nil)
        #expect(TargetScan("a \n b").mayHaveDoubledSpaces == false)
        #expect(TargetScan("a \r b").mayHaveDoubledSpaces)  // CR may join what follows: the character way tells
        #expect(TargetScan("a \u{301} b").mayHaveDoubledSpaces)
        #expect(TargetScan("Se helsenorge.no").mayContainAddress)
        #expect(TargetScan("لاہور\u{202E}").hasSuspicious)
    }

    @Test func inlineTextIsEmptyAsItsCharactersSay() {
        for text in Self.texts() + ["", " ", "\u{A0}\u{3000}", " \u{301}", "\u{301} ", "\n\r\n"] {
            let byCharacters = text.allSatisfy(\.isWhitespace)
            #expect(InlineText([.text(text)]).isEmpty == byCharacters, "\(text.debugDescription)")
        }
        #expect(!InlineText([.text(" "), .placeholder(id: "1", code: .lineBreak)]).isEmpty)
    }
}
