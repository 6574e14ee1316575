/// Interface strings of handouts and the program page, with Norwegian defaults for keys a
/// project's `Site/strings.yml` does not have yet (marked `lang="nb"` on other languages' pages).
extension InterfaceText {
    static let handoutDefaults: [String: String] = [
        "print": "Skriv ut", "print_bilingual": "Skriv ut på to språk",
        "purpose": "Hva øvelsen er for", "starting_position": "Utgangsstilling", "steps": "Slik gjør du",
        "dosage": "Dosering", "cautions": "Stopp hvis", "source_version": "Norsk tekst sist endret",
        "version": "versjon", "scan_to_read": "Skann for å lese på mobilen",
        "exercise_program": "Treningsprogram",
        "program_intro": "Kryss av for øvelsene pasienten skal gjøre, juster doseringen og skriv ut.",
        "print_program": "Skriv ut programmet", "print_program_bilingual": "Skriv ut programmet på to språk",
        "dosage_repetitions": "Repetisjoner", "dosage_sets": "Sett", "dosage_hold_seconds": "Hold (sekunder)",
        "dosage_times_per_day": "Ganger om dagen", "exercises": "Øvelser",
        "region_neck": "Nakke", "region_upper-back": "Øvre del av ryggen", "region_lower-back": "Korsrygg",
        "region_shoulder": "Skulder", "region_hip": "Hofte", "region_knee": "Kne", "region_general": "Hele kroppen",
        "handout_other_language_parts": "Noen deler står på {language}, fordi oversettelsen ikke er klar ennå.",
    ]

    private static let defaultsLanguage = LanguageSettings(tag: "nb", name: "Norsk bokmål", direction: .ltr)

    /// Whether the project's strings have the key.
    func has(_ key: String) -> Bool { strings?.entries[key] != nil }

    /// A string as HTML, or its Norwegian default when the project has no such key.
    func handoutHTML(_ key: String) -> String {
        if has(key) { return html(key) }
        guard let text = Self.handoutDefaults[key] else { return HTML.escape(key) }
        if language.tag == Self.defaultsLanguage.tag { return HTML.escape(text) }
        return "<span\(HTML.languageAttributes(Self.defaultsLanguage))>\(HTML.escape(text))</span>"
    }

    /// A string as HTML with its placeholders replaced by `values`, or its Norwegian default.
    func handoutHTML(_ key: String, values: [String: String]) -> String {
        if has(key) { return html(key, values: values) }
        guard let text = Self.handoutDefaults[key] else { return HTML.escape(key) }
        let filled = HTML.escape(values.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) })
        if language.tag == Self.defaultsLanguage.tag { return filled }
        return "<span\(HTML.languageAttributes(Self.defaultsLanguage))>\(filled)</span>"
    }

    /// A string as plain text, or its Norwegian default.
    func handoutPlain(_ key: String) -> String {
        has(key) ? plain(key) : Self.handoutDefaults[key] ?? key
    }

    /// The plural forms of a key by the language's CLDR categories, as HTML with `{count}` left
    /// in: the program page's script puts in the number.
    func pluralForms(_ key: String) -> [String: String] {
        var forms: [String: String] = [:]
        for category in ICU.pluralCategories(language.tag) {
            guard let entry = strings?.entries["\(key).\(category)"] ?? strings?.entries["\(key).other"] else { continue }
            let html = InlineHTMLRenderer(isolateNumberGroups: language.direction == .rtl, variables: variables).render(entry.text)
            forms[category] = entry.foreignLanguage.map { "<span\(HTML.languageAttributes($0))>\(html)</span>" } ?? html
        }
        return forms
    }

    /// Text with ASCII digits written in the language's digits (dates: "۲۰۲۵-۰۳-۱۴").
    func localizingDigits(_ text: String) -> String {
        let table = digits
        return text.map { character in character.asciiValue.flatMap { (48...57).contains($0) ? table[Int($0) - 48] : nil } ?? String(character) }
            .joined()
    }
}
