import Foundation
import Testing
@testable import TolkKit

/// A unit written back into a file keeps that file's style: CRLF line ends (a CAT tool on
/// Windows) and a namespace prefix on the XLIFF elements (`<x:xliff xmlns:x=…>`).
struct UnitEditStyleTests {
    static let path = "Locales/pl/exercises/x.xlf"
    static let target = #"Trzymaj przez <ph id="1"/> sekund."#

    static func save(into file: String) throws -> String {
        let existing = try #require(XLIFFReader.read(Data(file.utf8), path: path).value?.units.first { $0.id == "p-1" })
        let target = try InlineMarkup.parse(Self.target, source: UnitEditTests.unit.source)
        return try UnitEdit(target: target, state: .translated)
            .apply(to: file, fileID: "p-1", unit: UnitEditTests.unit, existing: existing, path: path).text
    }

    @Test func aCRLFFileGetsItsUnitWithCRLF() throws {
        let file = UnitEditTests.file.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try Self.save(into: file)
        let unit = """
            \t<unit name="paragraph" id="p-1">\r
            \t\t<notes><note category="translator">Sprawdzić z fizjoterapeutą</note></notes>\r
            \t\t<originalData><data id="d1">{hold}</data></originalData>\r
            \t\t<segment state="initial"><source>Hold i <ph id="1" dataRef="d1"/> sekunder.</source><target>Trzymaj <ph id="1" dataRef="d1"/> s.</target></segment>\r
            \t</unit>\r

            """
        let written = """
                <unit id="p-1" name="paragraph">\r
                  <notes>\r
                    <note category="tolk:context">Paragraph</note>\r
                    <note category="translator">Sprawdzić z fizjoterapeutą</note>\r
                  </notes>\r
                  <originalData>\r
                    <data id="d1">{hold}</data>\r
                  </originalData>\r
                  <segment id="s-p-1" canResegment="no" state="translated">\r
                    <source>Hold i <ph id="1" type="ui" subType="xlf:var" disp="{hold}" dataRef="d1"/> sekunder.</source>\r
                    <target>Trzymaj przez <ph id="1" type="ui" subType="xlf:var" disp="{hold}" dataRef="d1"/> sekund.</target>\r
                  </segment>\r
                </unit>\r

            """
        #expect(file.contains(unit))
        #expect(Array(result.utf8) == Array(file.replacingOccurrences(of: unit, with: written).utf8))
        // No bare LF anywhere: every line of the file still ends in CRLF.
        #expect(!result.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    static let prefixed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- written by a CAT tool -->
        <x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="pl">
          <x:file id="f1" original="Content/exercises/x.yml">
            <x:unit id="p-1" name="paragraph">
              <x:originalData><x:data id="d1">{hold}</x:data></x:originalData>
              <x:segment><x:source>Hold i <x:ph id="1" dataRef="d1"/> sekunder.</x:source><x:target>Trzymaj <x:ph id="1" dataRef="d1"/> s.</x:target></x:segment>
            </x:unit>
            <x:unit id="p-2"><x:segment><x:source>Annet.</x:source></x:segment></x:unit>
          </x:file>
        </x:xliff>

        """

    @Test func aPrefixedFileGetsItsUnitWithThePrefix() throws {
        let result = try Self.save(into: Self.prefixed)
        let expected = Self.prefixed.replacingOccurrences(of: """
                <x:unit id="p-1" name="paragraph">
                  <x:originalData><x:data id="d1">{hold}</x:data></x:originalData>
                  <x:segment><x:source>Hold i <x:ph id="1" dataRef="d1"/> sekunder.</x:source><x:target>Trzymaj <x:ph id="1" dataRef="d1"/> s.</x:target></x:segment>
                </x:unit>

            """, with: """
                <x:unit id="p-1" name="paragraph">
                  <x:notes>
                    <x:note category="tolk:context">Paragraph</x:note>
                  </x:notes>
                  <x:originalData>
                    <x:data id="d1">{hold}</x:data>
                  </x:originalData>
                  <x:segment id="s-p-1" canResegment="no" state="translated">
                    <x:source>Hold i <x:ph id="1" type="ui" subType="xlf:var" disp="{hold}" dataRef="d1"/> sekunder.</x:source>
                    <x:target>Trzymaj przez <x:ph id="1" type="ui" subType="xlf:var" disp="{hold}" dataRef="d1"/> sekund.</x:target>
                  </x:segment>
                </x:unit>

            """)
        #expect(result != Self.prefixed)
        #expect(result == expected)
        let reread = try #require(XLIFFReader.read(Data(result.utf8), path: Self.path).value)
        #expect(reread.units.first { $0.id == "p-1" }?.state == .translated)
        #expect(reread.units.contains { $0.id == "p-2" })
    }

    @Test func theRootsPrefixIsFoundPastTheDeclarationAndComments() {
        #expect(UnitSpan.rootPrefix(of: Array(Self.prefixed.utf8)) == "x")
        #expect(UnitSpan.rootPrefix(of: Array(UnitEditTests.file.utf8)) == "")
        #expect(UnitSpan.find(id: "p-2", in: Self.prefixed)?.prefix == "x")
    }
}
