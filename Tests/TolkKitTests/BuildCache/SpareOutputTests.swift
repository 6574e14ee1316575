import Foundation
import Testing
@testable import TolkKit

/// A cached build keeps the output it replaces as the spare (`.NAME.tolk-spare`) and the next
/// build starts its staging folder from it: what that leaves must be a clean build's output.
@Suite struct SpareOutputTests {
    private static func spare(of copy: CachedSiteCopy) -> URL { AtomicDirectory(target: copy.output).spare }

    private static func folderInode(_ url: URL) -> UInt64? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// A folder held open, so that its inode number is not given to a new folder while the test
    /// compares them (a file system reuses the numbers of deleted folders).
    private final class HeldFolder {
        let descriptor: Int32
        init(_ url: URL) { descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        deinit { if descriptor >= 0 { close(descriptor) } }
        var inode: UInt64? {
            var info = stat()
            return descriptor >= 0 && fstat(descriptor, &info) == 0 ? UInt64(info.st_ino) : nil
        }
    }

    /// The tree without the marker, which every build writes anew.
    private static func site(_ folder: URL) -> [String: Data] { CachedSiteCopy.tree(folder).filter { $0.key != ".tolk-output" } }

    @Test func aRebuildIsMadeOfTheOutputBeforeTheLast() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let held = HeldFolder(copy.output.appendingPathComponent("en/topics/interpreter"))
        let firstFolder = held.inode
        #expect(!FileManager.default.fileExists(atPath: Self.spare(of: copy).path), "a first build has nothing to keep")
        _ = copy.build()
        #expect(Self.folderInode(Self.spare(of: copy).appendingPathComponent("en/topics/interpreter")) == firstFolder)
        try copy.replace("</target>", with: " (edited)</target>", in: "Locales/en/topics/neck-pain.xlf", occurrence: 2)
        let built = copy.build()
        #expect(built.value != nil)
        #expect(built.value?.fileCount == CachedSiteCopy.tree(copy.output).count - 1, "every file but the marker is counted, the kept ones too")
        // The folder of an untouched page is the first build's: its staging folder was the spare, not a new one.
        #expect(firstFolder != nil && Self.folderInode(copy.output.appendingPathComponent("en/topics/interpreter")) == held.inode)
        #expect(try String(contentsOf: copy.output.appendingPathComponent("en/topics/neck-pain/index.html"), encoding: .utf8).contains("(edited)"))
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
    }

