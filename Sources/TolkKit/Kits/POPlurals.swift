/// gettext's `Plural-Forms` for the languages whose rules are well known, with the CLDR category
/// each `msgstr[n]` stands for, so that a plural interface string is one PO plural entry as
/// Poedit and Weblate expect. A language not in the table gets one entry per CLDR category (each
/// with its example numbers), which every tool handles too.
enum POPlurals {
    struct Forms {
        /// The header value (`nplurals=2; plural=(n != 1);`).
        var header: String
        /// The CLDR category of each `msgstr[n]`, in order.
        var categories: [String]
    }

    private static let oneOther = Forms(header: "nplurals=2; plural=(n != 1);", categories: ["one", "other"])
    private static let zeroOneOther = Forms(header: "nplurals=2; plural=(n > 1);", categories: ["one", "other"])
    private static let slavic = Forms(
        header: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        categories: ["one", "few", "many"])

    private static let table: [String: Forms] = [
        "en": oneOther, "nb": oneOther, "nn": oneOther, "no": oneOther, "da": oneOther, "sv": oneOther, "de": oneOther,
        "nl": oneOther, "es": oneOther, "it": oneOther, "so": oneOther, "ur": oneOther, "sw": oneOther, "et": oneOther,
        "fi": oneOther, "el": oneOther, "hu": oneOther, "tr": oneOther, "ku": oneOther, "ps": oneOther,
        "fr": zeroOneOther, "fa": zeroOneOther, "ti": zeroOneOther, "am": zeroOneOther, "hi": zeroOneOther, "pt": zeroOneOther,
        "uk": slavic, "ru": slavic, "be": slavic, "sr": slavic, "hr": slavic, "bs": slavic,
        "pl": Forms(header: "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
                    categories: ["one", "few", "many"]),
        "ar": Forms(header: "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
                    categories: ["zero", "one", "two", "few", "many", "other"]),
        "lt": Forms(header: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);",
                    categories: ["one", "few", "other"]),
    ]

    /// The forms of a language, by its primary subtag; nil when gettext's rule is not known here
    /// or the language's CLDR categories are not those the rule names.
    static func forms(_ language: String) -> Forms? {
        let primary = String(language.split(separator: "-").first ?? Substring(language)).lowercased()
        guard let forms = table[primary], Set(forms.categories).isSubset(of: ICU.pluralCategories(language)) else { return nil }
        return forms
    }

    /// The key of a plural unit (`repetitions` of `repetitions.few`).
    static func key(of unit: Unit) -> String? {
        guard unit.kind == .plural, let category = unit.pluralCategory, unit.id.hasSuffix(".\(category)") else { return nil }
        return String(unit.id.dropLast(category.count + 1))
    }
}
