import Foundation
import Testing
@testable import TolkKit

/// `tolk check` (and the build, which loads translations the same way) applies the XLIFF core
/// rules of `tolk validate`: a broken unit is one error on that unit, a file that cannot be
/// used is its own errors and no `missing` finding per unit.
@Suite struct TranslationValidationTests {
    static let topic = """
        ---
        title: Hold deg i ro
        ---

        Bli **hjemme** og ring legen.
        """

    static let path = "Locales/en/topics/rest.xlf"

    /// A project with the topic and its English file, made from `paragraph`: the `<segment>`
    /// of the paragraph unit, which starts on line 12 (the title is translated and fine).
    static func project(paragraph: String, file: ((String) -> String)? = nil) throws -> (TemporaryProject, String) {
        let project = try TemporaryProject(["Content/topics/rest.md": topic])
        let id = try #require(project.load().documents.first?.units(for: "en").last?.id)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nb" trgLang="en">
              <file id="f1" original="Content/topics/rest.md">
                <unit id="title" name="field">
                  <segment state="translated">
                    <source>Hold deg i ro</source>
                    <target>Keep still</target>
                  </segment>
                </unit>
                <unit id="\(id)" name="paragraph">
                  <originalData><data id="d1">**</data></originalData>
            \(paragraph)
                </unit>
              </file>
            </xliff>

            """
        if let file { text = file(text) }
        try project.write(path, text)
        return (project, id)
    }

    /// The segment of a translated paragraph, with `target` as the target's content.
    static func segment(target: String) -> String {
        """
              <segment state="translated">
                <source>Bli <pc id="1" dataRefStart="d1" dataRefEnd="d1">hjemme</pc> og ring legen.</source>
                <target>\(target)</target>
              </segment>
        """
    }

    /// What `tolk check --lang en` reports (load problems, then the checks' findings), and the
    /// number of units the summary counts as missing.
    static func check(_ project: TemporaryProject) throws -> (problems: [String], missing: Int, errors: Int, document: LocalizedDocument) {
        let loaded = try project.load()
        // The check stage of `tolk check` (and of build, serve and handout).
        let checked = Checker.load(loaded, languages: ["en"], minState: .translated).value
        let report = checked.report()
        let documents = checked.languages["en"] ?? []
        let loading = documents.flatMap(\.loading)
        for diagnostic in loading { #expect(diagnostic.language == "en") }
        // `tolk validate` reports the same problems through the same code.
        let data = try Data(contentsOf: project.root.appendingPathComponent(path))
        let validated = XLIFFValidator.validate(data, path: path)
        #expect(loading.map { var d = $0; d.language = nil; return d } == validated)
        let document = try #require(documents.first { $0.localized.document.path == "Content/topics/rest.md" }?.localized)
        return ((loading + documents.flatMap(\.findings)).map(\.description), report.languages.first?.missing ?? -1,
                report.languages.first?.errors ?? -1, document)
    }

    @Test func theFixtureChecksClean() throws {
        let (project, _) = try Self.project(paragraph: Self.segment(target: #"Stay <pc id="1" dataRefStart="d1" dataRefEnd="d1">home</pc> and call the doctor."#))
        let result = try Self.check(project)
        #expect(result.problems == [])
        #expect(result.missing == 0)
    }

    @Test func markupTypedIntoATargetIsAnErrorOnThatUnit() throws {
        let (project, id) = try Self.project(paragraph: Self.segment(target: "Stay <b>home</b> and call the doctor."))
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):14:22: error: [xliff] unit \(id): <target> cannot contain <b>: XLIFF has no such element, so the words in it would be lost; only text and XLIFF's inline codes (<ph>, <pc>, <sc>, <ec>, <mrk>, <sm>, <em>, <cp>) may stand there\n  hint: remove the <b> tags and keep the words; for formatting or a link, keep the codes the source has (<pc>, <ph>) as they are",
        ])
        // The broken unit is not used and counts as missing; the title still loads.
        #expect(result.missing == 1)
        #expect(result.document.units.map(\.status) == [.current, .missing])
        #expect(result.document.units.map(\.unreadable) == [false, true])
        #expect(result.document.units[1].target == nil)
    }

    @Test func anUnknownElementIsAnError() throws {
        let (project, id) = try Self.project(paragraph: Self.segment(target: "Stay home and call the doctor.") + "\n      <comment>ok</comment>")
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):16:7: error: [xliff] unit \(id): <unit> cannot contain <comment>",
        ])
        #expect(result.missing == 1)
    }

    @Test func anUnknownAttributeIsAnError() throws {
        let segment = Self.segment(target: "Stay home and call the doctor.").replacingOccurrences(of: "<target>", with: "<target approved=\"yes\">")
        let (project, id) = try Self.project(paragraph: segment)
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):14:9: error: [xliff] unit \(id): <target> has the attribute approved, which XLIFF does not define for <target>",
        ])
        #expect(result.missing == 1)
    }

    @Test func aDuplicatedCodeIsAnError() throws {
        let pc = #"<pc id="1" dataRefStart="d1" dataRefEnd="d1">home</pc>"#
        let (project, id) = try Self.project(paragraph: Self.segment(target: "Stay \(pc) and\n\(pc)."))
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):15:1: error: [xliff] unit \(id): <pc id=\"1\"> uses an id that another inline element in the targets of this unit already has",
        ])
        #expect(result.missing == 1)
    }

    @Test func anEndCodeWithoutItsStartIsAnError() throws {
        let (project, id) = try Self.project(paragraph: Self.segment(target: #"Stay home<ec startRef="9"/> and call the doctor."#))
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):14:26: error: [xliff] unit \(id): <ec startRef=\"9\"> refers to a start code that does not exist: this unit has no <sc id=\"9\">",
        ])
    }

    @Test func aFileThatIsNotWellFormedIsOneError() throws {
        let (project, _) = try Self.project(paragraph: Self.segment(target: "Stay home & call the doctor."))
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):14:28: error: [xml] the file is not well-formed XML: a & that does not start an entity: write & as &amp; in a text\n  hint: open the file in a text editor and fix the XML at this place, or export it again from your translation tool",
        ])
        // No `missing` per unit, but none of them counts as done; the summary counts the one error.
        #expect(result.missing == 2)
        #expect(result.errors == 1)
        #expect(result.document.fileExists)
        #expect(result.document.unreadable)
    }

    @Test func aFileBrokenOutsideItsUnitsIsUnusable() throws {
        let (project, _) = try Self.project(paragraph: Self.segment(target: "Stay home and call the doctor.")) {
            $0.replacingOccurrences(of: #"<file id="f1" "#, with: "<file ")
        }
        let result = try Self.check(project)
        #expect(result.problems == [
            "\(Self.path):3:3: error: [xliff] <file> has no id attribute; it is required",
        ])
        #expect(result.missing == 2)
        #expect(result.document.unreadable)
    }

    @Test func aDeeplyNestedFileSaysWhatTheLimitIs() throws {
        let nested = (0..<300).map { #"<mrk id="m\#($0)">"# }.joined() + "home" + String(repeating: "</mrk>", count: 300)
        let (project, _) = try Self.project(paragraph: Self.segment(target: "Stay \(nested)."))
        let result = try Self.check(project)
        #expect(result.problems.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.hasPrefix("\(Self.path):14:"))
        #expect(problem.hasSuffix(": error: [xml] the elements are nested too deeply: more than 256 levels, the most Tolk reads\n  hint: open the file in a text editor and fix the XML at this place, or export it again from your translation tool"))
        #expect(!problem.contains("XML_PARSE_HUGE"))
        #expect(result.missing == 2)
    }

    /// libxml2 enforces its text limit only on some paths (a 10 MB target in one piece passes),
    /// so the words for it are tested on the errors as libxml2 2.9 raises them.
    @Test func libxml2LimitsAreSaidAsLimits() {
        func message(_ code: Int, _ text: String) -> String {
            let error = XMLParseError()
            error.code = code
            error.message = text
            return error.translatorMessage
        }
        let tooLong = "a text or attribute value is longer than 10,000,000 bytes (10 MB), the most Tolk reads in one piece"
        #expect(message(2, "xmlSAX2Characters: huge text node") == tooLong)
        #expect(message(1, "internal error: Huge input lookup") == tooLong)
        #expect(message(1, "Excessive depth in document: 256 use XML_PARSE_HUGE option\n")
            == "the elements are nested too deeply: more than 256 levels, the most Tolk reads")
        #expect(message(1, "something xmlSAX2 said") == "the file is not well-formed XML at this place")
    }

    @Test func commonMistakesAreSaidPlainly() {
        let cases: [(String, String)] = [
            ("<a>\n  <b>text</c>\n</a>", "2:14: the file is not well-formed XML: <b> (opened on line 2) is closed by </c>; expected </b>"),
            ("<a>\n<b>text\n", "3:1: the file is not well-formed XML: the file ends before <b> (opened on line 2) is closed; expected </b>"),
            ("<a>1 < 2</a>", "1:7: the file is not well-formed XML: a < that does not start a tag: write < as &lt; in a text"),
            ("<a>x&nbsp;y</a>", "1:11: the file is not well-formed XML: &nbsp; is not defined in XML (only &amp; &lt; &gt; &quot; &apos; are); write the character itself or as a character reference such as &#160;"),
            ("<a b=c/>", "1:6: the file is not well-formed XML: an attribute value is not in quotes, or its closing quote is missing: write name=\"value\""),
            ("<a b=\"1\" b=\"2\"/>", "1:15: the file is not well-formed XML: the attribute b appears twice on the same element"),
            ("<a>\u{1}</a>", "1:4: the file is not well-formed XML: the file contains a control character (U+0001) that XML does not allow"),
            ("<a/><b/>", "1:5: the file is not well-formed XML: there is more after the end of the document: everything must be inside the one root element <xliff>"),
        ]
        for (text, expected) in cases {
            let diagnostic = XMLDocument.parse(Data(text.utf8), path: "x.xlf").diagnostics.first
            #expect(diagnostic.map { "\($0.location!.line):\($0.location!.column): \($0.message)" } == expected)
        }
    }
}
