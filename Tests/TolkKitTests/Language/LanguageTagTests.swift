import Testing
@testable import TolkKit

@Suite struct LanguageTagTests {
    @Test func tagsGetBCP47sCanonicalCase() {
        #expect(LanguageTag.canonicalCase("EN") == "en")
        #expect(LanguageTag.canonicalCase("zh-hant-tw") == "zh-Hant-TW")
        #expect(LanguageTag.canonicalCase("PT-br") == "pt-BR")
        #expect(LanguageTag.canonicalCase("es-419") == "es-419")
        #expect(LanguageTag.canonicalCase("SR-LATN") == "sr-Latn")
        #expect(LanguageTag.canonicalCase("de-CH-1996X") == "de-CH-1996x")
        #expect(LanguageTag.canonicalCase("nb") == "nb")
        // Not a tag: left as written, for the error to quote.
        #expect(LanguageTag.canonicalCase("Klingon!") == "Klingon!")
    }
}
