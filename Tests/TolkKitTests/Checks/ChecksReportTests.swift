import Foundation
import Testing
@testable import TolkKit

/// `Checker.run` over a small catalog, and the three report formats.
@Suite struct ChecksReportTests {
    typealias F = CheckFixture

    static let neckPain = "Locales/pl/topics/neck-pain.xlf"
    static let backPain = "Locales/pl/topics/low-back-pain.xlf"

    static func document(_ slug: String) -> SourceDocument {
        SourceDocument(path: "Content/topics/\(slug).md", content: .topic(Topic(slug: slug, titleUnit: "title", summaryUnit: nil, blocks: [])), units: [])
    }

    /// pl: one file with a final, a reviewed (wrong number), a missing, a stale and a merely translated
    /// (and untranslated) unit, and an empty file; ur: nothing to translate yet.
    static func catalog() -> (Project, TranslationCatalog) {
        let file = neckPain
        let units = [
            F.unit(F.text("Neck pain"), target: F.text("Ból szyi"), id: "title", state: .final, file: file, line: 10),
            F.unit(F.text("Take 2 tablets."), target: F.text("Weź 3 tabletki."), id: "p-00000001", state: .reviewed, file: file, line: 20),
            F.unit(F.text("Rest."), target: nil, id: "p-00000002", file: file, line: 30),
            F.unit(F.text("Walk every day."), target: F.text("Chodź."), id: "p-00000003", status: .stale, previousSource: "Walk.", file: file, line: 40),
            F.unit(F.text("Hold the position."), target: F.text("Hold the position."), id: "p-00000004", state: .translated, file: file, line: 50),
        ]
        let config = SiteConfig(sourceLanguage: "nb", languages: [
            LanguageSettings(tag: "nb", name: "norsk bokmål", direction: .ltr, script: "Latn"),
            F.urdu,
            F.polish,
        ], baseURL: "https://example.org/")
        let documents = [document("neck-pain"), document("low-back-pain")]
        let project = Project(root: URL(fileURLWithPath: "/nonexistent"), config: config, documents: documents)
        let catalog = TranslationCatalog(languages: [
            "pl": [
                LocalizedDocument(document: documents[0], language: "pl", translationPath: neckPain, fileExists: true, units: units, unknownUnits: []),
                LocalizedDocument(document: documents[1], language: "pl", translationPath: backPain, fileExists: true, units: [], unknownUnits: []),
            ],
            "ur": [],
        ])
        return (project, catalog)
    }

    static func report() -> CheckReport {
        let (project, catalog) = catalog()
        return Checker.run(project, catalog: catalog, minState: .reviewed)
    }

