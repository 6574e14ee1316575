import Foundation
import Testing
@testable import TolkKit

/// The checks answer most questions about text from tables and byte scans, and fall back to
/// Unicode properties, ICU and grapheme breaking where those cannot tell. Both ways must give
/// the same answers, for Polish, Urdu and Arabic text and for the tricky cases.
@Suite struct CheckFastPathTests {
    typealias F = CheckFixture

    /// Texts in and out of the tables: combining marks, harakat, joiners, prepended marks,
    /// CRLF, Hangul, Devanagari conjuncts, emoji and flags, spaces of every kind at the ends.
    static let texts = [
        "", " ", "Zażółć gęślą jaźń.", "Za\u{307}z\u{301}", "لاہور میں ۲۵ ملی گرام لیں۔", "مُحَمَّد", "اتصل بـ ١١٣\u{200F}",
        "\u{600}١٢٣", "a\u{200D}b", "a\u{200C}", " \u{301}abc", "abc \u{301}", "abc\r\n", "\r\nabc", "abc\n\r",
        "한국어", "\u{1100}\u{1161}\u{11A8}", "क्षत्रिय", "👍🏽 ok", "🇳🇴🇸🇪", "“Hei” – sa han…", "\u{A0}x\u{A0}", "x\u{2003}",
        "\tTab\t", "\u{3000}日本\u{3000}", "Ω\u{345}", "e\u{301}\u{301}",
    ]

    @Test func scalarTablesAgreeWithICUAndTheStandardLibrary() {
        let inTables = Array(UInt32(0) ..< 0x800) + Array(UInt32(0x2000) ..< 0x2070)
        let outside: [UInt32] = Array(0x900 ..< 0x980) + Array(0xFF10 ..< 0xFF1A) + [0x4E00, 0xAC00, 0x1D7CE, 0x1F1E6, 0x1F44D, 0x10FFFD]
        for value in inTables + outside {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarFacts.digitValue(scalar) == ICU.digitValue(scalar), "digit \(value)")
            #expect(ScalarFacts.letterScript(scalar) == (scalar.properties.isAlphabetic ? ICU.scriptCode(of: scalar) : nil), "script \(value)")
        }
        // Letters of Polish, Urdu and Arabic stand alone; marks, joiners, CR and prepended marks do not.
        for scalar in "ażłگیہ۲١بـ۔ “…".unicodeScalars { #expect(ScalarFacts.standsAlone(scalar), "\(scalar)") }
        for scalar in "\u{301}\u{64E}\u{651}\u{200D}\u{200C}\r\u{600}\u{1100}".unicodeScalars { #expect(!ScalarFacts.standsAlone(scalar), "\(scalar)") }
    }

    @Test func countingAndTrimmingMatchGraphemeBreaking() {
        for text in Self.texts {
            #expect(Wording.characterCount(text) == text.count, "\(text.debugDescription)")
            #expect(Wording.trimmed(text) == Wording.slowTrimmed(text), "\(text.debugDescription)")
        }
        #expect(Wording.trimmed("abc \u{301}") == "abc")
        #expect(Wording.trimmed(" لاہور۔\u{A0}") == "لاہور۔")
    }

    @Test func doubledSpacesAndEndingsMatchTheCharacterWay() {
        let texts = Self.texts + [
            "Zażółć  gęślą", "لاہور  میں", "a \u{301} b", "a\u{A0}\u{2003}b", "a\t b", "a\r\n b", "ا\u{64E} \u{64E} ب",
            "Gotowe;", "Έτοιμο;", "Պատրաստ է:", "Պատրաստ է։", "Koniec...", "Koniec..", "(patrz str. 2).", "„Tak”.", "كيف؟", "ختم۔",
            "ختم۔\u{64E}", "end\u{FFFC}", "終わり。", "Hei!»", "Slutt:", "Slutt \u{2026}", "a\u{600}.", "Ende.\u{301}",
        ]
        for text in texts {
            #expect(SpacesCheck.doubledSpaces(in: text) == SpacesCheck.characterDoubledSpaces(in: text), "\(text.debugDescription)")
            let trimmed = Wording.trimmed(text)
            for language in ["und", "pl", "ur", "el", "hy"] {
                #expect(PunctuationCheck.endings(of: text, primaryLanguage: language)
                        == PunctuationCheck.characterEndings(of: trimmed, primaryLanguage: language), "\(text.debugDescription) \(language)")
            }
        }
        #expect(SpacesCheck.doubledSpaces(in: "a \u{301} b") == [2])
        #expect(PunctuationCheck.endings(of: "Gotowe;", primaryLanguage: "pl") == [.question])  // U+037E is ';'
        #expect(PunctuationCheck.endings(of: "ختم۔", primaryLanguage: "ur") == [.fullStop])
    }

