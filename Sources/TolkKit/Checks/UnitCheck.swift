/// Which units a check looks at.
enum CheckScope: Sendable {
    /// Every unit, translated or not (missing, stale, state).
    case everyUnit
    /// Only units with a current target: not missing, not stale (the quality checks).
    case currentTarget
}

/// What a check found: words for the translator, turned into a `Diagnostic` by the registry.
struct Finding: Sendable, Hashable {
    var message: String
    var hint: String?
    /// A different check name than the check's own (`missing` reports plural forms as `plurals`).
    var check: String?
    /// The old and new source, for `stale`.
    var sourceChange: SourceChange?

    init(_ message: String, hint: String? = nil, check: String? = nil, sourceChange: SourceChange? = nil) {
        self.message = message
        self.hint = hint
        self.check = check
        self.sourceChange = sourceChange
    }
}

/// A rule over one unit. Checks are pure functions of the subject, so they run in any order
/// and on any thread; the registry adds location, language and unit id.
protocol UnitCheck: Sendable {
    /// The stable name used in `Diagnostic.check`.
    var name: String { get }
    var severity: Severity { get }
    var scope: CheckScope { get }
    func findings(in subject: CheckSubject) -> [Finding]
}

/// Every check `tolk check` runs, in the order their problems are listed for one unit.
enum CheckRegistry {
    static let all: [any UnitCheck] = [
        MissingCheck(), StaleCheck(), StateCheck(),
        InlineCodesCheck(), RawHTMLCheck(), NumbersCheck(), URLsCheck(), BidiCheck(),
        IdenticalCheck(), ScriptCheck(), LengthCheck(), PunctuationCheck(), BracketsCheck(), SpacesCheck(), KeptTranslationCheck(), SubtitleCheck(),
        TypedVariableCheck(),
    ]

    /// The diagnostics of `checks` for one unit.
    static func diagnostics(for subject: CheckSubject, checks: [any UnitCheck] = all) -> [Diagnostic] {
        let isCurrent = subject.localized.status == .current
        var result: [Diagnostic] = []
        for check in checks where check.scope == .everyUnit || isCurrent {
            for finding in check.findings(in: subject) {
                result.append(Diagnostic(
                    check.severity, check: finding.check ?? check.name, at: subject.location, finding.message,
                    hint: finding.hint, language: subject.language.tag, unit: subject.unit.id, sourceChange: finding.sourceChange))
            }
        }
        return result
    }
}
