import Foundation
import Testing
@testable import TolkKit

@Suite struct KitImportTests {
    static let topicPath = "Locales/en/topics/neck.xlf"

    /// The PO kit of en with every msgstr filled with "EN: " and the msgid (tags kept).
    static func filledPO(_ project: TemporaryProject, fuzzy: Bool = false) throws -> [String: String] {
        var files = KitFixture.files(try KitFixture.export(project, .po))
        for (path, text) in files where path.hasSuffix(".po") {
            var out: [String] = []
            var msgid = ""
            for line in text.components(separatedBy: "\n") {
                if line.hasPrefix("msgid \"") { msgid = String(line.dropFirst(7).dropLast()) }
                if line == "msgstr \"\"", !msgid.isEmpty {
                    if fuzzy { out.insert("#, fuzzy", at: out.count - 2) }
                    out.append("msgstr \"EN: \(msgid)\"")
                } else {
                    out.append(line)
                }
            }
            files[path] = out.joined(separator: "\n")
        }
        return files
    }

    @Test func aFilledPOKitCompletesTheLanguage() throws {
        let project = try KitFixture.make()
        let result = try KitFixture.importFiles(project, try Self.filledPO(project))
        let imported = try #require(result.value)
        #expect(result.diagnostics == [])
        #expect((imported.imported, imported.unchanged, imported.staleSinceExport, imported.rejected, imported.kitFiles) == (7, 0, 0, 0, 2))
        let units = try KitFixture.units(project, Self.topicPath)
        #expect(units["Les mer på helsenorge.no og hvil."]?.0 == "EN: Les mer på helsenorge.no og hvil.")
        #expect(units.values.allSatisfy { $0.1 == .translated && !$0.2 })
        // The codes came back as codes: the target has the link and the bold of the source.
        let link = try #require(try project.translation(Self.topicPath).units.first { $0.source.plainText.hasPrefix("Les") })
        #expect(link.target?.codeIDs == ["open:1", "close:1", "open:2", "close:2"])
        let check = Checker.load(try project.load(), languages: ["en"], minState: .translated).value.report()
        #expect(check.problems.filter { $0.severity == .error } == [])
    }

    @Test func aKitReturnedAsItWasSentChangesNothing() throws {
        let project = try KitFixture.make()
        let before = try project.read(Self.topicPath)
        for format in KitFormat.allCases {
            let files = KitFixture.files(try KitFixture.export(project, format))
            let imported = try #require(try KitFixture.importFiles(project, files).value)
            #expect((imported.imported, imported.rejected) == (0, 0), "\(format)")
            // XLIFF 1.2 sends a copy of the source as the target, the others no target: all come back unchanged.
            #expect(imported.unchanged == 7, "\(format)")
        }
        #expect(try project.read(Self.topicPath) == before)
    }

    @Test func aUnitWhoseSourceChangedWhileTheKitWasOutComesInStale() throws {
        let project = try KitFixture.make()
        let files = try Self.filledPO(project)
        try project.write("Content/topics/neck.md", KitFixture.topic.replacingOccurrences(of: "Ring 113 ved fare.", with: "Ring 113 ved stor fare."))
        let imported = try #require(try KitFixture.importFiles(project, files).value)
        #expect((imported.imported, imported.staleSinceExport) == (7, 1))
        let unit = try #require(try project.translation(Self.topicPath).units.first { $0.source.plainText == "Ring 113 ved stor fare." })
        #expect(unit.isStale)
        #expect(unit.target?.plainText == "EN: Ring 113 ved fare.")
        #expect(unit.previousSource == "Ring 113 ved fare.")
    }

    @Test func fuzzyEntriesComeInUnconfirmed() throws {
        let project = try KitFixture.make()
        let imported = try #require(try KitFixture.importFiles(project, try Self.filledPO(project, fuzzy: true)).value)
        #expect((imported.imported, imported.unconfirmed) == (7, 7))
        #expect(try KitFixture.units(project, Self.topicPath).values.allSatisfy { $0.0?.hasPrefix("EN: ") == true && $0.1 == .initial })
    }

    @Test func xliff12StatesMapExplicitlyAndAnUnchangedStateMeansTranslated() throws {
        let project = try KitFixture.make()
        var text = try #require(KitFixture.files(try KitFixture.export(project, .xliff12))["topics/neck.xlf"])
        // Title: signed-off → reviewed. "Stopp…": OmegaT left needs-translation but changed the target → translated.
        // "Ring…": approved="yes" with state final → final. "Les…": the source copy, untouched → nothing.
        text = text.replacingOccurrences(of: "<target state=\"needs-translation\">Nakke</target>", with: "<target state=\"signed-off\">Neck</target>")
        text = text.replacingOccurrences(of: ">Stopp hvis du får økende smerter.</target>", with: ">Stop if the pain gets worse.</target>")
        text = text.replacingOccurrences(of: "<target state=\"needs-translation\">Ring 113 ved fare.</target>", with: "<target state=\"final\">Call 113 in danger.</target>")
        let imported = try #require(try KitFixture.importFiles(project, ["topics/neck.xlf": text]).value)
        #expect((imported.imported, imported.unchanged) == (3, 1))
        let units = try KitFixture.units(project, Self.topicPath)
        #expect(units["Nakke"]?.0 == "Neck" && units["Nakke"]?.1 == .reviewed)
        #expect(units["Stopp hvis du får økende smerter."]?.1 == .translated)
        #expect(units["Ring 113 ved fare."]?.1 == .final)
        #expect(units["Les mer på helsenorge.no og hvil."]?.0 == nil)
    }

    @Test func aUnitWithAnErrorIsRejectedAndTheOthersAreImported() throws {
        let project = try KitFixture.make()
        var files = try Self.filledPO(project)
        files["topics/neck.po"] = files["topics/neck.po"]!.replacingOccurrences(of: "msgstr \"EN: Ring 113 ved fare.\"", with: "msgstr \"EN: Ring 113 ved fare 2 ganger.\"")
        let result = try KitFixture.importFiles(project, files)
        let imported = try #require(result.value)
        #expect((imported.imported, imported.rejected) == (6, 1))
        #expect(result.diagnostics.map(\.check) == ["import"])
        #expect(result.diagnostics.first?.message.hasPrefix("not imported: [numbers]") == true)
        #expect(try KitFixture.units(project, Self.topicPath)["Ring 113 ved fare."]?.0 == nil)
    }

    @Test func anUnreadableFileMeansNothingIsWritten() throws {
        let project = try KitFixture.make()
        var files = try Self.filledPO(project)
        files["exercises/chin.po"] = "msgid \"unclosed\nmsgstr \"\"\n"
        let result = try KitFixture.importFiles(project, files)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.check) == ["import"])
        #expect(result.diagnostics.first?.location?.line == 1)
        #expect(try project.translation(Self.topicPath).units.allSatisfy { $0.target == nil })
    }

    @Test func aZipOfAnotherLanguageIsRefused() throws {
        let project = try KitFixture.make()
        let kit = try KitFixture.export(project, .xliff2, language: "pl")
        let zip = project.root.appendingPathComponent("kit-pl.zip")
        try ZipArchive.write(kit.files).write(to: zip)
        let result = KitImport.run(try project.load(), language: "en", paths: [zip])
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.message == "this file is a translation into `pl`, not into `en`")
    }
}
