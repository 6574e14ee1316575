import Foundation
import Testing
@testable import TolkKit

/// `AtomicDirectory.removeTree`, the deletion of the old output after a swap.
@Suite struct AtomicDirectoryRemovalTests {
    @Test func aTreeIsRemovedAndWhatItsLinksLeadToIsKept() throws {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("tolk-remove-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: base) }
        let tree = base.appendingPathComponent("old")
        let kept = base.appendingPathComponent("kept")
        for path in ["index.html", "en/topics/a/index.html", "en/topics/b c/index.html", "pl/ł/deep/er/x.css", ".hidden", ".git/config"] {
            let url = tree.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try manager.createDirectory(at: tree.appendingPathComponent("empty/also-empty"), withIntermediateDirectories: true)
        try manager.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: kept.appendingPathComponent("file.txt"))
        try manager.createSymbolicLink(at: tree.appendingPathComponent("en/link-to-folder"), withDestinationURL: kept)
        try manager.createSymbolicLink(at: tree.appendingPathComponent("link-to-file"), withDestinationURL: kept.appendingPathComponent("file.txt"))
        try manager.createSymbolicLink(atPath: tree.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")

        AtomicDirectory.removeTree(tree)
        #expect(!manager.fileExists(atPath: tree.path))
        #expect((try? manager.destinationOfSymbolicLink(atPath: tree.appendingPathComponent("dangling").path)) == nil)
        #expect(try String(contentsOf: kept.appendingPathComponent("file.txt"), encoding: .utf8) == "keep")
        // A folder that is not there is nothing to do.
        AtomicDirectory.removeTree(tree)
        #expect(!manager.fileExists(atPath: tree.path))
    }

    /// Links at every level (those split over the cores too) are removed, never followed.
    @Test(arguments: [3, AtomicDirectory.splitFolderLimit + 1])
    func aWideTreeIsRemovedOnEveryLevelWithItsLinksNotFollowed(firstLevelFolders: Int) throws {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("tolk-remove-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: base) }
        let tree = base.appendingPathComponent("old")
        let kept = base.appendingPathComponent("kept")
        try manager.createDirectory(at: kept.appendingPathComponent("inner"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: kept.appendingPathComponent("inner/file.txt"))
        var files = ["index.html", "sitemap.xml"]
        for folder in 0..<firstLevelFolders {
            files.append("l\(folder)/index.html")
            for second in ["topics", "handouts", "tom mappe", "å"] {
                for page in 0..<4 { files.append("l\(folder)/\(second)/p\(page)/index.html") }
                files.append("l\(folder)/\(second)/list.html")
            }
        }
        for path in files {
            let url = tree.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        for path in ["link", "l0/link", "l0/topics/link", "l0/topics/p0/link", "l1/handouts/link"] {
            try manager.createSymbolicLink(at: tree.appendingPathComponent(path), withDestinationURL: kept)
        }
        try manager.createDirectory(at: tree.appendingPathComponent("l2/empty/also-empty"), withIntermediateDirectories: true)

        AtomicDirectory.removeTree(tree)
        #expect(!manager.fileExists(atPath: tree.path))
        #expect(try manager.contentsOfDirectory(atPath: base.path) == ["kept"])
        #expect(try String(contentsOf: kept.appendingPathComponent("inner/file.txt"), encoding: .utf8) == "keep")
    }
}