    @Test func jsonStringsWithAndWithoutEscapes() {
        #expect(ReportJSON.quoted("Locales/ur/topics/a.xlf") == "\"Locales/ur/topics/a.xlf\"")
        #expect(ReportJSON.quoted("لاہور “Zażółć”") == "\"لاہور “Zażółć”\"")
        #expect(ReportJSON.quoted("a\"b\\c\n\u{85}\u{2028}\u{202E}\u{1}") == "\"a\\\"b\\\\c\\n\\u0085\\u2028\\u202e\\u0001\"")
        let value = ReportJSON.object([("a", .array([.int(1), .null, .object([])])), ("b", .array([])), ("c", .number("1.5"))])
        #expect(value.rendered() == "{\n  \"a\": [\n    1,\n    null,\n    {}\n  ],\n  \"b\": [],\n  \"c\": 1.5\n}")
    }

    @Test func numbersWithAndWithoutDigits() {
        #expect(!TextTokens.containsDigit("لاہور میں گرام لیں۔ Zażółć"))
        #expect(TextTokens.containsDigit("ملی ۲۵"))
        #expect(TextTokens.containsDigit("खुराक २"))  // Devanagari: outside the tables
        #expect(TextTokens("لاہور میں گرام لیں").numbers.isEmpty)
        #expect(!TextTokens("لاہور میں گرام لیں۔").mayContainAddress)
        #expect(TextTokens("مزید helsenorge.no پر پڑھیں").mayContainAddress)
        #expect(F.run(ScriptCheck(), source: "Les mer på helsenorge.no.", target: "Przeczytaj na helsenorge.no", language: F.urdu).count == 1)
        #expect(TextTokens("لیں ۲۵ ملی گرام، ٣ مرات، weź 4").numbers.map(\.digits) == ["25", "3", "4"])
        #expect(TextTokens("खुराक २ बार").numbers.map(\.digits) == ["2"])
        #expect(TextTokens("اتصل بـ ١١٣ أو ١١٦ ١١٧").phones.map(\.digits) == ["113", "116117"])
        #expect(F.run(NumbersCheck(), source: "Ta 2 tabletter.", target: "٢ گولیاں لیں۔", language: F.urdu).isEmpty)
        #expect(F.run(NumbersCheck(), source: "Ta 2 tabletter.", target: "۳ گولیاں لیں۔", language: F.urdu).count == 1)
    }

    @Test func addressesWithAndWithoutTheByteScan() {
        // The byte scan (`mayContainAddress`) may only rule out texts that have no address.
        let texts = Self.texts + [
            "Les mer på helsenorge.no.", "مزید helsenorge.no پر پڑھیں۔", "اتصل بـ ١١٣ أو زر 1177.se", "Zadzwoń pod 116 117, zobacz nav.no/sykmelding.",
            "Ta 1.5 tabletter kl. 10.30", "slutt.Neste", "f.eks. 15.juni", "post@klinikk.no", "https://www.helsenorge.no/legevakt.",
            "لاہور.میں ۲۵", "WWW.NHI.NO", "Helsenorge.no", "\u{200E}helsenorge.no\u{200E}.", "١.٥ ملغ", "m.in. www",
        ]
        for text in texts {
            let fast = TextTokens(text)
            let slow = TextTokens(text, scanningAddresses: true)
            #expect(fast.urls == slow.urls, "\(text.debugDescription)")
            #expect(fast.emails == slow.emails, "\(text.debugDescription)")
            #expect(fast.phones == slow.phones, "\(text.debugDescription)")
            #expect(fast.numbers == slow.numbers, "\(text.debugDescription)")
        }
        #expect(!TextTokens("Ta 1.5 tabletter kl. 10.30").mayContainAddress)
        #expect(TextTokens("اتصل بـ ١١٣ أو زر 1177.se").urls == ["1177.se"])
    }

