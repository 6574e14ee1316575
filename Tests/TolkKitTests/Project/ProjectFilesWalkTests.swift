import Foundation
import Testing
@testable import TolkKit

/// `ProjectFiles.walk` (readdir, for the build cache's global key) against `ProjectFiles.files`
/// (FileManager's enumerator, resolving every file's real path): the same files, the same bytes.
@Suite struct ProjectFilesWalkTests {
    @Test func theWalkListsWhatTheEnumeratorLists() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("Locales")
        let manager = FileManager.default
        func write(_ path: String, _ text: String) throws {
            let url = base.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("Locales/strings.xlf", "strings")
        try write("Locales/en/topics/a.xlf", "a")
        try write("Locales/en/topics/b c.xlf", "b c")
        try write("Locales/pl/deep/er/still/d.xlf", "d")
        try write("Locales/pl/empty.xlf", "")
        try write("Locales/.hidden", "hidden")
        try write("Locales/.git/config", "hidden folder")
        try write("Locales/ur/.DS_Store", "hidden file in a folder")
        try write("Locales/ar/بيت.xlf", String(repeating: "طويل ", count: 20_000))
        try write("outside.txt", "outside")
        try write("outside-folder/x.txt", "outside folder")
        try manager.createDirectory(at: folder.appendingPathComponent("empty-folder"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("en/inside-link.xlf").path, withDestinationPath: "topics/a.xlf")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("en/outside-link.xlf").path,
                                       withDestinationPath: base.appendingPathComponent("outside.txt").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("en/dangling.xlf").path, withDestinationPath: "nowhere.xlf")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("pl/folder-link").path, withDestinationPath: "deep")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("pl/outside-folder").path,
                                       withDestinationPath: base.appendingPathComponent("outside-folder").path)
        let skipped: (String) -> Bool = { $0 == "en/topics/b c.xlf" }

        let walked = ProjectFiles.walk(folder, skipping: skipped)
        let enumerated = ProjectFiles.files(under: folder, inside: folder, skipping: skipped).sorted { $0.0 < $1.0 }
        #expect(walked.map(\.0) == enumerated.map(\.0))
        #expect(walked.map(\.1) == enumerated.map(\.1))
        #expect(walked.map(\.0) == ["ar/بيت.xlf", "en/inside-link.xlf", "en/topics/a.xlf", "pl/deep/er/still/d.xlf", "pl/empty.xlf", "strings.xlf"])
        #expect(walked.first?.1.count == "طويل ".utf8.count * 20_000)

        // Every entry, hidden ones and folders too, as FileManager's enumerator lists them (orphans are looked for so).
        var listed: [String] = []
        ProjectFiles.entries(below: folder.path, hidden: true) { path, _ in listed.append(path) }
        let all = (manager.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        #expect(listed.sorted() == all.sorted())
        #expect(listed.contains(".git/config") && listed.contains("pl/folder-link") && !listed.contains("pl/folder-link/er"))
    }
}
