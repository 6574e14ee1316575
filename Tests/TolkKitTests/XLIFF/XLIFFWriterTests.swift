import Foundation
import Testing
@testable import TolkKit

/// What CAT tools and platforms need of the files Tolk writes (issue 13): `version="2.0"`, the
/// schema's element order, and segments with stable ids that may not be resegmented.
@Suite struct XLIFFWriterTests {
    @Test func writesVersion20WithStableSegmentIDsInSchemaOrder() throws {
        let source = InlineText([.text("Les mer på "), .open(id: "1", code: .link(url: "https://www.helsenorge.no/")), .text("helsenorge.no"),
                                 .close(id: "1"), .text(".")])
        let unit = Unit(id: "p-4c1aa4b7", kind: .paragraph, source: source, location: SourceLocation(file: "Content/topics/x.md"), context: "Paragraph")
        let text = XLIFFWriter.write(sourceLanguage: "nb", targetLanguage: "pl", original: "Content/topics/x.md",
                                     units: [WrittenUnit(unit: unit, target: InlineText(plain: "Czytaj."), state: .translated)])
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="pl">
              <file id="f1" original="Content/topics/x.md">
                <unit id="p-4c1aa4b7" name="paragraph">
                  <notes>
                    <note category="tolk:context">Paragraph</note>
                  </notes>
                  <originalData>
                    <data id="d1">https://www.helsenorge.no/</data>
                    <data id="d1e"></data>
                  </originalData>
                  <segment id="s-p-4c1aa4b7" canResegment="no" state="translated">
                    <source>Les mer på <pc id="1" type="link" dataRefStart="d1" dataRefEnd="d1e">helsenorge.no</pc>.</source>
                    <target>Czytaj.</target>
                  </segment>
                </unit>
              </file>
            </xliff>

            """)
        #expect(XLIFFValidator.validate(Data(text.utf8), path: "x.xlf") == [])
    }

    @Test func syncBringsA21FileTo20AndKeepsItsTranslations() throws {
        let project = try TemporaryProject(["Content/topics/neck.md": "---\ntitle: Nakke\n---\n\nRing 113.\n"])
        try project.sync(languages: ["en"])
        try project.translateAll("Locales/en/topics/neck.xlf")
        let old = try project.read("Locales/en/topics/neck.xlf")
            .replacingOccurrences(of: "version=\"2.0\"", with: "version=\"2.1\"")
            .replacingOccurrences(of: #" id="s-[^"]*" canResegment="no""#, with: "", options: .regularExpression)
        try project.write("Locales/en/topics/neck.xlf", old)
        let result = try project.sync(languages: ["en"])
        #expect(result.files.first?.changed == true)
        let text = try project.read("Locales/en/topics/neck.xlf")
        #expect(text.contains("version=\"2.0\""))
        #expect(text.components(separatedBy: "canResegment=\"no\" state=\"translated\"").count == 3)
        #expect(try project.translation("Locales/en/topics/neck.xlf").units.map { $0.target?.plainText } == ["EN: Nakke", "EN: Ring 113."])
    }
}
