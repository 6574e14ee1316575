extension CheckReportFormatter {
    /// JUnit XML as Jenkins's junit.xsd has it: a `<testsuite>` per language, a `<testcase>` per
    /// .xlf file, with one `<failure>` that collects the file's errors (a dashboard counts one
    /// failing test per file) and the warnings as `<system-out>` lines. `failures` counts failing
    /// test cases.
    /// Problems of no target language (the Norwegian sources, site.yml, a translation file of no
    /// configured language) go in a suite of their own, named `source`, so none is lost.
    public static func junit(_ report: CheckReport) -> String {
        var suites: [Suite] = report.languages.map { language in
            suite(language.language, files: language.files.map(\.file), problems: report.problems.filter { $0.language == language.language })
        }
        let known = Set(report.languages.map(\.language))
        let other = report.problems.filter { $0.language.map { !known.contains($0) } ?? true }
        if !other.isEmpty { suites.append(suite("source", files: [], problems: other)) }
        let tests = suites.map(\.tests).reduce(0, +), failures = suites.map(\.failures).reduce(0, +)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"tolk check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" time=\"0\">\n"
            + suites.map(\.xml).joined() + "</testsuites>\n"
    }

    /// One `<testsuite>` and its counts.
    struct Suite {
        var xml: String
        var tests: Int
        var failures: Int
    }

    /// A suite with a test case per file (the given files, then any other file a problem names).
    static func suite(_ name: String, files known: [String], problems: [Diagnostic]) -> Suite {
        var files = known
        for problem in problems {
            let file = problem.location?.file ?? ""
            if !files.contains(file) { files.append(file) }
        }
        var cases: [String] = []
        var failures = 0
        for file in files {
            let inFile = problems.filter { ($0.location?.file ?? "") == file }
            let errors = inFile.filter { $0.severity == .error }
            let warnings = inFile.filter { $0.severity == .warning }
            var body = ""
            if !errors.isEmpty {
                failures += 1
                var checks: [String] = []
                for error in errors where !checks.contains(error.check) { checks.append(error.check) }
                let message = "\(count(errors.count, "error")): \(checks.joined(separator: ", "))"
                body += "      <failure type=\"\(xml(checks.joined(separator: ", ")))\" message=\"\(xml(message))\">"
                    + xml(errors.map(\.description).joined(separator: "\n")) + "</failure>\n"
            }
            if !warnings.isEmpty {
                body += "      <system-out>\(xml(warnings.map(\.description).joined(separator: "\n")))</system-out>\n"
            }
            let attributes = "name=\"\(xml(file.isEmpty ? "(no file)" : file))\" classname=\"\(xml(name))\" time=\"0\""
            cases.append(body.isEmpty ? "    <testcase \(attributes)/>\n" : "    <testcase \(attributes)>\n\(body)    </testcase>\n")
        }
        let xml = "  <testsuite name=\"\(xml(name))\" tests=\"\(files.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            + cases.joined() + "  </testsuite>\n"
        return Suite(xml: xml, tests: files.count, failures: failures)
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 cannot hold become `<U+XXXX>`.
    static func xml(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF || (0x7F...0x9F).contains(value) || InvisibleCharacters.isBidiControl(scalar) {
                    result += "&lt;\(InvisibleCharacters.codePoint(scalar))&gt;"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
