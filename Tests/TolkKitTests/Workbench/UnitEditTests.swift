import Foundation
import Testing
@testable import TolkKit

/// Replacing one unit of a file a CAT tool wrote: every other byte stays, the unit is written
/// as sync writes it, and a result that would break the unit is refused.
struct UnitEditTests {
    static let unit = Unit(id: "p-1", kind: .paragraph, source: InlineText([.text("Hold i "), .placeholder(id: "1", code: .placeholder("{hold}")), .text(" sekunder.")]),
                           location: SourceLocation(file: "Content/exercises/x.yml", line: 1), context: "Paragraph")

    /// Tabs, other attribute order, a translator's note, a second unit on one line.
    static let file = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="pl">
        <file id="f1" original="Content/exercises/x.yml">
        \t<unit name="paragraph" id="p-1">
        \t\t<notes><note category="translator">Sprawdzić z fizjoterapeutą</note></notes>
        \t\t<originalData><data id="d1">{hold}</data></originalData>
        \t\t<segment state="initial"><source>Hold i <ph id="1" dataRef="d1"/> sekunder.</source><target>Trzymaj <ph id="1" dataRef="d1"/> s.</target></segment>
        \t</unit>
        \t<unit id="p-2"><segment><source>Annet.</source></segment></unit>
        </file>
        </xliff>

        """

    static func existing() throws -> TranslationUnit {
        let read = XLIFFReader.read(Data(file.utf8), path: "Locales/pl/exercises/x.xlf")
        return try #require(read.value?.units.first { $0.id == "p-1" })
    }

    @Test func replacesOnlyThatUnitAndKeepsTheTranslatorsNote() throws {
        let target = try InlineMarkup.parse(#"Trzymaj przez <ph id="1"/> sekund."#, source: Self.unit.source)
        let result = try UnitEdit(target: target, state: .translated).apply(to: Self.file, fileID: "p-1", unit: Self.unit,
                                                                             existing: try Self.existing(), path: "Locales/pl/exercises/x.xlf")
        let expected = Self.file.replacingOccurrences(of: """
            \t<unit name="paragraph" id="p-1">
            \t\t<notes><note category="translator">Sprawdzić z fizjoterapeutą</note></notes>
            \t\t<originalData><data id="d1">{hold}</data></originalData>
            \t\t<segment state="initial"><source>Hold i <ph id="1" dataRef="d1"/> sekunder.</source><target>Trzymaj <ph id="1" dataRef="d1"/> s.</target></segment>
            \t</unit>

            """, with: """
                <unit id="p-1" name="paragraph">
                  <notes>
                    <note category="tolk:context">Paragraph</note>
                    <note category="translator">Sprawdzić z fizjoterapeutą</note>
                  </notes>
                  <originalData>
                    <data id="d1">{hold}</data>
                  </originalData>
                  <segment id="s-p-1" canResegment="no" state="translated">
                    <source>Hold i <ph id="1" type="ui" subType="xlf:var" disp="{hold}" dataRef="d1"/> sekunder.</source>
                    <target>Trzymaj przez <ph id="1" type="ui" subType="xlf:var" disp="{hold}" dataRef="d1"/> sekund.</target>
                  </segment>
                </unit>

            """)
        #expect(result.text == expected)
        #expect(result.state == .translated)
    }

    @Test func anApprovalIsANoteAndAChangeWithoutOneGoesBackToTranslated() throws {
        let target = try InlineMarkup.parse(#"Trzymaj <ph id="1"/> s."#, source: Self.unit.source)
        let date = Date(timeIntervalSince1970: 1_796_000_000)
        let approved = try UnitEdit(target: target, state: .reviewed, approval: .init(reviewer: "Anna Nowak", date: date))
            .apply(to: Self.file, fileID: "p-1", unit: Self.unit, existing: try Self.existing(), path: "x.xlf")
        #expect(approved.state == .reviewed)
        #expect(approved.text.contains("<note category=\"review\">Approved by Anna Nowak on 2026-11-30T00:53:20Z</note>"))
        let reread = try #require(XLIFFReader.read(Data(approved.text.utf8), path: "x.xlf").value?.units.first)
        // Saving the same text again keeps the approval; a new text without approving drops it.
        let same = try UnitEdit(target: target, state: .translated).apply(to: approved.text, fileID: "p-1", unit: Self.unit, existing: reread, path: "x.xlf")
        #expect(same.state == .reviewed)
        #expect(same.text == approved.text)
        let changed = try UnitEdit(target: InlineMarkup.parse(#"Trzymaj <ph id="1"/> sekund."#, source: Self.unit.source), state: .translated)
            .apply(to: approved.text, fileID: "p-1", unit: Self.unit, existing: reread, path: "x.xlf")
        #expect(changed.state == .translated)
        #expect(!changed.text.contains("Approved by"))
    }

    @Test func aUnitThatIsNotThereIsRefused() throws {
        #expect(throws: UnitEdit.Refusal.self) {
            try UnitEdit(target: InlineText(plain: "x"), state: .translated).apply(to: Self.file, fileID: "p-9", unit: Self.unit,
                                                                                   existing: try Self.existing(), path: "x.xlf")
        }
    }
}
