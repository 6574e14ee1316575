/// One document in one language after the check stage: its translation, what loading and the
/// checks found, and which units the findings make unpublishable.
///
/// This is the only way into the publishing decision (`LocalizedSite.decide`): `tolk check`,
/// `tolk build`, `tolk serve` and `tolk handout` all make it with `CheckedDocument.check`, so
/// a finding that check reports can never be ignored by a command that publishes.
public struct CheckedDocument: Sendable {
    /// The translation; units with error-level findings have `blocked` set.
    public private(set) var localized: LocalizedDocument
    /// What loading the .xlf file reported (not well-formed, invalid XLIFF, unknown units).
    public private(set) var loading: [Diagnostic]
    /// What loading the .xlf file reported and what the checks found, loading first.
    public var problems: [Diagnostic] { loading + findings }
    /// What the checks found.
    public private(set) var findings: [Diagnostic]
    /// The error-level findings that keep units off the site, by check name (`urls`: 1).
    /// Findings about completeness (`missing`, `stale`, `state`) are not here: the policy
    /// decides those from the units' status (a fallback language may stand in for them).
    public private(set) var blockingErrors: [String: Int]
    /// Unit and problem counts of the file, for `tolk check`'s report.
    let tally: Tally

    /// Checks whose findings say a unit is incomplete rather than wrong.
    /// (`plurals` is `missing` for a plural form.)
    static let completenessChecks: Set<String> = ["missing", "plurals", "stale", "state"]

    /// Runs every check (the registry of `tolk check`) over one loaded document in one language.
    /// `sources` holds what the checks read of each unit's source, by position, shared between
    /// the languages of a document (see `Checker.check`).
    static func check(_ loaded: Staged<LocalizedDocument>, language: LanguageSettings, profile: CheckLanguage,
                      minState: TranslationState, checks: [any UnitCheck] = CheckRegistry.all,
                      sources: inout [CheckSource]) -> CheckedDocument {
        let result = Checker.check(loaded.value, language: language, profile: profile, minState: minState,
                                   checks: checks, sources: &sources)
        var tally = result.tally
        tally.count(loaded.diagnostics)
        return CheckedDocument(loaded.value, loading: loaded.diagnostics, findings: result.problems, tally: tally)
    }

    /// Checks one document in one language on its own (the preview, tests). `variables`: the
    /// project's (`SiteConfig.variableValues`), as `tolk check` has them.
    public static func check(_ loaded: Staged<LocalizedDocument>, language: LanguageSettings, variables: [String: String],
                             minState: TranslationState) -> CheckedDocument {
        var sources: [CheckSource] = []
        return check(loaded, language: language, profile: CheckLanguage(language, variables: variables), minState: minState, sources: &sources)
    }

    init(_ localized: LocalizedDocument, loading: [Diagnostic], findings: [Diagnostic], tally: Tally) {
        let problems = loading + findings
        var localized = localized
        var blocking: [String: Int] = [:]
        var blockedUnits: Set<String> = []
        var wholeFile = false
        let ids = problems.isEmpty ? [] : Set(localized.units.map(\.unit.id))
        for problem in problems where problem.severity == .error && !Self.completenessChecks.contains(problem.check) {
            // A problem without a unit (a file that cannot be read, the wrong trgLang) is about
            // every unit of the file; one about a unit the source no longer has, about none.
            if let unit = problem.unit {
                guard ids.contains(unit) else { continue }
                blockedUnits.insert(unit)
            } else {
                wholeFile = true
            }
            blocking[problem.check, default: 0] += 1
        }
        if !blocking.isEmpty {
            for index in localized.units.indices where wholeFile || blockedUnits.contains(localized.units[index].unit.id) {
                localized.units[index].blocked = true
            }
        }
        self.localized = localized
        self.loading = loading
        self.findings = findings
        self.blockingErrors = blocking
        self.tally = tally
    }

    /// What `tolk check`'s report needs of the document: no translation text.
    var file: CheckedFile { CheckedFile(path: localized.translationPath, tally: tally, problems: problems) }

    /// The number of error-level findings that keep units off the site.
    public var errorCount: Int { blockingErrors.values.reduce(0, +) }
}

/// A checked document's .xlf path, counts and problems: what the report keeps of it.
struct CheckedFile: Sendable {
    let path: String
    let tally: Tally
    let problems: [Diagnostic]
}
