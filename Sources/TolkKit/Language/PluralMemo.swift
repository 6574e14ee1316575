/// CLDR plural answers kept per language for the life of the process. Each ICU call opens the
/// language's rules anew (`tolk_icu.c`); the interface strings' plural notes ask, per form and
/// language, which category each of 0…112 selects and whether a category stands for one number
/// (a thousand selects), and pages ask per count they show. The rules do not change while Tolk
/// runs, so each answer is worked out once.
final class PluralMemo: Sendable {
    /// The whole numbers kept per language: enough for the examples in plural notes (0…112)
    /// and `missing`'s hints (0…200).
    static let keptNumbers = 0...200

    static let shared = PluralMemo()

    private struct LanguageCategory: Hashable {
        var language: String
        var category: String
    }

    private let categories = KeptValues<String, [String]>()
    /// Per language, the category of each of `keptNumbers`.
    private let selected = KeptValues<String, [String]>()
    private let singleNumbers = KeptValues<LanguageCategory, Int?>()

    /// `ICU.pluralCategories`, asked of ICU once per language.
    func categories(_ language: String, compute: (String) -> [String]) -> [String] {
        categories.value(for: language, compute: compute)
    }

    /// `ICU.pluralSingleNumber`, asked of ICU once per language and category.
    func singleNumber(_ language: String, category: String, compute: (String, String) -> Int?) -> Int? {
        singleNumbers.value(for: LanguageCategory(language: language, category: category)) { compute($0.language, $0.category) }
    }

    /// The category of a whole number in `keptNumbers`, nil for any other number (ICU is asked then).
    func category(_ language: String, for number: Double, compute: (String, Double) -> String) -> String? {
        guard number >= 0, number <= Double(Self.keptNumbers.upperBound), number.rounded(.towardZero) == number else { return nil }
        let table = selected.value(for: language) { language in Self.keptNumbers.map { compute(language, Double($0)) } }
        return table[Int(number)]
    }
}
