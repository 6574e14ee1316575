extension CheckReportFormatter {
    /// The report as JSON with keys in a fixed order; absent units, lines, columns and hints are `null`.
    /// `previous_source` and `source` are the full old and new source of a `stale` problem, `null` for others.
    public static func json(_ report: CheckReport) -> String {
        jsonValue(report).rendered() + "\n"
    }

    static func jsonValue(_ report: CheckReport) -> ReportJSON {
        var members = members(report)
        // Only a run that measured the sources has `readability` (`tolk check` always does).
        if report.maxLIX != nil || !report.readability.isEmpty {
            members.append(("readability", .array(report.readability.map { score in
                .object([
                    ("file", .string(score.file)), ("lix", .number(String(format: "%.1f", score.lix))),
                    ("words", .int(score.words)), ("sentences", .int(score.sentences)), ("long_words", .int(score.longWords)),
                ])
            })))
        }
        return .object(members)
    }

    private static func members(_ report: CheckReport) -> [(String, ReportJSON)] {
        [
            ("languages", .array(report.languages.map { language in
                .object([("language", .string(language.language))] + counters(
                    units: language.units, translated: language.translated, reviewed: language.reviewed, final: language.final,
                    stale: language.stale, missing: language.missing, errors: language.errors, warnings: language.warnings,
                    complete: language.complete)
                    + [("files", .array(language.files.map { file in
                        .object([("file", .string(file.file))] + counters(
                            units: file.units, translated: file.translated, reviewed: file.reviewed, final: file.final,
                            stale: file.stale, missing: file.missing, errors: file.errors, warnings: file.warnings,
                            complete: file.complete))
                    }))])
            })),
            ("problems", .array(report.problems.map { problem in
                .object([
                    ("severity", .string(problem.severity.rawValue)),
                    ("check", .string(problem.check)),
                    ("language", .optional(problem.language)),
                    ("file", .optional(problem.location?.file)),
                    ("line", .optional(problem.location?.line)),
                    ("column", .optional(problem.location?.column)),
                    ("unit", .optional(problem.unit)),
                    ("message", .string(problem.message)),
                    ("hint", .optional(problem.hint)),
                    ("previous_source", .optional(problem.sourceChange?.previous)),
                    ("source", .optional(problem.sourceChange?.current)),
                ])
            })),
        ]
    }

    private static func counters(units: Int, translated: Int, reviewed: Int, final: Int, stale: Int, missing: Int,
                                 errors: Int, warnings: Int, complete: Double) -> [(String, ReportJSON)] {
        [
            ("units", .int(units)), ("translated", .int(translated)), ("reviewed", .int(reviewed)), ("final", .int(final)),
            ("stale", .int(stale)), ("missing", .int(missing)), ("errors", .int(errors)), ("warnings", .int(warnings)),
            ("complete", .number(percent(complete))),
        ]
    }
}
