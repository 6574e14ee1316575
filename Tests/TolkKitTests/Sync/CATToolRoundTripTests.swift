import Foundation
import Testing
@testable import TolkKit

/// Files rewritten by CAT tools must be read back whatever their formatting, and sync must keep
/// their targets and states.
@Suite struct CATToolRoundTripTests {
    static let topic = """
        ---
        title: Nakke
        ---

        Hold i {hold} sekunder & pust **rolig**.

        Ring 113.
        """

    @Test func reformattedFileKeepsTargetsStatesAndNotes() throws {
        let project = try TemporaryProject(["Content/topics/neck.md": Self.topic])
        try project.sync(languages: ["en"])
        let units = try project.translation("Locales/en/topics/neck.xlf").units
        let title = units[0], paragraph = units[1], call = units[2]
        // As an OmegaT/Trados-like tool might write it back: BOM, CRLF, a prefix, extra namespaces
        // and attributes, a translator's note, the unit split into two segments with an ignorable,
        // character references and CDATA.
        let cat = "\u{FEFF}" + """
            <?xml version="1.0" encoding="utf-8"?>
            <x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
                     xmlns:tool="http://example.com/cat" version="2.0" srcLang="nb" trgLang="en" tool:build="42">
            <x:file id="f1" original="Content/topics/neck.md">
            <x:unit id="\(title.id)" tool:locked="no">
            <x:segment state="reviewed" id="s1"><x:source>Nakke</x:source><x:target xml:lang="en">Ne&#99;k</x:target></x:segment>
            </x:unit>
            <x:unit id="\(paragraph.id)">
              <mtc:matches/>
              <x:notes><x:note category="translator">Checked with the physio.</x:note></x:notes>
              <x:segment state="final">
                <x:source>Hold i <x:ph id="1"/> sekunder &amp; </x:source>
                <x:target>Hold for <x:ph id="1"/> seconds <![CDATA[&]]> </x:target>
              </x:segment>
              <x:ignorable><x:source> </x:source></x:ignorable>
              <x:segment state="translated">
                <x:source>pust <x:pc id="2">rolig</x:pc>.</x:source>
                <x:target>breathe <x:pc id="2">calmly</x:pc>.</x:target>
              </x:segment>
            </x:unit>
            <x:unit id="\(call.id)"><x:segment state="translated"><x:source>Ring 113.</x:source><x:target>Call 113.</x:target></x:segment></x:unit>
            </x:file>
            </x:xliff>
            """.replacingOccurrences(of: "\n", with: "\r\n")
        try project.write("Locales/en/topics/neck.xlf", cat)

        let read = try project.translation("Locales/en/topics/neck.xlf")
        #expect(read.units.map(\.state) == [.reviewed, .translated, .translated])
        #expect(read.units[1].source.signature == paragraph.source.signature)
        #expect(read.units[1].target?.plainText == "Hold for  seconds &  breathe calmly.")

        let result = try project.sync(languages: ["en"])
        #expect(result.files.first?.markedStale == 0)
        let after = try project.translation("Locales/en/topics/neck.xlf")
        #expect(after.units.map(\.state) == [.reviewed, .translated, .translated])
        #expect(after.units.map { $0.target?.plainText } == ["Neck", "Hold for  seconds &  breathe calmly.", "Call 113."])
        #expect(after.units[1].notes.contains(UnitNote(category: "translator", text: "Checked with the physio.")))
        #expect(after.units.allSatisfy { !$0.isStale })
    }
}
