import Foundation
import Testing
@testable import TolkKit

/// Tolk's files through the storage layer of Weblate and Pootle (translate-toolkit): opened and
/// saved they lose nothing, and a kit filled through its API and imported completes a language.
@Suite(.enabled(if: ExternalTools.translateToolkit != nil,
                "translate-toolkit is not installed and pip could not install it into /tmp/venv-tt (no PyPI?)"))
struct TranslateToolkitTests {
    /// Opens every kit file in a folder with translate-toolkit and saves it; with `fill`, sets every
    /// target to "EN " + the source first (XLIFF through rich text, so codes stay codes).
    static let script = #"""
        import os, sys
        from translate.storage import po, xliff, xliff2
        from translate.storage.placeables import StringElem
        fmt, mode, folder = sys.argv[1:4]
        cls = {"po": po.pofile, "xliff12": xliff.xlifffile, "xliff2": xliff2.Xliff2File}[fmt]
        count = 0
        for base, _, names in os.walk(folder):
            for name in names:
                if not (name.endswith(".po") or name.endswith(".xlf")): continue
                path = os.path.join(base, name)
                with open(path, "rb") as f: store = cls.parsestring(f.read())
                for unit in store.units:
                    if unit.isheader(): continue
                    count += 1
                    if mode != "fill": continue
                    if fmt == "po":
                        unit.target = "EN " + unit.source
                        unit.markfuzzy(False)
                    else:
                        unit.rich_target = [StringElem(["EN "] + list(unit.rich_source))]
                with open(path, "wb") as f: f.write(bytes(store))
        print(count)
        """#

    /// Runs the script over a kit written to a folder, and returns the folder.
    static func throughToolkit(_ kit: TranslationKit, mode: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-tt-\(UUID().uuidString)")
        for file in kit.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        let script = folder.appendingPathComponent("tt.py")
        try Data(Self.script.utf8).write(to: script)
        var output = ""
        let status = ExternalTools.run(ExternalTools.translateToolkit!.path, [script.path, kit.format.rawValue, mode, folder.path], output: &output)
        try FileManager.default.removeItem(at: script)
        guard status == 0 else { throw TestFailure("translate-toolkit failed: \(output)") }
        return folder
    }

    @Test(arguments: KitFormat.allCases)
    func aKitOpenedAndSavedLosesNothing(_ format: KitFormat) throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/exercises/chin.xlf", state: .reviewed)
        try project.write("Content/exercises/chin.yml", KitFixture.exercise.replacingOccurrences(of: "Haketrekk", with: "Haketrekk sittende"))
        try project.sync()
        let before = try project.read("Locales/en/exercises/chin.xlf")
        let folder = try Self.throughToolkit(try KitFixture.export(project, format), mode: "save")
        let result = KitImport.run(try project.load(), language: "en", paths: [folder])
        let imported = try #require(result.value, "\(result.diagnostics)")
        #expect(result.diagnostics == [])
        #expect((imported.imported, imported.rejected, imported.unchanged) == (0, 0, 4))
        #expect(try project.read("Locales/en/exercises/chin.xlf") == before)
    }

    @Test(arguments: KitFormat.allCases)
    func aKitFilledThroughItsAPIAndImportedCompletesTheLanguage(_ format: KitFormat) throws {
        let project = try KitFixture.make()
        let folder = try Self.throughToolkit(try KitFixture.export(project, format), mode: "fill")
        let result = KitImport.run(try project.load(), language: "en", paths: [folder])
        let imported = try #require(result.value, "\(result.diagnostics)")
        #expect(result.diagnostics == [])
        #expect((imported.imported, imported.rejected) == (7, 0))
        for file in imported.files { try project.write(file.path, file.text) }
        let report = Checker.load(try project.load(), languages: ["en"], minState: .translated).value.report()
        #expect(report.problems.filter { $0.severity == .error } == [])
        let units = try project.translation("Locales/en/topics/neck.xlf").units
        #expect(units.first { $0.source.plainText.hasPrefix("Les") }?.target?.codeIDs == ["open:1", "close:1", "open:2", "close:2"])
    }

    @Test func tolksOwnXLIFF2FileAndTheTMXReadAndSaveWithoutLoss() throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/topics/neck.xlf")
        let path = "Locales/en/topics/neck.xlf"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-tt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(try project.read(path).utf8).write(to: folder.appendingPathComponent("neck.xlf"))
        let tmx = try #require(TMXExport.export(try project.load(), language: "en").value)
        #expect(tmx.units == 4)
        try Data(tmx.document.utf8).write(to: folder.appendingPathComponent("memory.tmx"))
        let script = folder.appendingPathComponent("save.py")
        try Data(#"""
            import sys
            from translate.storage import xliff2, tmx
            folder = sys.argv[1]
            store = xliff2.Xliff2File.parsestring(open(folder + "/neck.xlf", "rb").read())
            open(folder + "/neck.xlf", "wb").write(bytes(store))
            memory = tmx.tmxfile.parsestring(open(folder + "/memory.tmx", "rb").read())
            for unit in memory.units: print(unit.source + " => " + unit.target)
            """#.utf8).write(to: script)
        var output = ""
        #expect(ExternalTools.run(ExternalTools.translateToolkit!.path, [script.path, folder.path], output: &output) == 0, "\(output)")
        let saved = try #require(XLIFFReader.read(try Data(contentsOf: folder.appendingPathComponent("neck.xlf")), path: path).value)
        let original = try project.translation(path)
        #expect(saved.units.map(\.id) == original.units.map(\.id))
        #expect(saved.units.map(\.source.signature) == original.units.map(\.source.signature))
        #expect(saved.units.map { $0.target?.signature } == original.units.map { $0.target?.signature })
        #expect(saved.units.map(\.state) == original.units.map(\.state))
        #expect(output.contains("Ring 113 ved fare. => EN: Ring 113 ved fare.\n"))
        #expect(output.components(separatedBy: " => ").count == 5)
    }
}

/// GNU gettext accepts every PO kit: `msgfmt --check-format -c`.
@Suite(.enabled(if: ExternalTools.msgfmt != nil, "GNU gettext's msgfmt is not installed (apt-get install gettext)"))
struct MsgfmtTests {
    @Test func msgfmtAcceptsPOKitsWithNewStaleAndTaggedEntries() throws {
        let project = try KitFixture.make()
        try project.translateAll("Locales/en/topics/neck.xlf")
        try project.write("Content/topics/neck.md", KitFixture.topic.replacingOccurrences(of: "Ring 113 ved fare.", with: "Ring 113 ved \"stor\" fare.\\"))
        try project.sync()
        for scope in KitScope.allCases {
            let kit = try KitFixture.export(project, .po, scope: scope)
            for file in kit.files where file.path.hasSuffix(".po") {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-msgfmt-\(UUID().uuidString).po")
                try file.data.write(to: url)
                var output = ""
                let status = ExternalTools.run(ExternalTools.msgfmt!.path, ["--check-format", "-c", "-o", "/dev/null", url.path], output: &output)
                #expect(status == 0, "\(file.path) (\(scope)): \(output)")
                #expect(output == "", "\(file.path) (\(scope))")
                try? FileManager.default.removeItem(at: url)
            }
        }
    }
}