    @Test func bracketsCountedWithAndWithoutTheByteScan() {
        let texts = Self.texts + [
            "Ta (1) tablett [se side 2] {merk}.", "（1）錠", "［注］｛x｝", "ضع (١) قرص", "(لاہور) ]", "Zażółć (gęślą", "ｈｅｌｌｏ", "1) 2)",
        ]
        for text in texts {
            #expect(BracketsCheck.counts(in: text) == BracketsCheck.scalarCounts(in: text), "\(text.debugDescription)")
        }
        #expect(BracketsCheck.counts(in: "（1）錠 (a] {").opening == [2, 0, 1])
        #expect(BracketsCheck.counts(in: "（1）錠 (a] {").closing == [1, 1, 0])
    }

    @Test func scriptCountsLettersInAndOutOfTheTables() {
        // All Arabic script: answered without script names.
        #expect(F.run(ScriptCheck(), source: "Hvil.", target: "آرام کریں، مُحَمَّد", language: F.urdu).isEmpty)
        #expect(F.run(ScriptCheck(), source: "Hvil.", target: "استرح جيداً", language: F.arabic).isEmpty)
        // Mostly Devanagari (outside the tables) and Latin in an Urdu unit: counted by name.
        #expect(F.run(ScriptCheck(), source: "Hvil.", target: "आराम करें ab", language: F.urdu) == [
            F.expected(.warning, "script", "most letters of the target are Devanagari (8 of 10), but Urdu (ur) is written in Arabic script",
                       hint: "check that this is the Urdu (ur) translation, not text pasted from another language")
        ])
        #expect(F.run(ScriptCheck(), source: "Hvil.", target: "Zażółć gęślą", language: F.arabic).count == 1)
    }

    @Test func lengthCountsCharactersOfMarkedText() {
        // 40 characters of 80 scalars (harakat join their letters): within 2.5 times the source's 30
        // by characters, not by scalars.
        let source = "Hold stillingen i ti sekunder."
        let marked = String(repeating: "مُ", count: 40)
        #expect(F.run(LengthCheck(), source: source, target: marked, language: F.arabic).isEmpty)
        #expect(F.run(LengthCheck(), source: source, target: marked + String(repeating: "م", count: 40), language: F.arabic)
            == [F.expected(.warning, "length", "the target is much longer than the source (80 characters, the source has 30)",
                           hint: "check that nothing was added or pasted twice")])
    }

    @Test func sourceFactsAreNotSharedBetweenDifferentSources() {
        // The checker keeps what it read of each source by position, across documents and
        // languages; a different source at the same position must be read anew.
        let project = ChecksReportTests.catalog().0
        let first = LocalizedDocument(document: ChecksReportTests.document("a"), language: "ur", translationPath: "Locales/ur/a.xlf",
                                      fileExists: true, units: [F.unit("Ta 2.", "۲ لیں۔")], unknownUnits: [])
        let second = LocalizedDocument(document: ChecksReportTests.document("b"), language: "ur", translationPath: "Locales/ur/b.xlf",
                                       fileExists: true, units: [F.unit("Ta 3.", "۳ لیں۔")], unknownUnits: [])
        let (summary, problems) = Checker.check([first, second], language: F.urdu, variables: [:], minState: .translated)
        #expect(problems.isEmpty)
        #expect(summary.units == 2)
        let catalog = TranslationCatalog(languages: ["ur": [first, second], "pl": [second, first]])
        #expect(Checker.run(project, catalog: catalog, minState: .translated).problems.filter { $0.check == "numbers" }.isEmpty)
    }
}