    private static func mode(_ url: URL) -> mode_t? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    @Test func onlyItsOwnerMayEnterTheSpareAndTheOutputMadeOfItIsOpenAsBefore() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let outputMode = try #require(Self.mode(copy.output))
        _ = copy.build()
        #expect(Self.mode(Self.spare(of: copy)) == 0o700)
        #expect(Self.mode(copy.output) == outputMode)
        _ = copy.build()
        #expect(Self.mode(copy.output) == outputMode, "made of the spare, opened again as the output was")
        #expect(Self.mode(Self.spare(of: copy)) == 0o700)
    }

    @Test func whatWasPutIntoTheOutputByHandIsNotCarriedOn() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let manager = FileManager.default
        // Into the output that becomes the spare: a file, a folder, a link, a file in a page's folder.
        try Data("notes".utf8).write(to: copy.output.appendingPathComponent("en/notes.html"))
        try manager.createDirectory(at: copy.output.appendingPathComponent("en/extra/deep"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: copy.output.appendingPathComponent("en/extra/deep/x.html"))
        try manager.createSymbolicLink(atPath: copy.output.appendingPathComponent("en/topics/interpreter/link.html").path, withDestinationPath: "/etc/hostname")
        try Data("draft".utf8).write(to: copy.output.appendingPathComponent("pl/topics/neck-pain/draft.txt"))
        _ = copy.build()
        // A page of the spare replaced by another file (a new inode), and one edited in place.
        let replaced = Self.spare(of: copy).appendingPathComponent("pl/handouts/interpreter.html")
        try manager.removeItem(at: replaced)
        try Data("<p>someone else's handout</p>".utf8).write(to: replaced)
        let edited = Self.spare(of: copy).appendingPathComponent("en/index.html")
        var bytes = try Data(contentsOf: edited)
        bytes[bytes.count - 2] = UInt8(ascii: "X")
        try bytes.write(to: edited)
        #expect(copy.build().value != nil)
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
        for stray in ["en/notes.html", "en/extra", "en/topics/interpreter/link.html", "pl/topics/neck-pain/draft.txt"] {
            #expect(!manager.fileExists(atPath: copy.output.appendingPathComponent(stray).path), "\(stray)")
        }
    }

    @Test func aPageNoLongerWrittenOrDeletedLeavesNoFileAndNoFolder() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        _ = copy.build()
        let held = HeldFolder(Self.spare(of: copy).appendingPathComponent("en/topics/interpreter"))
        let spareFolder = held.inode
        // Its Polish translation gone: the page is withheld in Polish, and its Polish handouts are not written.
        #expect(copy.inode("pl/handouts/neck-pain.html") != nil)
        try FileManager.default.removeItem(at: copy.root.appendingPathComponent("Locales/pl/topics/neck-pain.xlf"))
        #expect(copy.build().value != nil)
        #expect(spareFolder != nil && Self.folderInode(copy.output.appendingPathComponent("en/topics/interpreter")) == held.inode, "made of the spare")
        #expect(copy.inode("pl/handouts/neck-pain.html") == nil)
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
        // A topic deleted (a new global key: the spare is not used, the old output's files are linked).
        try FileManager.default.removeItem(at: copy.root.appendingPathComponent("Content/topics/interpreter.md"))
        for file in copy.files(under: "Locales", ending: "/topics/interpreter.xlf") {
            try FileManager.default.removeItem(at: copy.root.appendingPathComponent(file))
        }
        #expect(copy.build().value != nil)
        #expect(!FileManager.default.fileExists(atPath: copy.output.appendingPathComponent("en/topics/interpreter").path))
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
    }

    @Test func cleanOrASpareWithoutRecordsStartsFromAnEmptyFolder() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        _ = copy.build()
        let spare = Self.spare(of: copy)
        #expect(FileManager.default.fileExists(atPath: spare.path))
        // --clean trusts nothing of the cache: the spare is deleted, and the replaced output with it.
        #expect(copy.build(clean: true).value != nil)
        #expect(!FileManager.default.fileExists(atPath: spare.path))
        _ = copy.build()
        #expect(FileManager.default.fileExists(atPath: spare.path))
        // The spare's records gone: the spare is not used, and the output is still a clean build's.
        let held = HeldFolder(spare.appendingPathComponent("en/topics/interpreter"))
        let folder = held.inode
        try FileManager.default.removeItem(at: BuildCache.spareFile(projectRoot: copy.root, output: copy.output))
        #expect(copy.build().value != nil)
        #expect(folder != nil && Self.folderInode(copy.output.appendingPathComponent("en/topics/interpreter")) != held.inode)
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
    }

    /// `--pdf` prints every handout into staging: its PDFs are new files, so a spare would hold a second set.
    @Test func aBuildThatPrintsPDFsKeepsNoSpare() throws {
        let copy = try CachedSiteCopy()
        var settings = BuildCacheSettings(tolkVersion: "test", clean: false)
        settings.fileTimeMargin = 0
        // A stand-in for the PDF stage: one file written into staging.
        let printing: (LocalizedSite, URL) -> Staged<Int> = { _, staging in
            FileManager.default.createFile(atPath: staging.appendingPathComponent("en/handouts/interpreter.pdf").path, contents: Data("%PDF".utf8))
            return Staged(1)
        }
        for _ in 1...2 {
            #expect(SiteBuild.build(root: copy.root, output: copy.output, profile: "oslo", cache: settings, finish: printing).value != nil)
            #expect(!FileManager.default.fileExists(atPath: Self.spare(of: copy).path))
        }
        #expect(!FileManager.default.fileExists(atPath: BuildCache.spareFile(projectRoot: copy.root, output: copy.output).path))
        // Without PDFs again: the output it replaces is kept, and the one after starts from it, the old PDF gone.
        _ = copy.build()
        #expect(FileManager.default.fileExists(atPath: Self.spare(of: copy).path))
        _ = copy.build()
        #expect(!FileManager.default.fileExists(atPath: copy.output.appendingPathComponent("en/handouts/interpreter.pdf").path))
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
    }

    /// (A build killed while its staging folder is the spare: `KilledBuildTests`.)
    @Test func aFailedBuildLeavesTheOutputAsItWasAndTheNextOneIsClean() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        _ = copy.build()
        let before = Self.site(copy.output)
        try copy.write("Site/templates/topic.mustache", "{{#unclosed}}")
        #expect(copy.build().value == nil)
        #expect(Self.site(copy.output) == before)
        try FileManager.default.removeItem(at: copy.root.appendingPathComponent("Site/templates/topic.mustache"))
        try copy.replace("</target>", with: " (edited)</target>", in: "Locales/en/topics/neck-pain.xlf", occurrence: 2)
        #expect(copy.build().value != nil)
        #expect(Self.site(copy.output) == Self.site(try Self.referenceFolder(copy)))
    }

    /// A clean build of the project as it is now, in a folder of its own.
    private static func referenceFolder(_ copy: CachedSiteCopy) throws -> URL {
        let folder = copy.root.appendingPathComponent("reference-\(UUID().uuidString)")
        #expect(SiteBuild.build(root: copy.root, output: folder, profile: "oslo").value != nil)
        return folder
    }
}
