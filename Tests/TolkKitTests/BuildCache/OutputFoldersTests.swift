import Foundation
import Testing
@testable import TolkKit

@Suite struct OutputFoldersTests {
    @Test func aPathIsSplitTwoLevelsDown() {
        #expect(OutputFolders.split("en/topics/neck-pain/index.html") == ("en/topics", "neck-pain/index.html"))
        #expect(OutputFolders.split("pl/handouts/neck-pain.nb.html") == ("pl/handouts", "neck-pain.nb.html"))
        #expect(OutputFolders.split("en/index.html") == ("en", "index.html"))
        #expect(OutputFolders.split("404.html") == ("", "404.html"))
        #expect(OutputFolders.split("a/b/c/d/e.vtt") == ("a/b", "c/d/e.vtt"))
    }

    @Test func stagingFoldersAreMadeAndTheCurrentOnesOnlyOpened() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let current = OutputFolders(root: root.path + "/current", creating: false)
        #expect(current.locate("en/topics/a/index.html") == nil, "a folder that is not there is not made in the current output")
        #expect(!FileManager.default.fileExists(atPath: root.path + "/current"))
        let staging = OutputFolders(root: root.path + "/staging", creating: true)
        let (folder, name) = try #require(staging.locate("en/topics/a/index.html"))
        #expect(name == "a/index.html")
        #expect(OutputFolders.makeFolders(of: name, in: folder))
        #expect(FileManager.default.createFile(atPath: root.path + "/staging/en/topics/a/index.html", contents: Data("x".utf8)))
        // The same descriptor the next time, and the file is there relative to it.
        #expect(staging.locate("en/topics/b/index.html")?.folder == folder)
        #expect(OutputFileStat.read("a/index.html", in: folder, as: "en/topics/a/index.html")?.size == 1)
    }
}
