import CICUShim

/// Swift access to the few ICU services Tolk needs: CLDR plural rules, scripts, digits,
/// language names and number formatting. All calls are thread-safe (ICU's C API is).
public enum ICU {
    private static func string(_ body: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 512) { buffer in
            let length = body(buffer.baseAddress!, Int32(buffer.count))
            guard length >= 0 else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)), as: UTF8.self)
        }
    }

    /// The CLDR cardinal plural categories of a language, in CLDR order ("one few many other" for pl).
    public static func pluralCategories(_ language: String) -> [String] {
        PluralMemo.shared.categories(language) { language in
            string { tolk_plural_categories(language, $0, $1) }?.split(separator: " ").map(String.init) ?? ["other"]
        }
    }

    /// The plural category a number selects in a language ("few" for 2 in pl). The small whole
    /// numbers' answers are kept per language (`PluralMemo`).
    public static func pluralCategory(_ language: String, for number: Double) -> String {
        PluralMemo.shared.category(language, for: number, compute: selectCategory) ?? selectCategory(language, number)
    }

    /// ICU's answer, asked anew (the memo's tests compare with it).
    static func selectCategory(_ language: String, _ number: Double) -> String {
        string { tolk_plural_select(language, number, $0, $1) } ?? "other"
    }

    /// The one whole number a plural category stands for in a language (2 for `two` in ar, 1 for
    /// `one` in en), nil when it takes several numbers (`one` in ru: 1, 21, 31 …) or none.
    public static func pluralSingleNumber(_ language: String, category: String) -> Int? {
        PluralMemo.shared.singleNumber(language, category: category, compute: findSingleNumber)
    }

    /// ICU's answer to `pluralSingleNumber`, worked out anew (the memo's tests compare with it).
    static func findSingleNumber(_ language: String, _ category: String) -> Int? {
        let number = tolk_plural_single_integer(language, category)
        return number >= 0 ? Int(number) : nil
    }

    /// The numbering system a locale formats numbers with ("arab" for ar, "arabext" for fa or
    /// "ur@numbers=arabext", "latn" for pl).
    public static func numberingSystem(_ locale: String) -> String {
        string { tolk_numbering_system(locale, $0, $1) } ?? "latn"
    }

    /// The ISO 15924 script code of a scalar: "Latn", "Arab", "Zyyy" (common), "Zinh" (inherited).
    public static func script(of scalar: Unicode.Scalar) -> String {
        string { tolk_script_of(scalar.value, $0, $1) } ?? "Zzzz"
    }

    /// The ICU script code of a scalar (cheap: no strings), for counting scripts over many letters.
    public static func scriptCode(of scalar: Unicode.Scalar) -> Int32 {
        tolk_script_code(scalar.value)
    }

    /// The ISO 15924 name of an ICU script code ("Arab").
    public static func scriptName(code: Int32) -> String {
        string { tolk_script_name(code, $0, $1) } ?? "Zzzz"
    }

    /// The likely script of a language ("ur" → "Arab"), nil if ICU cannot tell.
    public static func likelyScript(_ language: String) -> String? {
        string { tolk_likely_script(language, $0, $1) }
    }

    /// The name of `language` written in `displayLanguage`; nil when ICU has no name for it.
    public static func displayName(_ language: String, in displayLanguage: String) -> String? {
        guard let name = string({ tolk_display_name(language, displayLanguage, $0, $1) }), !name.isEmpty,
            name != language
        else { return nil }
        return name
    }

    /// Whether ICU has data for the language subtag of a tag.
    public static func isKnownLanguage(_ language: String) -> Bool {
        tolk_language_is_known(language) != 0
    }

    /// The decimal digit value of a scalar in any script (U+0662 ARABIC-INDIC TWO → 2), or nil.
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = tolk_digit_value(scalar.value)
        return value >= 0 ? Int(value) : nil
    }

    /// An integer in the language's own digits and grouping.
    ///
    /// Numbers up to 10,000 are kept per language (`FormattedIntegers`): each ICU call opens a
    /// formatter, and pages format the same counts again and again.
    public static func formatInteger(_ number: Int, language: String) -> String {
        FormattedIntegers.shared.formatted(number, language: language, compute: formatIntegerAnew)
    }

    /// ICU's formatting, asked anew (the memo's tests compare with it).
    static func formatIntegerAnew(_ number: Int, language: String) -> String {
        string { tolk_format_integer(language, Int64(number), $0, $1) } ?? String(number)
    }
}
