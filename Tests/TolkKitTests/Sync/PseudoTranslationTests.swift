import Foundation
import Testing
@testable import TolkKit

@Suite struct PseudoTranslationTests {
    static let source = InlineText([.text("Ring 113 eller les "), .open(id: "1", code: .link(url: "https://x.no/")), .text("mer"),
                                    .close(id: "1"), .text(" på www.helsenorge.no. Hold i "), .placeholder(id: "2", code: .placeholder("{hold}")),
                                    .text(" sekunder.")])

    static func alphabet(_ tag: String) -> PseudoTranslation.Alphabet {
        PseudoTranslation.Alphabet(LanguageTag.defaults(for: tag))
    }

    /// The scripts of the letters of a text (digits, spaces and punctuation are "Zyyy").
    static func letterScripts(_ text: String) -> Set<String> {
        Set(text.unicodeScalars.filter(\.properties.isAlphabetic).map { ICU.script(of: $0) })
    }

    @Test func keepsCodesNumbersAndURLsAndLengthens() {
        let ltr = PseudoTranslation.pseudo(Self.source, alphabet: .latin)
        #expect(ltr.codeIDs == Self.source.codeIDs)
        #expect(ltr.plainText.contains("113"))
        #expect(ltr.plainText.contains("www.helsenorge.no."))
        let sentence = "Hold deg i aktivitet hver dag, og gå en tur."
        let longer = PseudoTranslation.pseudo(InlineText(plain: sentence), alphabet: .latin).plainText
        #expect(Double(longer.count) / Double(sentence.count) > 1.25)
        #expect(ltr.plainText.hasPrefix("RRíñĝĝ 113 éélléér"))
    }

    /// The script comes from CLDR's likely subtags: Cyrillic for uk and ru, Ethiopic for ti and
    /// am, Arabic for fa, ur and ar, accented Latin for pl.
    @Test(arguments: [("uk", PseudoTranslation.Alphabet.cyrillic, "Cyrl"), ("ru", .cyrillic, "Cyrl"),
                      ("ti", .ethiopic, "Ethi"), ("am", .ethiopic, "Ethi"), ("fa", .arabic, "Arab"), ("ur", .arabic, "Arab"),
                      ("ar", .arabic, "Arab"), ("pl", .latin, "Latn")])
    func writesInTheLanguagesScript(tag: String, alphabet: PseudoTranslation.Alphabet, script: String) {
        #expect(Self.alphabet(tag) == alphabet)
        let pseudo = PseudoTranslation.pseudo(Self.source, alphabet: Self.alphabet(tag))
        // Only the kept address and the placeholder are Latin ("x.no" is in a code).
        let words = pseudo.plainText.replacingOccurrences(of: "www.helsenorge.no", with: "").replacingOccurrences(of: "{hold}", with: "")
        #expect(Self.letterScripts(words) == [script])
        #expect(pseudo.codeIDs == Self.source.codeIDs)
        #expect(pseudo.plainText.contains("113"))
        #expect(pseudo.plainText.contains(" www.helsenorge.no. "))
        #expect(pseudo.plainText.hasSuffix("."))
        let sentence = "Hold deg i aktivitet hver dag, og gå en tur."
        let longer = PseudoTranslation.pseudo(InlineText(plain: sentence), alphabet: Self.alphabet(tag)).plainText
        #expect(Double(longer.count) / Double(sentence.count) > 1.25)
    }

    @Test func cyrillicKeepsCapitals() {
        #expect(PseudoTranslation.pseudo(InlineText(plain: "Ring nå"), alphabet: .cyrillic).plainText == "РРінгг ння")
    }

    /// site.yml's `script:` wins over CLDR; a right-to-left language in another script still
    /// reads right to left.
    @Test func followsTheSettingsOfTheSite() {
        #expect(PseudoTranslation.Alphabet(LanguageSettings(tag: "sr", name: "Srpski", direction: .ltr, script: "Latn")) == .latin)
        #expect(PseudoTranslation.Alphabet(LanguageSettings(tag: "sr", name: "Српски", direction: .ltr, script: "Cyrl")) == .cyrillic)
        #expect(PseudoTranslation.Alphabet(LanguageSettings(tag: "he", name: "עברית", direction: .rtl, script: "Hebr")) == .arabic)
    }

    @Test(arguments: ["ar", "uk", "ti", "fa", "pl"])
    func pseudoLanguagePassesTheErrorChecks(language: String) throws {
        let project = try TemporaryProject(["Content/topics/back.md": SyncTests.topic + "\n\nRing 116 117 eller 113.\n"],
            site: "source_language: nb\nlanguages: [nb, \(language)]\nbase_url: https://e.org/\npublish:\n  min_state: translated\n")
        try project.sync()
        let result = try #require(PseudoTranslation.run(try project.load(), language: language).value)
        for file in result.files { try project.write(file.path, file.text) }
        let loaded = try project.load()
        let report = Checker.run(loaded, catalog: TranslationCatalogLoader.load(loaded).value, minState: .translated)
        #expect(report.problems.filter { $0.severity == .error }.map(\.description) == [])
        // The wrong-script check (a warning) finds nothing either: the letters are the language's.
        #expect(report.problems.filter { $0.check == "script" }.map(\.description) == [])
        #expect(report.languages.first?.complete == 100.0)
    }
}