    @Test func countsPerLanguageAndFile() {
        let report = Self.report()
        #expect(report.languages.map(\.language) == ["ur", "pl"])
        #expect(report.languages[0] == LanguageSummary(language: "ur", complete: 100.0))
        let pl = report.languages[1]
        #expect(pl == LanguageSummary(
            language: "pl", units: 5, translated: 3, reviewed: 2, final: 1, stale: 1, missing: 1, errors: 4, warnings: 1, complete: 20.0,
            files: [
                // Complete: the final title only; the reviewed unit has a `numbers` error, the translated one a `state` error.
                FileSummary(file: Self.neckPain, units: 5, translated: 3, reviewed: 2, final: 1, stale: 1, missing: 1, errors: 4, warnings: 1, complete: 20.0),
                FileSummary(file: Self.backPain, complete: 100.0),
            ]))
        #expect(report.hasErrors)
        #expect(report.problems.map(\.check) == ["numbers", "missing", "stale", "identical", "state"])
    }

    @Test func everyCheckHasAStableName() {
        #expect(CheckRegistry.all.map(\.name) == [
            "missing", "stale", "state", "inline-codes", "raw-html", "numbers", "urls", "bidi",
            "identical", "script", "length", "punctuation", "brackets", "spaces", "kept-translation", "subtitles", "variables",
        ])
        #expect(CheckRegistry.all.filter { $0.severity == .warning }.map(\.name) == ["identical", "script", "length", "punctuation", "brackets", "spaces", "kept-translation", "subtitles"])
    }

    @Test func completeIsAPercentWithOneDecimal() {
        #expect(Tally(units: 8, done: 7).complete == 87.5)
        #expect(Tally(units: 3, done: 1).complete == 33.3)
        #expect(Tally().complete == 100.0)
        // An error left (one that belongs to no unit, such as an unknown unit) keeps a file from 100%.
        #expect(Tally(units: 2, errors: 1, done: 2).complete == 99.9)
        #expect(Tally(units: 2, errors: 1, done: 1).complete == 50.0)
        #expect(Tally(units: 2, warnings: 1, done: 2).complete == 100.0)
        #expect(CheckReportFormatter.percent(100) == "100.0")
    }

    @Test func runIsDeterministic() {
        let first = CheckReportFormatter.json(Self.report())
        for _ in 0 ..< 5 { #expect(CheckReportFormatter.json(Self.report()) == first) }
    }

    @Test func json() {
        let json = CheckReportFormatter.json(CheckReport(
            languages: [Self.report().languages[0], LanguageSummary(
                language: "pl", units: 8, translated: 7, reviewed: 6, final: 1, stale: 1, missing: 0, errors: 1, warnings: 0,
                complete: 87.5, files: [FileSummary(file: Self.neckPain, units: 8, translated: 7, reviewed: 6, final: 1, stale: 1,
                                                    missing: 0, errors: 1, warnings: 0, complete: 87.5)])],
            problems: [
                .error("numbers", at: SourceLocation(file: Self.neckPain, line: 12, column: 5), "the source has the number 2, the target has \"٣\"",
                       hint: "write 2", language: "pl", unit: "p-1a2b3c4d"),
                .warning("orphan", at: nil, "no file\u{202E}", language: "pl"),
            ]))
        #expect(json == #"""
        {
          "languages": [
            {
              "language": "ur",
              "units": 0,
              "translated": 0,
              "reviewed": 0,
              "final": 0,
              "stale": 0,
              "missing": 0,
              "errors": 0,
              "warnings": 0,
              "complete": 100.0,
              "files": []
            },
            {
              "language": "pl",
              "units": 8,
              "translated": 7,
              "reviewed": 6,
              "final": 1,
              "stale": 1,
              "missing": 0,
              "errors": 1,
              "warnings": 0,
              "complete": 87.5,
              "files": [
                {
                  "file": "Locales/pl/topics/neck-pain.xlf",
                  "units": 8,
                  "translated": 7,
                  "reviewed": 6,
                  "final": 1,
                  "stale": 1,
                  "missing": 0,
                  "errors": 1,
                  "warnings": 0,
                  "complete": 87.5
                }
              ]
            }
          ],
          "problems": [
            {
              "severity": "error",
              "check": "numbers",
              "language": "pl",
              "file": "Locales/pl/topics/neck-pain.xlf",
              "line": 12,
              "column": 5,
              "unit": "p-1a2b3c4d",
              "message": "the source has the number 2, the target has \"٣\"",
              "hint": "write 2",
              "previous_source": null,
              "source": null
            },
            {
              "severity": "warning",
              "check": "orphan",
              "language": "pl",
              "file": null,
              "line": null,
              "column": null,
              "unit": null,
              "message": "no file\u202e",
              "hint": null,
              "previous_source": null,
              "source": null
            }
          ]
        }

        """#)
        // And it is JSON that a parser reads back.
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((parsed?["problems"] as? [Any])?.count == 2)
    }

    @Test func jsonOfACheckRun() throws {
        let json = CheckReportFormatter.json(Self.report())
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let problems = try #require(parsed["problems"] as? [[String: Any]])
        #expect(problems.first?["check"] as? String == "numbers")
        #expect(problems.first?["line"] as? Int == 22)
        #expect(problems.first?["unit"] as? String == "p-00000001")
        #expect(json.contains(#""keys""#) == false)
    }

    @Test func junitIsWellFormedWithTotals() throws {
        let xml = CheckReportFormatter.junit(Self.report())
        let parsed = XMLDocument.parse(Data(xml.utf8), path: "report.xml")
        #expect(parsed.diagnostics.isEmpty)
        let root = try #require(parsed.value?.root)
        #expect(root.name == "testsuites")
        #expect(root.attribute("tests") == "2")
        #expect(root.attribute("failures") == "1")
        let suites = root.elements("testsuite", namespace: nil)
        #expect(suites.map { $0.attribute("name") } == ["ur", "pl"])
        #expect(suites[0].attribute("tests") == "0")
        let pl = suites[1]
        #expect(pl.attribute("tests") == "2")
        #expect(pl.attribute("failures") == "1")
        let cases = pl.elements("testcase", namespace: nil)
        #expect(cases.map { $0.attribute("name") } == [Self.neckPain, Self.backPain])
        // One failure per file, collecting its errors.
        let failures = cases[0].elements("failure", namespace: nil)
        #expect(failures.count == 1)
        #expect(failures[0].attribute("type") == "numbers, missing, stale, state")
        #expect(failures[0].attribute("message") == "4 errors: numbers, missing, stale, state")
        #expect(failures[0].text == Self.report().problems.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        #expect(failures[0].text.hasPrefix("\(Self.neckPain):22:9: error: [numbers] unit p-00000001:"))
        let out = try #require(cases[0].element("system-out", namespace: nil))
        #expect(out.text.hasPrefix("\(Self.neckPain):52:9: warning: [identical] unit p-00000004:"))
        #expect(cases[1].elements.isEmpty)
    }

    /// A problem of the sources or of site.yml has no language; it must not vanish from the dashboard.
    @Test func junitKeepsProblemsOfNoLanguageInASourceSuite() throws {
        let report = CheckReport(languages: [LanguageSummary(language: "pl")], problems: [
            .error("front-matter", at: SourceLocation(file: "Content/topics/back.md", line: 2, column: 8), "`title` is missing"),
            .warning("orphan", at: SourceLocation(file: "Locales/xx/topics/back.xlf", line: 1), "no language xx in site.yml", language: "xx"),
        ])
        let root = try #require(XMLDocument.parse(Data(CheckReportFormatter.junit(report).utf8), path: "report.xml").value?.root)
        #expect(root.attribute("tests") == "2")
        #expect(root.attribute("failures") == "1")
        let suites = root.elements("testsuite", namespace: nil)
        #expect(suites.map { $0.attribute("name") } == ["pl", "source"])
        let cases = suites[1].elements("testcase", namespace: nil)
        #expect(cases.map { $0.attribute("name") } == ["Content/topics/back.md", "Locales/xx/topics/back.xlf"])
        #expect(cases[0].element("failure", namespace: nil)?.text == "Content/topics/back.md:2:8: error: [front-matter] `title` is missing")
        #expect(cases[1].element("system-out", namespace: nil)?.text.hasSuffix("no language xx in site.yml") == true)
    }

    @Test func junitEscapesText() throws {
        let report = CheckReport(languages: [LanguageSummary(language: "pl")], problems: [
            .error("raw-html", at: SourceLocation(file: "a&b.xlf", line: 1), "the target has `<script>` & \"quotes\" \u{1}\u{202E}", language: "pl")
        ])
        let parsed = XMLDocument.parse(Data(CheckReportFormatter.junit(report).utf8), path: "report.xml")
        let failure = try #require(parsed.value?.root?.element("testsuite", namespace: nil)?.element("testcase", namespace: nil)?.element("failure", namespace: nil))
        #expect(failure.attribute("message") == "1 error: raw-html")
        #expect(failure.text == "a&b.xlf:1:1: error: [raw-html] the target has `<script>` & \"quotes\" <U+0001><U+202E>")
    }

    @Test func textTable() {
        let text = CheckReportFormatter.text(Self.report(), color: false)
        #expect(text == """
        language                    units  translated  reviewed  final  stale  missing  errors  warnings  complete
        ur                              0           0         0      0      0        0       0         0    100.0%
        pl                              5           3         2      1      1        1       4         1     20.0%
          topics/neck-pain.xlf          5           3         2      1      1        1       4         1     20.0%
          topics/low-back-pain.xlf      0           0         0      0      0        0       0         0    100.0%

        """ + "\n" + Self.report().problems.map(\.description).joined(separator: "\n") + "\n\n4 errors, 1 warning in 2 languages\n")
        #expect(!text.contains("\u{1B}["))
        #expect(CheckReportFormatter.text(Self.report(), color: true).contains("\u{1B}[1;31merror:\u{1B}[0m"))
    }

    @Test func textOfACleanReport() {
        let report = CheckReport(languages: [LanguageSummary(language: "pl")], problems: [])
        #expect(CheckReportFormatter.text(report, color: false) == """
        language  units  translated  reviewed  final  stale  missing  errors  warnings  complete
        pl            0           0         0      0      0        0       0         0    100.0%

        no problems in 1 language

        """)
    }
}
