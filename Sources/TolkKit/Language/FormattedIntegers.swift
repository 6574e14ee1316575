import Foundation

/// Integers as a language writes them, kept for the life of the process. Each ICU call opens a
/// number formatter for the locale (`tolk_format_integer`), which costs more than the formatting;
/// the counts pages show (sets, repetitions, seconds, minutes) are few and repeat on every page.
/// Only small whole numbers are kept, so what is held stays bounded whatever the content holds.
final class FormattedIntegers: @unchecked Sendable {
    /// The numbers kept per language.
    static let keptNumbers = 0...10_000

    static let shared = FormattedIntegers()

    private let lock = NSLock()
    private var byLanguage: [String: [Int: String]] = [:]

    /// `number` in `language`'s digits, from the memo when kept; `compute` formats it otherwise.
    func formatted(_ number: Int, language: String, compute: (Int, String) -> String) -> String {
        guard Self.keptNumbers.contains(number) else { return compute(number, language) }
        if let known = lock.withLock({ byLanguage[language]?[number] }) { return known }
        let text = compute(number, language)
        lock.withLock { byLanguage[language, default: [:]][number] = text }
        return text
    }
}
