/// One unit in one language, as a check sees it. The texts the checks read (and their numbers
/// and addresses) are worked out once here rather than once per check: every check reading
/// `checkedText` and `TextTokens` for itself was most of the time `tolk check` took.
struct CheckSubject: Sendable {
    var localized: LocalizedUnit
    var language: LanguageSettings
    /// The lowest state the site publishes.
    var minState: TranslationState
    /// Project-relative path of the .xlf file.
    var translationPath: String
    /// Whether the .xlf file exists.
    var fileExists: Bool
    /// What the checks need to know about the language, worked out once per language.
    let profile: CheckLanguage
    /// What the checks read of the source: the same in every language.
    let sourceFacts: CheckSource
    /// `target.checkedText`.
    let targetText: String
    /// The numbers and addresses of `targetText`; empty unless the unit has a current target.
    let targetTokens: TextTokens
    /// What the quality checks ask of `targetText`, found in one pass; nil unless the unit has
    /// a current target (the only targets those checks read).
    let targetScan: TargetScan?

    /// `profile` is the language's, with the project's variables (the checker makes one per
    /// language). `source` may be passed in when already known (the checker shares it between
    /// the languages of a unit); it must be the one this unit would get.
    init(localized: LocalizedUnit, language: LanguageSettings, minState: TranslationState, translationPath: String,
         fileExists: Bool, profile: CheckLanguage, source: CheckSource? = nil) {
        self.localized = localized
        self.language = language
        self.minState = minState
        self.translationPath = translationPath
        self.fileExists = fileExists
        self.profile = profile
        self.sourceFacts = source ?? CheckSource(localized.unit)
        let targetText = localized.target?.checkedText ?? ""
        self.targetText = targetText
        // Only the quality checks read tokens and the scan, and they run on current targets only.
        if localized.status == .current {
            let scan = TargetScan(targetText)
            self.targetScan = scan
            self.targetTokens = TextTokens(targetText, scan: scan)
        } else {
            self.targetScan = nil
            self.targetTokens = TextTokens()
        }
    }

    var unit: Unit { localized.unit }
    var source: InlineText { localized.unit.source }
    /// The target with codes resolved against the source; empty when there is none.
    var target: InlineText { localized.target ?? InlineText() }
    /// `source.checkedText`.
    var sourceText: String { sourceFacts.text }
    /// The numbers and addresses of `sourceText`.
    var sourceTokens: TextTokens { sourceFacts.tokens }

    /// Where to report problems with this unit: the `<target>`, else the `<unit>`, else the file.
    var location: SourceLocation {
        localized.translation?.targetLocation ?? localized.translation?.location
            ?? SourceLocation(file: translationPath, line: 1, column: 1)
    }
}

/// What the checks read of a unit's source, which is the same in every language. A class: every
/// check subject holds one, and copying its ten arrays and strings into each was a share of
/// the checks' time of its own.
final class CheckSource: Sendable {
    /// The source it was made from, to tell whether it fits another language's unit.
    let source: InlineText
    /// `source.checkedText`.
    let text: String
    /// The numbers and addresses of `text`.
    let tokens: TextTokens
    /// Characters of `text` without surrounding whitespace (`length`).
    let length: Int
    /// Whether `text` has doubled spaces, and starts or ends with whitespace (`spaces`).
    let hasDoubledSpaces: Bool
    let startsWithWhitespace: Bool
    let endsWithWhitespace: Bool
    /// How `text` ends, read with the common marks only (`punctuation`).
    let endings: Set<PunctuationCheck.Ending>?
    /// `BracketsCheck.counts(in: text)` (`brackets`).
    let brackets: BracketsCheck.Counts

    init(_ unit: Unit) {
        source = unit.source
        text = unit.source.checkedText
        tokens = TextTokens(text)
        length = Wording.characterCount(Wording.trimmed(text))
        hasDoubledSpaces = !SpacesCheck.doubledSpaces(in: text).isEmpty
        startsWithWhitespace = text.first?.isWhitespace == true
        endsWithWhitespace = text.last?.isWhitespace == true
        endings = PunctuationCheck.endings(of: text, primaryLanguage: "und")
        brackets = BracketsCheck.counts(in: text)
    }

    /// Whether these are the facts of `unit`'s source. Languages share their units (except
    /// plural forms), and arrays sharing storage compare in constant time.
    func fits(_ unit: Unit) -> Bool {
        source == unit.source
    }
}

/// What the checks need to know about a language, worked out once per language (ICU's likely
/// script of a tag is a lookup with strings, too slow to repeat for every unit). A class, for
/// the same reason as `CheckSource`; the checker's threads share one per language.
final class CheckLanguage: Sendable {
    /// The script the language is written in (ISO 15924), nil when unknown.
    let expectedScript: String?
    /// The ICU script names that count as `expectedScript` (`ScriptCheck.scripts(for:)`).
    let acceptedScripts: Set<String>
    /// The ICU script codes whose names are in `acceptedScripts`.
    let acceptedScriptCodes: Set<Int32>
    /// The language subtag of the tag ("pt" for "pt-BR").
    let primaryLanguage: String
    /// `LengthCheck.minimumRatio(for:)`.
    let minimumLengthRatio: Double
    /// The plural categories whose form may leave `{count}` out (`InlineCodesCheck.countOptional(in:)`).
    let countOptionalCategories: Set<String>
    /// site.yml's variables and their values (`clinic_phone` → "22 11 80 80"), for `variables`.
    let variables: [String: String]

    /// `variables` are the project's (`SiteConfig.variableValues`). They are not optional: a
    /// stage that left them out would not run the `variables` check that `tolk check` runs.
    init(_ language: LanguageSettings, variables: [String: String]) {
        self.variables = variables
        let expected = ScriptCheck.expectedScript(for: language)
        expectedScript = expected
        let accepted = expected.map(ScriptCheck.scripts(for:)) ?? []
        acceptedScripts = accepted
        // ICU has about 200 script codes; a code past 256 is never taken as accepted, which
        // only sends such letters the slow way (by name).
        acceptedScriptCodes = accepted.isEmpty ? [] : Set((0 ..< 256).filter { accepted.contains(ICU.scriptName(code: $0)) })
        primaryLanguage = language.tag.split(separator: "-").first.map(String.init) ?? language.tag
        minimumLengthRatio = LengthCheck.minimumRatio(for: language)
        countOptionalCategories = InlineCodesCheck.countOptional(in: language.tag)
    }
}
