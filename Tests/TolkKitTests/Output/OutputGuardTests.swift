import Foundation
import Testing
@testable import TolkKit

/// `OutputGuard`: which folders a build may replace, and that a build marks its output and
/// clears the staging folders of killed builds.
@Suite struct OutputGuardTests {
    /// Every file and folder under `folder`, hidden ones included, with file contents.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walk = FileManager.default.enumerator(atPath: base) else { return result }
        for case let path as String in walk {
            result[path] = (try? Data(contentsOf: URL(fileURLWithPath: base + "/" + path))) ?? Data("<folder>".utf8)
        }
        return result
    }

    func refusal(_ output: String, in project: TemporaryProject) -> String? {
        OutputGuard.refusal(toReplace: project.root.appendingPathComponent(output), projectRoot: project.root)?.description
    }

    @Test func theProjectItsParentsAndItsSourceFoldersAreRefused() throws {
        let project = try SiteFixture.make()
        let hint = "\n  hint: choose a folder of its own, such as _site (the default)"
        let root = OutputGuard.resolved(project.root)
        #expect(refusal(".", in: project) == "error: [output-guard] will not build into \(root) (--output): it is the project folder itself, and building there would delete your sources; nothing was changed" + hint)
        let parent = OutputGuard.resolved(project.root.deletingLastPathComponent())
        #expect(refusal("..", in: project) == "error: [output-guard] will not build into \(parent) (--output): it contains the project, and building there would delete it; nothing was changed" + hint)
        #expect(OutputGuard.refusal(toReplace: URL(fileURLWithPath: "/"), projectRoot: project.root)?.message
            == "will not build into / (--output): it contains the project, and building there would delete it; nothing was changed")
        #expect(refusal("Content", in: project) == "error: [output-guard] will not build into Content/ (--output): it is Content/, which holds your sources, and building there would delete them; nothing was changed" + hint)
        #expect(refusal("Content/new", in: project) == "error: [output-guard] will not build into Content/new/ (--output): it is inside Content/, which holds your sources, and building there would delete them; nothing was changed" + hint)
        #expect(refusal("Locales/en", in: project) == "error: [output-guard] will not build into Locales/en/ (--output): it is inside Locales/, which holds your translations, and building there would delete them; nothing was changed" + hint)
        #expect(refusal("Site", in: project) == "error: [output-guard] will not build into Site/ (--output): it is Site/, which holds your settings and theme, and building there would delete them; nothing was changed" + hint)
        #expect(refusal("Content/../Site/./assets", in: project)?.contains("it is inside Site/") == true)
    }

    @Test func aMarkerDoesNotMakeAProtectedFolderReplaceable() throws {
        let project = try SiteFixture.make()
        try project.write("Content/\(OutputGuard.markerName)", "")
        try project.write("\(OutputGuard.markerName)", "")
        #expect(refusal("Content", in: project)?.contains("it is Content/") == true)
        #expect(refusal(".", in: project)?.contains("the project folder itself") == true)
        try project.write("repo/.git/HEAD", "ref: refs/heads/main\n")
        try project.write("repo/\(OutputGuard.markerName)", "")
        #expect(refusal("repo", in: project) == "error: [output-guard] will not build into repo/ (--output): it holds a Git repository (.git), and building there would delete it; nothing was changed\n  hint: choose a folder of its own, such as _site (the default)")
        #expect(refusal("repo/.git/objects", in: project)?.contains("it is inside a Git repository's .git folder") == true)
    }

    @Test func aFolderWithOtherFilesAFileAndALinkAreRefused() throws {
        let project = try SiteFixture.make()
        try project.write("notes/letter.txt", "Dear patient")
        #expect(refusal("notes", in: project) == "error: [output-guard] will not build into notes/ (--output): it is not empty and Tolk did not build it (it has no .tolk-output file), and building there would delete its files; nothing was changed\n  hint: choose a new or empty folder; if this folder's files may all go, empty it yourself first")
        try project.write("hidden/.profile", "x")
        #expect(refusal("hidden", in: project)?.contains("it is not empty and Tolk did not build it") == true)
        try project.write("file.txt", "x")
        #expect(refusal("file.txt", in: project)?.contains("it is a file, not a folder") == true)
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("link"), withDestinationURL: project.root.appendingPathComponent("out"))
        #expect(refusal("link", in: project)?.contains("it is a symbolic link, and a build would replace the link, not the folder it points to") == true)
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("sources"), withDestinationURL: project.root.appendingPathComponent("Content"))
        // A link above the output is followed: sources/x is Content/x.
        #expect(refusal("sources/x", in: project)?.contains("it is inside Content/") == true)
    }

    @Test func aNewAnEmptyAndATolkBuiltFolderMayBeReplaced() throws {
        let project = try SiteFixture.make()
        #expect(refusal("_site", in: project) == nil)
        #expect(refusal("out/deeper/site", in: project) == nil)
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(refusal("empty", in: project) == nil)
        try project.write("built/\(OutputGuard.markerName)", "")
        try project.write("built/index.html", "old")
        #expect(refusal("built", in: project) == nil)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-guard-\(UUID().uuidString)")
        #expect(OutputGuard.refusal(toReplace: outside, projectRoot: project.root) == nil)
    }

    @Test func aBuildMarksItsOutputAndCanReplaceItAgain() throws {
        let project = try SiteFixture.make()
        let out = project.root.appendingPathComponent("_site")
        #expect(SiteBuild.build(root: project.root, output: out).value != nil)
        #expect(try String(contentsOf: out.appendingPathComponent(".tolk-output"), encoding: .utf8).hasPrefix("This folder was built by Tolk"))
        let second = SiteBuild.build(root: project.root, output: out)
        #expect(second.value != nil, "\(second.diagnostics)")
    }

    @Test func aRefusedBuildTouchesNothing() throws {
        let project = try SiteFixture.make()
        try project.write("Site/site.yml", SiteFixture.site + "\noutput: Content\n")
        let before = Self.snapshot(project.root)
        let built = SiteBuild.build(root: project.root)
        #expect(built.value == nil)
        #expect(built.diagnostics.map(\.description) == ["error: [output-guard] will not build into Content/ (`output: Content` in Site/site.yml): it is Content/, which holds your sources, and building there would delete them; nothing was changed\n  hint: choose a folder of its own, such as _site (the default)"])
        #expect(Self.snapshot(project.root) == before)
    }

    @Test func stagingFoldersOfKilledBuildsAreRemovedThoseOfRunningBuildsKept() throws {
        let project = try SiteFixture.make()
        let dead = try Self.deadProcessIdentifier()
        let own = ProcessInfo.processInfo.processIdentifier
        try project.write(".site.tolk-new-\(dead)-0A1B2C3D/index.html", "half a site")
        try project.write(".site.tolk-old-\(dead)-0A1B2C3E/index.html", "an old site")
        try project.write(".site.tolk-new-\(own)-0A1B2C3F/index.html", "a build still running")
        try project.write(".other.tolk-new-\(dead)-0A1B2C3D/index.html", "another output's")
        try project.write(".site.tolk-new-\(dead)-notatoken/index.html", "not ours")
        try project.write("site/\(OutputGuard.markerName)", "")
        #expect(SiteBuild.build(root: project.root, output: project.root.appendingPathComponent("site")).value != nil)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains(".tolk-") })
        #expect(names == [".other.tolk-new-\(dead)-0A1B2C3D", ".site.tolk-new-\(dead)-notatoken", ".site.tolk-new-\(own)-0A1B2C3F"])
    }

    @Test func anOutputSetAsideByABuildKilledMidSwapIsPutBack() throws {
        let project = try SiteFixture.make()
        let dead = try Self.deadProcessIdentifier()
        try project.write(".site.tolk-old-\(dead)-0A1B2C3D/index.html", "the previous site")
        let directory = AtomicDirectory(target: project.root.appendingPathComponent("site"))
        directory.removeLeftovers()
        #expect(try project.read("site/index.html") == "the previous site")
        #expect(!project.exists(".site.tolk-old-\(dead)-0A1B2C3D"))
    }

    /// The id of a process that has exited (a child that ran and was waited for).
    static func deadProcessIdentifier() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        #expect(!AtomicDirectory.isRunning(process.processIdentifier))
        return process.processIdentifier
    }
}
