import Foundation

/// CLDR plural answers kept per language for the life of the process. Each ICU call opens the
/// language's rules anew (`tolk_icu.c`); the interface strings' plural notes ask, per form and
/// language, which category each of 0…112 selects and whether a category stands for one number
/// (a thousand selects), and pages ask per count they show. The rules do not change while Tolk
/// runs, so each answer is worked out once.
final class PluralMemo: @unchecked Sendable {
    /// The whole numbers kept per language: enough for the examples in plural notes (0…112)
    /// and `missing`'s hints (0…200).
    static let keptNumbers = 0...200

    static let shared = PluralMemo()

    private let lock = NSLock()
    private var categories: [String: [String]] = [:]
    private var selected: [String: [String]] = [:]
    private var singleNumbers: [String: Int?] = [:]

    /// `ICU.pluralCategories`, asked of ICU once per language.
    func categories(_ language: String, compute: (String) -> [String]) -> [String] {
        if let known = lock.withLock({ categories[language] }) { return known }
        let found = compute(language)
        lock.withLock { categories[language] = found }
        return found
    }

    /// `ICU.pluralSingleNumber`, asked of ICU once per language and category.
    func singleNumber(_ language: String, category: String, compute: (String, String) -> Int?) -> Int? {
        let key = language + "\u{1F}" + category
        if let known = lock.withLock({ singleNumbers[key] }) { return known }
        let found = compute(language, category)
        lock.withLock { singleNumbers[key] = .some(found) }
        return found
    }

    /// The category of a whole number in `keptNumbers`, nil for any other number (ICU is asked then).
    func category(_ language: String, for number: Double, compute: (String, Double) -> String) -> String? {
        guard number >= 0, number <= Double(Self.keptNumbers.upperBound), number.rounded(.towardZero) == number else { return nil }
        let index = Int(number)
        if let table = lock.withLock({ selected[language] }) { return table[index] }
        // Made outside the lock: two threads may both make a language's table; they are the same.
        let table = Self.keptNumbers.map { compute(language, Double($0)) }
        lock.withLock { selected[language] = table }
        return table[index]
    }
}
