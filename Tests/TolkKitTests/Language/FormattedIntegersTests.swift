import Testing
@testable import TolkKit

/// Integers kept per language are ICU's, kept or not.
@Suite struct FormattedIntegersTests {
    @Test(arguments: ["nb", "en", "ar", "ur", "fa", "ur@numbers=arabext", "hi@numbers=deva", "pl", "xx-invalid"])
    func numbersAreICUs(language: String) {
        for number in [-12_345, -1, 0, 1, 7, 42, 999, 1_000, 1_234, 9_999, 10_000, 10_001, 1_234_567] {
            #expect(ICU.formatInteger(number, language: language) == ICU.formatIntegerAnew(number, language: language), "\(language) \(number)")
            // Asked twice: the kept answer is the same.
            #expect(ICU.formatInteger(number, language: language) == ICU.formatIntegerAnew(number, language: language), "\(language) \(number)")
        }
    }

    @Test func onlyKeptNumbersAreKept() {
        let memo = FormattedIntegers()
        var asked: [Int] = []
        for number in [5, 5, 10_000, 10_001, 10_001, -1, -1] {
            _ = memo.formatted(number, language: "en") { number, _ in asked.append(number); return "\(number)" }
        }
        #expect(asked == [5, 10_000, 10_001, 10_001, -1, -1])
        #expect(memo.formatted(5, language: "pl") { _, _ in "pl" } == "pl")
        #expect(memo.formatted(5, language: "en") { _, _ in "changed" } == "5")
    }
}
