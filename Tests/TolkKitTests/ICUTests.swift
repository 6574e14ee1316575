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

    @Test func pluralCategoriesOfOneNumber() {
        #expect(["zero", "one", "two", "few", "many", "other"].map { ICU.pluralSingleNumber("ar", category: $0) } == [0, 1, 2, nil, nil, nil])
        #expect(ICU.pluralSingleNumber("en", category: "one") == 1)
        #expect(ICU.pluralSingleNumber("pl", category: "one") == 1)
        // ru `one` is 1, 21, 31 …; fr `one` is 0 and 1.
        #expect(ICU.pluralSingleNumber("ru", category: "one") == nil)
        #expect(ICU.pluralSingleNumber("fr", category: "one") == nil)
    }

    @Test func numberingSystems() {
        #expect(ICU.numberingSystem("ar") == "arab")
        #expect(ICU.numberingSystem("fa") == "arabext")
        #expect(ICU.numberingSystem("ur") == "latn")
        #expect(ICU.numberingSystem("ur@numbers=arabext") == "arabext")
        #expect(ICU.numberingSystem("pl") == "latn")
    }
}
