import Foundation
import Testing
@testable import TolkKit

@Suite struct KitExportTests {
    @Test func wordCountsCountNewStaleAndRepeatedWords() throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/topics/neck.xlf")
        try project.write("Content/topics/neck.md", KitFixture.topic.replacingOccurrences(of: "Ring 113 ved fare.", with: "Ring 113 ved stor fare."))
        try project.sync()
        let kit = try KitFixture.export(project, .po)
        #expect(kit.wordCounts.files.map(\.path) == ["topics/neck.po", "exercises/chin.po"])
        // topics/neck: one stale paragraph of 5 words; exercises/chin: title 1, step 3 (`{hold}` is a code);
        // its caution is the topic's first paragraph, translated, so sync filled it in from the memory.
        let topic = kit.wordCounts.files[0].counts, exercise = kit.wordCounts.files[1].counts
        #expect((topic.units, topic.new, topic.stale, topic.repeated, topic.total) == (1, 0, 5, 0, 5))
        #expect((exercise.units, exercise.new, exercise.stale, exercise.repeated, exercise.total) == (2, 4, 0, 0, 4))
        #expect(KitFixture.files(kit)["word-counts.txt"] == """
            Words to translate into en (repeated: the same source text again, to translate once; review: translated, to be reviewed)
            file               units  new  stale  review  repeated  total
            topics/neck.po         1    0      5       0         0      5
            exercises/chin.po      2    4      0       0         0      4
            total                  3    4      5       0         0      9

            """)
    }

    @Test func aSentenceInSeveralUnitsIsRepeatedAfterItsFirstUse() throws {
        let project = try KitFixture.make()
        let kit = try KitFixture.export(project, .xliff2)
        #expect(kit.wordCounts.total.repeated == 6)  // "Stopp hvis du får økende smerter." again in the exercise
        #expect(kit.wordCounts.total.new == 1 + 6 + 6 + 4 + 1 + 3)  // title, three paragraphs; exercise title and step
    }

    @Test func poKitHasContextTagsAndAStaleUnitAsMsgmergeWritesIt() throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/topics/neck.xlf")
        try project.write("Content/topics/neck.md", KitFixture.topic.replacingOccurrences(of: "Ring 113 ved fare.", with: "Ring 113 ved stor fare."))
        try project.sync()
        try project.write("Locales/en/topics/neck.xlf", try project.read("Locales/en/topics/neck.xlf")
            .replacingOccurrences(of: "state=\"translated\">\n        <source>Les", with: "state=\"initial\">\n        <source>Les")
            .replacingOccurrences(of: "<target>EN: Les mer på helsenorge.no og hvil.</target>", with: ""))
        let po = try #require(KitFixture.files(try KitFixture.export(project, .po))["topics/neck.po"])
        let link = try #require(try project.translation("Locales/en/topics/neck.xlf").units.first { $0.source.plainText.hasPrefix("Les") })
        #expect(po.contains("""
            #. Paragraph
            #. Tags: <1>…</1> = link to https://www.helsenorge.no/; <2>…</2> = bold. Keep each tag, around the words it belongs to.
            #: Content/topics/neck.md:7
            msgctxt "\(link.id)"
            msgid "Les mer på <1>helsenorge.no</1> og <2>hvil</2>."
            msgstr ""

            """))
        let stale = try #require(try project.translation("Locales/en/topics/neck.xlf").units.first(where: \.isStale))
        #expect(po.contains("""
            #. Paragraph
            #: Content/topics/neck.md:9
            #, fuzzy
            #| msgctxt "\(stale.id)"
            #| msgid "Ring 113 ved fare."
            msgctxt "\(stale.id)"
            msgid "Ring 113 ved stor fare."
            msgstr "EN: Ring 113 ved fare."

            """))
        #expect(po.contains("\"Language: en\\n\"\n"))
        #expect(po.contains("\"X-Tolk-Original: Content/topics/neck.md\\n\"\n"))
    }

    @Test func xliff12KitGivesEveryUnitATarget() throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/exercises/chin.xlf")
        try project.write("Content/exercises/chin.yml", KitFixture.exercise.replacingOccurrences(of: "Haketrekk", with: "Haketrekk sittende"))
        try project.sync()
        let xlf = try #require(KitFixture.files(try KitFixture.export(project, .xliff12))["exercises/chin.xlf"])
        #expect(xlf.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="Content/exercises/chin.yml" source-language="nb" target-language="en" datatype="plaintext">
                <body>
                  <trans-unit id="title" resname="title" xml:space="preserve">
                    <source>Haketrekk sittende</source>
                    <target state="needs-review-translation">EN: Haketrekk</target>
                    <note from="tolk">Exercise name (title)</note>
                    <note from="tolk:previous-source">The Norwegian text changed. The translation was made for: Haketrekk</note>
                  </trans-unit>

            """))
        let topic = try #require(KitFixture.files(try KitFixture.export(project, .xliff12))["topics/neck.xlf"])
        #expect(topic.contains("<source>Les mer på <g id=\"1\" ctype=\"link\">helsenorge.no</g> og <g id=\"2\" ctype=\"bold\">hvil</g>.</source>\n"
            + "        <target state=\"needs-translation\">Les mer på <g id=\"1\" ctype=\"link\">helsenorge.no</g> og <g id=\"2\" ctype=\"bold\">hvil</g>.</target>"))
    }

    @Test func onlyAllTakesTranslatedUnitsAndTodoLeavesThemOut() throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/topics/neck.xlf")
        #expect(KitFixture.files(try KitFixture.export(project, .po))["topics/neck.po"] == nil)
        let all = try KitFixture.export(project, .po, scope: .all)
        #expect(KitFixture.files(all)["topics/neck.po"]?.contains("msgstr \"EN: Nakke\"") == true)
        #expect(all.wordCounts.files[0].counts.current == 17)
    }

    @Test func zipKeepsTheKitsFilesAndDeflatedEntriesAreRead() throws {
        let entries = [ZipArchive.Entry(path: "topics/neck.po", data: Data("msgid \"Hei\"\n".utf8)),
                       ZipArchive.Entry(path: "word-counts.txt", data: Data("økende smerter\n".utf8))]
        #expect(try ZipArchive.read(ZipArchive.write(entries)).get() == entries)
        #expect(throws: ZipArchive.ReadError.self) { try ZipArchive.read(Data("PK\u{3}\u{4}not a zip".utf8)).get() }
        // What a file manager or a translator's tool sends back: deflated entries (Python's zipfile here).
        let deflated = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-zip-\(UUID().uuidString).zip")
        let script = "import zipfile, sys\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
            + "z.writestr('topics/neck.po', 'msgid \"Hei\"\\n' * 50)\nz.writestr('folder/', '')\nz.close()\n"
        if ExternalTools.run("/usr/bin/env", ["python3", "-c", script, deflated.path]) == 0 {
            let read = try ZipArchive.read(try Data(contentsOf: deflated)).get()
            #expect(read == [ZipArchive.Entry(path: "topics/neck.po", data: Data(String(repeating: "msgid \"Hei\"\n", count: 50).utf8))])
            try? FileManager.default.removeItem(at: deflated)
        }
        var damaged = ZipArchive.write(entries)
        damaged[50] ^= 0xFF  // inside the first file's bytes: the checksum no longer matches
        #expect(throws: ZipArchive.ReadError.self) { try ZipArchive.read(damaged).get() }
    }
}
