import Foundation
import Testing
@testable import TolkKit

/// `tolk build --output`: every folder it refuses to replace (exit 2, the reason, nothing touched),
/// and the folders it may replace.
@Suite struct OutputGuardCLITests {
    static let hint = "  hint: choose a folder of its own, such as _site (the default)\n"

    /// A fresh `tolk init` project, synced, in its own temporary folder (inside `container`, so
    /// that refusing the project's parent can be checked without looking at all of /tmp).
    func project() throws -> (root: URL, container: URL) {
        let container = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-guard-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: container, withIntermediateDirectories: true)
        let root = container.appendingPathComponent("clinic")
        let created = try TolkBinary.run(["init", root.path], in: container)
        #expect(created.status == 0, "\(created.stderr)")
        return (root, container)
    }

    /// Runs `tolk build` with `arguments` and expects the refusal `reason` for `shown`, with the
    /// container (project and all beside it) byte for byte as it was.
    func expectRefused(_ arguments: [String], shown: String, setting: String = "--output", reason: String,
                       hint: String = hint, root: URL, container: URL) throws {
        let before = OutputGuardTests.snapshot(container)
        let build = try TolkBinary.run(["build"] + arguments, in: root)
        #expect(build.status == 2, "\(arguments): \(build.stderr)")
        #expect(build.stdout == "")
        #expect(build.stderr == "error: [output-guard] will not build into \(shown) (\(setting)): \(reason); nothing was changed\n" + hint, "\(arguments)")
        #expect(OutputGuardTests.snapshot(container) == before, "\(arguments) changed files")
    }

    @Test func theProjectItsParentAndItsSourceFoldersAreRefused() throws {
        let (root, container) = try project()
        let real = OutputGuard.resolved(root)
        try expectRefused(["--output", "."], shown: real, reason: "it is the project folder itself, and building there would delete your sources", root: root, container: container)
        try expectRefused(["--output", root.path + "/"], shown: real, reason: "it is the project folder itself, and building there would delete your sources", root: root, container: container)
        try expectRefused(["--output", ".."], shown: OutputGuard.resolved(container), reason: "it contains the project, and building there would delete it", root: root, container: container)
        try expectRefused(["--output", "/"], shown: "/", reason: "it contains the project, and building there would delete it", root: root, container: container)
        try expectRefused(["--output", "Content"], shown: "Content/", reason: "it is Content/, which holds your sources, and building there would delete them", root: root, container: container)
        try expectRefused(["--output", "Content/topics"], shown: "Content/topics/", reason: "it is inside Content/, which holds your sources, and building there would delete them", root: root, container: container)
        try expectRefused(["--output", "Locales"], shown: "Locales/", reason: "it is Locales/, which holds your translations, and building there would delete them", root: root, container: container)
        try expectRefused(["--output", "Site"], shown: "Site/", reason: "it is Site/, which holds your settings and theme, and building there would delete them", root: root, container: container)
        try expectRefused(["--output", "Site/new-site"], shown: "Site/new-site/", reason: "it is inside Site/, which holds your settings and theme, and building there would delete them", root: root, container: container)
    }

    @Test func theOutputSettingOfSiteYmlIsGuardedToo() throws {
        let (root, container) = try project()
        let site = root.appendingPathComponent("Site/site.yml")
        let text = try String(contentsOf: site, encoding: .utf8)
        try Data((text + "\noutput: ..\n").utf8).write(to: site)
        try expectRefused([], shown: OutputGuard.resolved(container), setting: "`output: ..` in Site/site.yml",
                          reason: "it contains the project, and building there would delete it", root: root, container: container)
    }

    @Test func gitRepositoriesFilesLinksAndOtherPeoplesFoldersAreRefused() throws {
        let (root, container) = try project()
        let manager = FileManager.default
        let repo = container.appendingPathComponent("repo")
        try manager.createDirectory(at: repo.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data().write(to: repo.appendingPathComponent(".tolk-output"))
        try expectRefused(["--output", repo.path], shown: OutputGuard.resolved(repo), reason: "it holds a Git repository (.git), and building there would delete it", root: root, container: container)
        try expectRefused(["--output", "../repo/.git/site"], shown: OutputGuard.resolved(repo) + "/.git/site", reason: "it is inside a Git repository's .git folder", root: root, container: container)
        let home = container.appendingPathComponent("home")
        try manager.createDirectory(at: home, withIntermediateDirectories: true)
        try Data("my letters".utf8).write(to: home.appendingPathComponent("letters.txt"))
        try expectRefused(["--output", "../home"], shown: OutputGuard.resolved(home),
                          reason: "it is not empty and Tolk did not build it (it has no .tolk-output file), and building there would delete its files",
                          hint: "  hint: choose a new or empty folder; if this folder's files may all go, empty it yourself first\n", root: root, container: container)
        try expectRefused(["--output", "../home/letters.txt"], shown: OutputGuard.resolved(home) + "/letters.txt", reason: "it is a file, not a folder", root: root, container: container)
        try manager.createSymbolicLink(at: root.appendingPathComponent("public"), withDestinationURL: root.appendingPathComponent("Content"))
        try expectRefused(["--output", "public"], shown: "public/", reason: "it is a symbolic link, and a build would replace the link, not the folder it points to",
                          hint: "  hint: give the folder itself\n", root: root, container: container)
        try expectRefused(["--output", "public/topics"], shown: "Content/topics/", reason: "it is inside Content/, which holds your sources, and building there would delete them", root: root, container: container)
    }

    @Test func aNewAnEmptyAndATolkBuiltFolderAreReplaced() throws {
        let (root, container) = try project()
        let first = try TolkBinary.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/.tolk-output").path))
        let again = try TolkBinary.run(["build"], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        let empty = container.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let into = try TolkBinary.run(["build", "--output", empty.path], in: root)
        #expect(into.status == 0, "\(into.stderr)")
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: container.path) + FileManager.default.contentsOfDirectory(atPath: root.path)
        // The rebuild kept the first output as its spare: the one folder a build leaves beside the output.
        #expect(leftovers.filter { $0.contains(".tolk-") } == ["._site.tolk-spare"])
    }
}
