import Foundation
import Testing
@testable import TolkKit

/// What people read in `tolk check`'s text output (state shortfalls per file, hints once per
/// file, stale as a word difference), and the JUnit report against Jenkins's schema.
@Suite struct CheckTextReportTests {
    typealias F = CheckFixture

    static let neckPain = "Locales/pl/topics/neck-pain.xlf"
    static let backPain = "Locales/pl/topics/low-back-pain.xlf"

    /// pl at min state reviewed: two files, three untranslated units, three translated (not
    /// reviewed) units and a draft, a stale unit whose change is in the middle of a long text.
    static func report() -> CheckReport {
        let a = neckPain, b = backPain
        let neck = [
            F.unit(F.text("Neck pain"), target: F.text("Ból szyi"), id: "title", state: .final, file: a, line: 10),
            F.unit(F.text("Rest."), target: nil, id: "p-00000001", file: a, line: 20),
            F.unit(F.text("Sleep well."), target: nil, id: "p-00000002", file: a, line: 30),
            F.unit(F.text("Drink water."), target: F.text("Pij wodę."), id: "p-00000003", state: .translated, file: a, line: 40),
            F.unit(F.text("Walk daily."), target: F.text("Chodź codziennie."), id: "p-00000004", state: .translated, file: a, line: 50),
            F.unit(F.text("Sit straight."), target: F.text("Siedź prosto."), id: "p-00000005", state: .initial, file: a, line: 60),
            F.unit(F.text("Take one tablet in the morning and two in the evening with water."), target: F.text("Weź jedną tabletkę rano i jedną wieczorem, popijając wodą."),
                   id: "p-00000006", status: .stale, previousSource: "Take one tablet in the morning and one in the evening with water.", file: a, line: 70),
            F.unit(F.text("Stretch."), target: F.text("Rozciągaj się."), id: "p-00000007", state: .translated, file: a, line: 80),
        ]
        let back = [F.unit(F.text("Rest."), target: nil, id: "p-00000008", file: b, line: 10)]
        let config = SiteConfig(sourceLanguage: "nb", languages: [LanguageSettings(tag: "nb", name: "norsk bokmål", direction: .ltr, script: "Latn"), F.polish],
                                baseURL: "https://example.org/")
        let documents = [ChecksReportTests.document("neck-pain"), ChecksReportTests.document("low-back-pain")]
        let project = Project(root: URL(fileURLWithPath: "/nonexistent"), config: config, documents: documents)
        let catalog = TranslationCatalog(languages: ["pl": [
            LocalizedDocument(document: documents[0], language: "pl", translationPath: a, fileExists: true, units: neck, unknownUnits: []),
            LocalizedDocument(document: documents[1], language: "pl", translationPath: b, fileExists: true, units: back, unknownUnits: []),
        ]])
        return Checker.run(project, catalog: catalog, minState: .reviewed)
    }

    @Test func textIsOneLinePerShortfallAndOneHintPerFile() {
        #expect(CheckReportFormatter.text(Self.report(), color: false) == """
        language                    units  translated  reviewed  final  stale  missing  errors  warnings  complete
        pl                              9           4         1      1      1        3       8         0     11.1%
          topics/neck-pain.xlf          8           4         1      1      1        2       7         0     12.5%
          topics/low-back-pain.xlf      1           0         0      0      0        1       1         0      0.0%

        Locales/pl/topics/low-back-pain.xlf:10:5: error: [missing] unit p-00000008: not translated: the source says "Rest.", there is no target
          hint: translate the unit
        Locales/pl/topics/neck-pain.xlf:20:5: error: [missing] unit p-00000001: not translated: the source says "Rest.", there is no target
          hint: translate the unit
        Locales/pl/topics/neck-pain.xlf:30:5: error: [missing] unit p-00000002: not translated: the source says "Sleep well.", there is no target
        Locales/pl/topics/neck-pain.xlf:42:9: error: [state] 3 translations are at state translated, but the site publishes only units that are reviewed or final
          hint: have the translations reviewed and set their state to reviewed
        Locales/pl/topics/neck-pain.xlf:62:9: error: [state] unit p-00000005: the translation is at state initial (a draft), but the site publishes only units that are reviewed or final
          hint: finish the translation and confirm it in your translation tool (state translated)
        Locales/pl/topics/neck-pain.xlf:72:9: error: [stale] unit p-00000006: the source changed since this was translated: … in the morning and [-one-]{+two+} in the evening with …
          hint: update the translation to the new source and confirm it (state translated or higher)

        8 errors, 0 warnings in 1 language

        """)
    }

    @Test func jsonKeepsEveryProblemAndTheFullSources() throws {
        let report = Self.report()
        #expect(report.problems.filter { $0.check == "state" }.count == 4)
        #expect(report.problems.filter { $0.hint == "translate the unit" }.count == 3)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(CheckReportFormatter.json(report).utf8)) as? [String: Any])
        let problems = try #require(parsed["problems"] as? [[String: Any]])
        #expect(problems.count == 8)
        let stale = try #require(problems.first { $0["check"] as? String == "stale" })
        #expect(stale["previous_source"] as? String == "Take one tablet in the morning and one in the evening with water.")
        #expect(stale["source"] as? String == "Take one tablet in the morning and two in the evening with water.")
        #expect(problems.first { $0["check"] as? String == "missing" }?["source"] is NSNull)
    }

    /// The schema under Tests/Schemas, the rules of Jenkins's junit.xsd.
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/junit.xsd")

    static func validate(_ xml: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-junit-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")))
    func junitValidatesAgainstTheJenkinsSchema() throws {
        var report = Self.report()
        report.problems.append(.warning("identical", at: SourceLocation(file: Self.backPain, line: 3), "the target equals \"<b>\" & more", language: "pl"))
        report.problems.append(.error("orphan", at: nil, "no file", language: "pl"))
        let result = try Self.validate(CheckReportFormatter.junit(report))
        #expect(result.status == 0, "\(result.output)")
        // The schema is strict enough to fail: a `file` attribute on a test case is not Jenkins's.
        let withFile = CheckReportFormatter.junit(report).replacingOccurrences(of: "classname=\"pl\"", with: "classname=\"pl\" file=\"x\"")
        #expect(try Self.validate(withFile).status != 0)
    }

    @Test func junitHasOneFailurePerTestCase() throws {
        let parsed = XMLDocument.parse(Data(CheckReportFormatter.junit(Self.report()).utf8), path: "report.xml")
        let suite = try #require(parsed.value?.root?.element("testsuite", namespace: nil))
        #expect(suite.attribute("tests") == "2")
        #expect(suite.attribute("failures") == "2")
        let cases = suite.elements("testcase", namespace: nil)
        #expect(cases.map { $0.attribute("name") } == [Self.neckPain, Self.backPain])
        #expect(cases.map { $0.elements("failure", namespace: nil).count } == [1, 1])
        let failure = try #require(cases[0].element("failure", namespace: nil))
        #expect(failure.attribute("message") == "7 errors: missing, state, stale")
        #expect(failure.text.components(separatedBy: "\n").filter { $0.hasPrefix(Self.neckPain) }.count == 7)
    }
}
