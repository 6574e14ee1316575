/// Interface strings (`Site/strings.yml` and its translations) and numbers in one language.
struct InterfaceText {
    let language: LanguageSettings
    let strings: PageText?
    /// The language's ten digits ("0123456789", "۰۱۲۳۴۵۶۷۸۹"), formatted once: every handout
    /// needs them and ICU formatting is far from free.
    let digits: [String]
    /// site.yml's variables, for strings such as "Call {clinic_phone}".
    let variables: [String: String]
    /// The translator view (`RenderOptions.annotateUnits`): each string shown as HTML is in a
    /// `<span data-tolk-string>` that the workbench opens. Off for the published site.
    let annotate: Bool

    init(language: LanguageSettings, site: LocalizedSite, annotate: Bool = false) {
        self.language = language
        self.annotate = annotate
        // The translator view shows a translation below the minimum state, as it does for page text,
        // so a string just saved is seen in place.
        self.strings = site.project.strings.map { PageText.resolve($0, language: language, site: site, showUnreviewed: annotate) }
        self.digits = (0...9).map { ICU.formatInteger($0, language: language.numberLocale) }
        self.variables = site.project.config.variableValues
    }

    /// A string as HTML: escaped, and in a `<span lang>` when shown in another language.
    func html(_ key: String) -> String {
        guard let entry = strings?.entries[key] else { return HTML.escape(key) }
        return mark(key, wrap(entry, renderer().render(entry.text)))
    }

    /// A string as HTML with its placeholders (`{language}`) replaced by `values`, escaped.
    func html(_ key: String, values: [String: String]) -> String {
        guard let entry = strings?.entries[key] else { return HTML.escape(key) }
        return mark(key, wrap(entry, renderer { values[$0] }.render(entry.text)))
    }

    /// A string as plain text (for `<title>` and attributes).
    func plain(_ key: String) -> String {
        strings?.entries[key]?.text.plainText(variables: variables) ?? key
    }

    /// A string as plain text with its placeholders replaced by `values`.
    func plain(_ key: String, values: [String: String]) -> String {
        guard let text = strings?.entries[key]?.text else { return key }
        return values.reduce(text.plainText(variables: variables)) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }

    /// A plural string for a count: the language's CLDR category picks the form, and `{count}`
    /// becomes the number in the language's digits ("5 powtórzeń", "٥ تكرارات"); other
    /// placeholders (`{language}`) are replaced by `values`, escaped.
    func plural(_ key: String, count: Int, values: [String: String] = [:]) -> String {
        let category = ICU.pluralCategory(language.tag, for: Double(count))
        let entry = strings?.entries["\(key).\(category)"] ?? strings?.entries["\(key).other"]
        guard let entry else { return number(count) }
        return mark(key, plural: category, wrap(entry, renderer { $0 == "{count}" ? number(count) : values[$0] }.render(entry.text)))
    }

    /// An integer in the language's digits.
    func number(_ value: Int) -> String {
        ICU.formatInteger(value, language: language.numberLocale)
    }

    /// Variables in right-to-left strings are isolated as on pages.
    private func renderer(_ value: @escaping (String) -> String? = { _ in nil }) -> InlineHTMLRenderer {
        InlineHTMLRenderer(placeholderValue: value, isolateNumberGroups: language.direction == .rtl, variables: variables)
    }

    /// In the translator view, the string in a span naming its key (and for a plural string the
    /// category shown), so the workbench can open it; as it is otherwise.
    private func mark(_ key: String, plural category: String? = nil, _ html: String) -> String {
        guard annotate else { return html }
        let form = category.map { " data-tolk-plural=\"\(HTML.escape($0))\"" } ?? ""
        return "<span data-tolk-string=\"\(HTML.escape(key))\"\(form)>\(html)</span>"
    }

    private func wrap(_ entry: PageText.Entry, _ html: String) -> String {
        guard let foreign = entry.foreignLanguage else { return html }
        return "<span\(HTML.languageAttributes(foreign))>\(html)</span>"
    }
}
