import Foundation
import Testing
@testable import TolkKit

/// The kept plural answers are ICU's, for every number, kept or not, and on many threads at once.
@Suite struct PluralMemoTests {
    static let languages = ["nb", "en", "pl", "ar", "ur", "so", "ru", "cy", "ga", "lt", "fr", "und", "xx-invalid"]
    static let numbers: [Double] = Array(-3...260).map(Double.init) + [0.5, 1.5, 2.25, 11.0, 21.5, 200.0, 200.5, 1_000_000, -0.5]

    @Test(arguments: languages) func answersAreICUs(language: String) {
        for number in Self.numbers {
            #expect(ICU.pluralCategory(language, for: number) == ICU.selectCategory(language, number), "\(language) \(number)")
        }
    }

    @Test(arguments: languages) func singleNumbersAreICUs(language: String) {
        for category in ["zero", "one", "two", "few", "many", "other", "none"] {
            #expect(ICU.pluralSingleNumber(language, category: category) == ICU.findSingleNumber(language, category), "\(language) \(category)")
        }
    }

    @Test func singleNumbersAreKeptPerLanguageAndCategory() {
        let memo = PluralMemo()
        var asked: [String] = []
        for (language, category) in [("ar", "two"), ("ar", "one"), ("ar", "two"), ("ru", "one"), ("ru", "one")] {
            _ = memo.singleNumber(language, category: category) { asked.append("\($0) \($1)"); return $1 == "two" ? 2 : nil }
        }
        // A kept "no single number" (nil) is not asked again either.
        #expect(asked == ["ar two", "ar one", "ru one"])
        #expect(memo.singleNumber("ar", category: "two") { _, _ in 99 } == 2)
        #expect(memo.singleNumber("ru", category: "one") { _, _ in 99 } == nil)
    }

    @Test func categoriesAreKeptPerLanguage() {
        let memo = PluralMemo()
        var asked: [String] = []
        for language in ["pl", "en", "pl", "pl", "en"] {
            _ = memo.categories(language) { asked.append($0); return [$0] }
        }
        #expect(asked == ["pl", "en"])
        #expect(memo.categories("pl") { _ in ["changed"] } == ["pl"])
    }

    @Test func onlySmallWholeNumbersAreKept() {
        let memo = PluralMemo()
        let compute: (String, Double) -> String = { _, number in "n\(Int(number))" }
        #expect(memo.category("pl", for: 0, compute: compute) == "n0")
        #expect(memo.category("pl", for: 200, compute: compute) == "n200")
        #expect(memo.category("pl", for: 201, compute: compute) == nil)
        #expect(memo.category("pl", for: -1, compute: compute) == nil)
        #expect(memo.category("pl", for: 1.5, compute: compute) == nil)
        #expect(memo.category("pl", for: .nan, compute: compute) == nil)
    }

    @Test func manyThreadsGetTheSameAnswers() {
        let expected = Self.languages.map { language in Self.numbers.map { ICU.selectCategory(language, $0) } }
        let memo = PluralMemo()
        let differing = ResultSlots<Int>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            var count = 0
            for (index, language) in Self.languages.enumerated() {
                for (position, number) in Self.numbers.enumerated() {
                    let answer = memo.category(language, for: number, compute: ICU.selectCategory) ?? ICU.selectCategory(language, number)
                    if answer != expected[index][position] { count += 1 }
                }
            }
            differing[thread] = count
        }
        #expect(differing.values.map { $0 ?? -1 } == Array(repeating: 0, count: 8))
    }
}
