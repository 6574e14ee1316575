import Testing
@testable import TolkKit

@Suite struct ICUTests {
    @Test func pluralCategoriesComeFromCLDR() {
        #expect(ICU.pluralCategories("pl") == ["one", "few", "many", "other"])
        #expect(ICU.pluralCategories("nb") == ["one", "other"])
        #expect(ICU.pluralCategories("ar") == ["zero", "one", "two", "few", "many", "other"])
        #expect(ICU.pluralCategory("pl", for: 2) == "few")
        #expect(ICU.pluralCategory("pl", for: 5) == "many")
    }

    @Test func scriptsAndDigits() {
        #expect(ICU.likelyScript("ur") == "Arab")
        #expect(ICU.likelyScript("pl") == "Latn")
        #expect(ICU.script(of: "ب") == "Arab")
        #expect(ICU.digitValue("٢") == 2)
        #expect(ICU.digitValue("۲") == 2)
        #expect(ICU.digitValue("x") == nil)
        #expect(ICU.displayName("ur", in: "ur") == "اردو")
        #expect(ICU.isKnownLanguage("so"))
        #expect(!ICU.isKnownLanguage("qq"))
    }
}
