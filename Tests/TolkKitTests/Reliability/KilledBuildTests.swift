import Foundation
import Testing
@testable import TolkKit

/// A small version of scripts/kill-test: `tolk build` killed with SIGKILL while it writes its
/// staging folder leaves the previous site as it was, and the next build succeeds and leaves
/// no staging folder, lock file or temporary file.
@Suite struct KilledBuildTests {
    static func leftovers(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.contains(".tolk-new-") || $0.contains(".tolk-old-") || $0.contains(".tolk-tmp-") || $0.hasSuffix(".tolk-lock") }
    }

    @Test func aBuildKilledWhileStagingLeavesThePreviousSite() throws {
        let project = try SiteFixture.make()
        let output = project.root.appendingPathComponent("_site")
        // Twice: the second keeps the first output as the spare, and the killed build's staging folder is made of it.
        #expect(try TolkBinary.run(["build"], in: project.root).status == 0)
        #expect(try TolkBinary.run(["build"], in: project.root).status == 0)
        // Kill as soon as the staging folder exists: the build is then writing it. A build that
        // finishes before it is seen is tried again with another change (a fast machine), at most 20 times.
        var killed = false
        var before: [String: Data] = [:]
        var round = 0
        while !killed && round < 20 {
            round += 1
            before = OutputGuardTests.snapshot(output)
            try project.write("Content/topics/back.md", "---\ntitle: Ny tittel \(round)\n---\n\nNy tekst.\n")
            let process = Process()
            guard let tolk = TolkBinary.url else { throw TestFailure("the tolk executable was not found next to the tests") }
            process.executableURL = tolk
            process.arguments = ["build", "--project", project.root.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            while process.isRunning {
                if Self.leftovers(in: project.root).contains(where: { $0.contains(".tolk-new-") }) {
                    kill(process.processIdentifier, SIGKILL)
                    killed = true
                    break
                }
                usleep(200)
            }
            process.waitUntilExit()
        }
        try #require(killed, "the build was never caught while staging")
        #expect(OutputGuardTests.snapshot(output) == before)
        #expect(!Self.leftovers(in: project.root).isEmpty)
        let next = try TolkBinary.run(["build"], in: project.root)
        #expect(next.status == 0)
        #expect(Self.leftovers(in: project.root).isEmpty)
        // The same as a build from nothing, in a folder of its own.
        let reference = project.root.appendingPathComponent("reference")
        #expect(try TolkBinary.run(["build", "--output", reference.path], in: project.root).status == 0)
        #expect(OutputGuardTests.snapshot(output) == OutputGuardTests.snapshot(reference))
        #expect(try String(contentsOf: output.appendingPathComponent("nb/topics/back/index.html"), encoding: .utf8).contains("Ny tittel \(round)"))
    }
}
