extension CheckReportFormatter {
    /// A table of counts per language and file, the problems as `file:line:column: error: [check] ...`
    /// lines (`forReading`), and a closing line such as `3 errors, 2 warnings in 2 languages`, which
    /// counts every problem as the table does. ANSI colors only when `color`.
    /// Without `problems`, the table and the closing line only (a first look, as in the quick start).
    public static func text(_ report: CheckReport, color: Bool, problems: Bool = true) -> String {
        let style = Style(enabled: color)
        var lines = table(report, style: style)
        lines += plainLanguage(report, style: style)
        if problems && !report.problems.isEmpty {
            lines.append("")
            lines += forReading(report.problems).map { line(for: $0, style: style) }
        }
        lines.append("")
        lines.append(closingLine(report, style: style))
        return lines.joined(separator: "\n") + "\n"
    }

    private static let headers = ["units", "translated", "reviewed", "final", "stale", "missing", "errors", "warnings", "complete"]

    private static func table(_ report: CheckReport, style: Style) -> [String] {
        var rows: [(label: String, cells: [String], isLanguage: Bool)] = []
        for language in report.languages {
            rows.append((language.language, [language.units, language.translated, language.reviewed, language.final,
                                             language.stale, language.missing, language.errors, language.warnings].map(String.init)
                            + [percent(language.complete) + "%"], true))
            let prefix = "Locales/\(language.language)/"
            for file in language.files {
                let name = file.file.hasPrefix(prefix) ? String(file.file.dropFirst(prefix.count)) : file.file
                rows.append(("  " + name, [file.units, file.translated, file.reviewed, file.final, file.stale, file.missing,
                                           file.errors, file.warnings].map(String.init) + [percent(file.complete) + "%"], false))
            }
        }
        guard !rows.isEmpty else { return ["no target languages to check"] }
        let labelWidth = max("language".count, rows.map(\.label.count).max() ?? 0)
        let widths = headers.indices.map { column in max(headers[column].count, rows.map { $0.cells[column].count }.max() ?? 0) }
        func pad(_ text: String, _ width: Int, left: Bool) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + padding : padding + text
        }
        let header = pad("language", labelWidth, left: true) + "  "
            + headers.indices.map { pad(headers[$0], widths[$0], left: false) }.joined(separator: "  ")
        var lines = [style.bold(header)]
        for row in rows {
            let text = pad(row.label, labelWidth, left: true) + "  "
                + row.cells.indices.map { pad(row.cells[$0], widths[$0], left: false) }.joined(separator: "  ")
            lines.append(row.isLanguage ? style.bold(text) : style.dim(text))
        }
        return lines
    }

    /// The problems as people read them (JSON and JUnit keep every one as it is): a file's `state`
    /// shortfalls with the same message are one line with a count, at the first of them, and a
    /// hint already given in a file for the same check is not repeated (`missing` says
    /// "translate the unit" once per file, not once per unit).
    static func forReading(_ problems: [Diagnostic]) -> [Diagnostic] {
        func key(_ problem: Diagnostic) -> String {
            "\(problem.location?.file ?? "")\u{1}\(problem.message)\u{1}\(problem.hint ?? "")"
        }
        var shortfalls: [String: Int] = [:]
        for problem in problems where problem.check == "state" { shortfalls[key(problem), default: 0] += 1 }
        var result: [Diagnostic] = []
        var summarized: Set<String> = []
        var hintsGiven: Set<String> = []
        for var problem in problems {
            if problem.check == "state", let count = shortfalls[key(problem)], count > 1 {
                guard summarized.insert(key(problem)).inserted else { continue }
                (problem.message, problem.hint) = StateCheck.summary(message: problem.message, hint: problem.hint, count: count)
                problem.unit = nil
            }
            if let hint = problem.hint, !hintsGiven.insert("\(problem.location?.file ?? "")\u{1}\(problem.check)\u{1}\(hint)").inserted {
                problem.hint = nil
            }
            result.append(problem)
        }
        return result
    }

    /// `Diagnostic.description`, with the severity colored.
    static func line(for problem: Diagnostic, style: Style) -> String {
        guard style.enabled else { return problem.description }
        var text = ""
        if let location = problem.location { text += style.bold("\(location):") + " " }
        text += problem.severity == .error ? style.red("error:") : style.yellow("warning:")
        text += " [\(problem.check)] "
        if let unit = problem.unit { text += "unit \(unit): " }
        text += problem.message
        if let hint = problem.hint { text += "\n" + style.dim("  hint: \(hint)") }
        return text
    }

    /// "Plain language": the LIX of each source document, marked where above the maximum.
    private static func plainLanguage(_ report: CheckReport, style: Style) -> [String] {
        guard !report.readability.isEmpty else { return [] }
        let maximum = report.maxLIX.map { " (LIX; at most \(PlainLanguage.number($0)) is plain)" } ?? " (LIX)"
        let rows = report.readability.map { score in
            (score.file, [String(format: "%.1f", score.lix), String(score.words), String(score.sentences), String(score.longWords)],
             report.maxLIX.map { score.lix > $0 } ?? false)
        }
        let headers = ["LIX", "words", "sentences", "long words"]
        let labelWidth = max("source".count, rows.map(\.0.count).max() ?? 0)
        let widths = headers.indices.map { column in max(headers[column].count, rows.map { $0.1[column].count }.max() ?? 0) }
        func line(_ label: String, _ cells: [String]) -> String {
            "  " + label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                + cells.indices.map { String(repeating: " ", count: widths[$0] - cells[$0].count) + cells[$0] }.joined(separator: "  ")
        }
        var lines = ["", style.bold("Plain language" + maximum), style.dim(line("source", headers))]
        for (file, cells, isAbove) in rows {
            let text = line(file, cells) + (isAbove ? "  above" : "")
            lines.append(isAbove ? style.yellow(text) : text)
        }
        return lines
    }

    private static func closingLine(_ report: CheckReport, style: Style) -> String {
        let errors = report.problems.filter { $0.severity == .error }.count
        let warnings = report.problems.count - errors
        let languages = count(report.languages.count, "language")
        if errors == 0, warnings == 0 { return style.green("no problems in \(languages)") }
        let text = "\(count(errors, "error")), \(count(warnings, "warning")) in \(languages)"
        return errors > 0 ? style.red(text) : style.yellow(text)
    }

    /// ANSI styles that turn into plain text when color is off.
    struct Style {
        var enabled: Bool

        private func wrap(_ code: String, _ text: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }

        func bold(_ text: String) -> String { wrap("1", text) }
        func dim(_ text: String) -> String { wrap("2", text) }
        func red(_ text: String) -> String { wrap("1;31", text) }
        func yellow(_ text: String) -> String { wrap("1;33", text) }
        func green(_ text: String) -> String { wrap("32", text) }
    }
}
