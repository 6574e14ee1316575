import Foundation
import Testing
@testable import TolkKit

@Suite struct XLIFFReaderTests {
    func read(_ text: String) -> Staged<TranslationFile?> { XLIFFReader.read(Data(text.utf8), path: "Locales/en/x.xlf") }

    @Test func doctypeIsRefusedBeforeParsing() {
        let result = read("""
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nb"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>
            """)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.description) == [
            "Locales/en/x.xlf:2:1: error: [xml] the file has a DOCTYPE declaration; XLIFF files must not have one (it can pull in external files or expand entities)\n  hint: remove the <!DOCTYPE ...> line"
        ])
    }

    @Test func malformedXMLIsLocated() {
        let result = read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"nb\">\n  <file id=\"f\">\n    <unit id=\"u\">\n  </file>\n</xliff>\n")
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.location == SourceLocation(file: "Locales/en/x.xlf", line: 4, column: 10))
        #expect(result.diagnostics.map(\.message) == ["the file is not well-formed XML: <unit> (opened on line 3) is closed by </file>; expected </unit>"])
    }

    @Test func invalidUTF8InXLIFF() {
        var data = Data("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"nb\"><file id=\"f\"><unit id=\"u\"><segment><source>a".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        data.append(Data("</source></segment></unit></file></xliff>".utf8))
        let result = XLIFFReader.read(data, path: "x.xlf")
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.message == "the file is not valid UTF-8 text")
    }

    @Test func xliff1IsRejectedWithAHint() {
        let result = read("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>")
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.hint == "export XLIFF 2.0, 2.1 or 2.2 from your translation tool (XLIFF 1.2 is not read); 2.0 and 2.1 use urn:oasis:names:tc:xliff:document:2.0, 2.2 uses urn:oasis:names:tc:xliff:document:2.2")
    }

    @Test func writerOutputReadsBackToTheSameText() {
        let source = InlineText([.text("Les "), .open(id: "1", code: .strong), .text("mer & <mindre>"), .close(id: "1"),
                                 .text(" på "), .open(id: "2", code: .link(url: "https://a.no/?x=1&y=2")), .text("a.no"), .close(id: "2"),
                                 .text(". Hold "), .placeholder(id: "3", code: .placeholder("{hold}")), .text(" s.\u{1}")])
        let unit = Unit(id: "p-1", kind: .paragraph, source: source, location: SourceLocation(file: "x.md"), context: "Paragraph")
        let target = InlineText([.open(id: "2", code: .unknown), .text("a.no"), .close(id: "2"), .text(" "),
                                 .open(id: "1", code: .unknown), .text("more"), .close(id: "1")])
        let text = XLIFFWriter.write(sourceLanguage: "nb", targetLanguage: "en", original: "x.md",
                                     units: [WrittenUnit(unit: unit, target: target, state: .reviewed)])
        let file = try! #require(XLIFFReader.read(Data(text.utf8), path: "x.xlf").value)
        #expect(file.units[0].source.signature == source.signature)
        #expect(file.units[0].source.plainText == "Les mer & <mindre> på a.no. Hold  s.\u{1}")
        #expect(file.units[0].target == target)
        #expect(file.units[0].state == .reviewed)
        #expect(text.contains("<data id=\"d2\">https://a.no/?x=1&amp;y=2</data>"))
        #expect(text.contains("<cp hex=\"0001\"/>"))
        #expect(XLIFFValidator.validate(Data(text.utf8), path: "x.xlf").isEmpty)
    }
}
