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
}
