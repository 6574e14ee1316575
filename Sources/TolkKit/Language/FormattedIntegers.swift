/// Integers as a language writes them, kept for the life of the process. Each ICU call opens a
/// number formatter for the locale (`tolk_format_integer`), which costs more than the formatting;
/// the counts pages show (sets, repetitions, seconds, minutes) are few and repeat on every page.
/// Only small whole numbers are kept, so what is held stays bounded whatever the content holds.
final class FormattedIntegers: Sendable {
    /// The numbers kept per language.
    static let keptNumbers = 0...10_000

    static let shared = FormattedIntegers()

    private struct LanguageNumber: Hashable {
        var language: String
        var number: Int
    }

    private let formatted = KeptValues<LanguageNumber, String>()

    /// `number` in `language`'s digits, from the memo when kept; `compute` formats it otherwise.
    func formatted(_ number: Int, language: String, compute: (Int, String) -> String) -> String {
        guard Self.keptNumbers.contains(number) else { return compute(number, language) }
        return formatted.value(for: LanguageNumber(language: language, number: number)) { compute($0.number, $0.language) }
    }
}
