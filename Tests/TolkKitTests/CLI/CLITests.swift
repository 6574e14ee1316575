import Foundation
import Testing
@testable import TolkKit

/// End-to-end: the real executable, its output and exit codes.
@Suite struct CLITests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tolk-cli-\(UUID().uuidString)")
    }

    @Test func initThenSyncCheckAndBuildWorkAtOnce() throws {
        let folder = temporaryFolder()
        let created = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(created.status == 0, "\(created.stderr)")
        let sync = try TolkBinary.run(["sync"], in: folder)
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("All 3 translation files are up to date."))
        let check = try TolkBinary.run(["check"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let build = try TolkBinary.run(["build"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/en/topics/back-pain/index.html").path))
        let again = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(again.status == 2)
        #expect(again.stderr.contains("is not empty"))
    }

    /// Handouts take their date from git, so a new project is made a repository, unless it is
    /// inside one already (its history is the project's then).
    @Test func initMakesTheProjectAGitRepositoryUnlessItIsInsideOne() throws {
        let folder = temporaryFolder()
        let created = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Made it a git repository"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path))
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) == "_site/\n.tolk/\n.*.tolk-*\n")
        // Two builds (the second keeps the first output as its spare): git sees none of what they wrote.
        for _ in 1...2 { #expect(try TolkBinary.run(["build"], in: folder).status == 0) }
        var status = ""
        #expect(ExternalTools.run("/usr/bin/git", ["-C", folder.path, "status", "--porcelain", "--untracked-files=all"], output: &status) == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("._site.tolk-spare").path))
        #expect(!status.isEmpty && status.split(separator: "\n").allSatisfy { !$0.contains("_site") && !$0.contains(".tolk") }, "\(status)")

        let inner = folder.appendingPathComponent("second")
        let nested = try TolkBinary.run(["init", inner.path], in: folder)
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(!nested.stdout.contains("git"))
        #expect(!FileManager.default.fileExists(atPath: inner.appendingPathComponent(".git").path))
        #expect(ProjectRepository.initialize(at: inner) == .insideRepository)
    }

    @Test func usageErrorsExitWith2() throws {
        let folder = temporaryFolder()
        _ = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(try TolkBinary.run(["check", "--format", "yaml"], in: folder).status == 2)
        #expect(try TolkBinary.run(["check", "--lang", "de"], in: folder).status == 2)
        #expect(try TolkBinary.run(["frobnicate"], in: folder).status == 2)
        #expect(try TolkBinary.run(["check", "--min-state", "initial"], in: folder).status == 2)
    }

    @Test func checkReportsErrorsAsJSONAndExits1() throws {
        let folder = temporaryFolder()
        _ = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        let path = folder.appendingPathComponent("Locales/en/topics/back-pain.xlf")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "<target>Call 113", with: "<target>Call 112")
        try Data(text.utf8).write(to: path)
        let check = try TolkBinary.run(["check", "--format", "json"], in: folder)
        #expect(check.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let problems = try #require(json["problems"] as? [[String: Any]])
        let numbers = try #require(problems.first { $0["check"] as? String == "urls" })
        #expect((numbers["message"] as? String)?.contains("113") == true)
        #expect(numbers["file"] as? String == "Locales/en/topics/back-pain.xlf")
        #expect(numbers["language"] as? String == "en")
        #expect(numbers["line"] as? Int != nil)
        let languages = try #require(json["languages"] as? [[String: Any]])
        #expect(languages.first?["language"] as? String == "en")
    }

    @Test func brokenInputWritesNothingAndExits1() throws {
        let folder = temporaryFolder()
        _ = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        let topic = folder.appendingPathComponent("Content/topics/back-pain.md")
        try Data("---\ntitle: [oops\n---\nText\n".utf8).write(to: topic)
        let xlf = folder.appendingPathComponent("Locales/en/topics/back-pain.xlf")
        let before = try Data(contentsOf: xlf)
        let sync = try TolkBinary.run(["sync"], in: folder)
        #expect(sync.status == 1)
        #expect(sync.stderr.contains("Content/topics/back-pain.md:2:8: error: [yaml]"))
        #expect(try Data(contentsOf: xlf) == before)
        let build = try TolkBinary.run(["build"], in: folder)
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site").path))
    }

    @Test func helpTeaches() throws {
        let help = try TolkBinary.run(["sync", "--help"], in: FileManager.default.temporaryDirectory)
        #expect(help.status == 0)
        #expect(help.stdout.contains("subState=\"tolk:stale\""))
    }

    @Test func validateReportsEachProblemWithItsPlaceAndExits1() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("good.xlf")
        let bad = folder.appendingPathComponent("bad.xlf")
        try Data(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nb" trgLang="en"><file id="f"><unit id="u"><segment state="translated"><source>Hei</source><target>Hi</target></segment></unit></file></xliff>"#.utf8).write(to: good)
        try Data(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nb">"#.utf8 + Data("\n".utf8) + Data(#"<file id="f"><unit id="u"><segment subState="x:y"><source>Hei</source></segment></unit></file></xliff>"#.utf8)).write(to: bad)
        let valid = try TolkBinary.run(["validate", "good.xlf"], in: folder)
        #expect(valid.status == 0)
        #expect(valid.stdout == "1 file(s) valid.\n")
        let invalid = try TolkBinary.run(["validate", "good.xlf", "bad.xlf"], in: folder)
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("bad.xlf:2:"))
        #expect(invalid.stderr.contains("subState"))
        #expect(invalid.stdout == "1 of 2 file(s) invalid.\n")
    }
}
