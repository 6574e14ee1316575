/// The report of `tolk check`: counts per language and file, and the problems found.
public struct CheckReport: Sendable, Codable {
    public var languages: [LanguageSummary]
    /// Sorted: language order of the site, then file, line, column.
    public var problems: [Diagnostic]
    /// The readability of each source document (`PlainLanguage.report`); empty when not measured.
    public var readability: [ReadabilityScore]
    /// The highest LIX the site allows, for the report's heading.
    public var maxLIX: Double?

    public init(languages: [LanguageSummary], problems: [Diagnostic], readability: [ReadabilityScore] = [], maxLIX: Double? = nil) {
        self.languages = languages
        self.problems = problems
        self.readability = readability
        self.maxLIX = maxLIX
    }

    /// Adds the readability of the sources: the scores, and their `plain-language` warnings
    /// first (problems in the sources come before those of the translations).
    public mutating func add(readability: Staged<[ReadabilityScore]>, maxLIX: Double) {
        self.readability = readability.value
        self.maxLIX = maxLIX
        problems = readability.diagnostics + problems
    }

    /// True when any problem is an error.
    public var hasErrors: Bool { problems.hasErrors }
}

/// Where one language stands.
public struct LanguageSummary: Sendable, Codable, Hashable {
    public var language: String
    /// Units of the language.
    public var units: Int
    /// Units with a target at state translated or higher.
    public var translated: Int
    /// Units with a target at state reviewed or higher.
    public var reviewed: Int
    /// Units with a target at state final.
    public var final: Int
    /// Units whose source changed since translation.
    public var stale: Int
    /// Units without a target.
    public var missing: Int
    /// Problems of the language in `CheckReport.problems`.
    public var errors: Int
    public var warnings: Int
    /// Percent of units ready to publish (translated, current, and without an error: at the
    /// site's minimum state, no `numbers`, `urls`… finding), to one decimal. 100.0 only when no
    /// error is left (a language or file with errors is at most 99.9), and when there are no units.
    public var complete: Double
    /// The same counts per .xlf file.
    public var files: [FileSummary]

    public init(language: String, units: Int = 0, translated: Int = 0, reviewed: Int = 0, final: Int = 0, stale: Int = 0,
                missing: Int = 0, errors: Int = 0, warnings: Int = 0, complete: Double = 100, files: [FileSummary] = []) {
        self.language = language
        self.units = units
        self.translated = translated
        self.reviewed = reviewed
        self.final = final
        self.stale = stale
        self.missing = missing
        self.errors = errors
        self.warnings = warnings
        self.complete = complete
        self.files = files
    }
}

/// Where one .xlf file stands.
public struct FileSummary: Sendable, Codable, Hashable {
    /// Project-relative path of the .xlf file.
    public var file: String
    public var units: Int
    public var translated: Int
    public var reviewed: Int
    public var final: Int
    public var stale: Int
    public var missing: Int
    public var errors: Int
    public var warnings: Int
    public var complete: Double

    public init(file: String, units: Int = 0, translated: Int = 0, reviewed: Int = 0, final: Int = 0, stale: Int = 0,
                missing: Int = 0, errors: Int = 0, warnings: Int = 0, complete: Double = 100) {
        self.file = file
        self.units = units
        self.translated = translated
        self.reviewed = reviewed
        self.final = final
        self.stale = stale
        self.missing = missing
        self.errors = errors
        self.warnings = warnings
        self.complete = complete
    }
}

/// Counting units and problems, shared by language and file summaries.
struct Tally: Hashable {
    var units = 0, translated = 0, reviewed = 0, final = 0, stale = 0, missing = 0, errors = 0, warnings = 0
    /// Units translated, current, not stale and without an error-level finding.
    var done = 0

    /// Counts one unit; `hasError` when a check found an error in it (which keeps it from being done).
    mutating func count(_ unit: LocalizedUnit, hasError: Bool = false) {
        units += 1
        let hasTarget = !(unit.target?.isEmpty ?? true)
        if hasTarget, unit.state >= .translated { translated += 1 }
        if hasTarget, unit.state >= .reviewed { reviewed += 1 }
        if hasTarget, unit.state == .final { final += 1 }
        switch unit.status {
        case .stale: stale += 1
        case .missing: missing += 1
        case .current: if unit.state >= .translated, !hasError { done += 1 }
        }
    }

    mutating func count(_ problems: [Diagnostic]) {
        for problem in problems {
            if problem.severity == .error { errors += 1 } else { warnings += 1 }
        }
    }

    static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(units: lhs.units + rhs.units, translated: lhs.translated + rhs.translated, reviewed: lhs.reviewed + rhs.reviewed,
              final: lhs.final + rhs.final, stale: lhs.stale + rhs.stale, missing: lhs.missing + rhs.missing,
              errors: lhs.errors + rhs.errors, warnings: lhs.warnings + rhs.warnings, done: lhs.done + rhs.done)
    }

    /// Percent done, rounded to one decimal; 100 with no units. Never 100 with an error left
    /// (an unknown unit, say, is an error that belongs to no unit of the source).
    var complete: Double {
        let percent = units > 0 ? (Double(done) * 1000 / Double(units)).rounded() / 10 : 100
        return errors > 0 ? min(percent, 99.9) : percent
    }

    func language(_ language: String, files: [FileSummary]) -> LanguageSummary {
        LanguageSummary(language: language, units: units, translated: translated, reviewed: reviewed, final: final, stale: stale,
                        missing: missing, errors: errors, warnings: warnings, complete: complete, files: files)
    }

    func file(_ file: String) -> FileSummary {
        FileSummary(file: file, units: units, translated: translated, reviewed: reviewed, final: final, stale: stale,
                    missing: missing, errors: errors, warnings: warnings, complete: complete)
    }
}
