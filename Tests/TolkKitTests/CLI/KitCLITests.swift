import Foundation
import Testing
@testable import TolkKit

/// `tolk export` and `tolk import KIT...` as a translator coordinator runs them.
@Suite struct KitCLITests {
    @Test func exportPrintsTheWordCountsAndImportTakesTheZipBack() throws {
        let project = try KitFixture.make()
        let export = try TolkBinary.run(["export", "--lang", "en", "--format", "xliff12", "--output", "kit.zip"], in: project.root)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("\ntotal                   7   21      0       0         6     27\n"))
        #expect(export.stdout.hasSuffix("Wrote 2 kit file(s) and word-counts.txt to kit.zip.\n"))
        let entries = try ZipArchive.read(try Data(contentsOf: project.root.appendingPathComponent("kit.zip"))).get()
        #expect(entries.map(\.path) == ["topics/neck.xlf", "exercises/chin.xlf", "word-counts.txt"])
        let back = try TolkBinary.run(["import", "--lang", "en", "kit.zip"], in: project.root)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == "Imported 0 unit(s) into en from 2 kit file(s); 7 came back unchanged, 0 are stale because the source changed since the export, 0 rejected.\n")
        let tmx = try TolkBinary.run(["export", "--lang", "en", "--format", "tmx", "--output", "en.tmx"], in: project.root)
        #expect(tmx.stdout == "Wrote en.tmx: 0 translation unit(s) of en.\n")
    }

    @Test func importSaysWhatIsWrongAndExitsOneOrTwo() throws {
        let project = try KitFixture.make()
        let missing = try TolkBinary.run(["import", "--lang", "en", "nothing.zip"], in: project.root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: [import] there is no such file or folder"))
        #expect(missing.stderr.hasSuffix("Nothing was imported: fix the problems above and import the kit again.\n"))
        let usage = try TolkBinary.run(["import", "--lang", "en"], in: project.root)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("Name the returned kit files (or a folder or .zip), or use --from DIR for translated copies."))
        let format = try TolkBinary.run(["export", "--lang", "en", "--format", "docx", "--output", "x"], in: project.root)
        #expect(format.status == 2)
    }
}
