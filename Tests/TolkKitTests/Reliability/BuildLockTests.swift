import Foundation
import Testing
@testable import TolkKit

/// Two builds into one output: the second stops with a clear message, never a mixed tree.
@Suite struct BuildLockTests {
    @Test func aSecondLockOnTheSameOutputIsRefusedUntilTheFirstIsReleased() throws {
        let project = try SiteFixture.make()
        let output = project.root.appendingPathComponent("_site")
        let first = try #require(BuildLock.acquire(for: output).value)
        let second = BuildLock.acquire(for: output)
        #expect(second.value == nil)
        let message = try #require(second.diagnostics.first)
        #expect(message.check == BuildLock.check)
        #expect(message.message.contains("another build (process \(ProcessInfo.processInfo.processIdentifier)) is writing \(output.standardizedFileURL.path)"))
        first.release()
        #expect(!FileManager.default.fileExists(atPath: BuildLock.lockFile(for: output).path))
        let third = try #require(BuildLock.acquire(for: output).value)
        third.release()
    }

    @Test func aBuildWhileTheOutputIsLockedChangesNothing() throws {
        let project = try SiteFixture.make()
        let output = project.root.appendingPathComponent("_site")
        #expect(SiteBuild.build(root: project.root).value != nil)
        let before = OutputGuardTests.snapshot(output)
        let held = try #require(BuildLock.acquire(for: output).value)
        defer { held.release() }
        try project.write("Content/topics/back.md", "---\ntitle: Ny tittel\n---\n\nNy tekst.\n")
        let blocked = SiteBuild.build(root: project.root)
        #expect(blocked.value == nil)
        #expect(blocked.diagnostics.contains { $0.check == BuildLock.check })
        #expect(OutputGuardTests.snapshot(output) == before)
    }

    @Test func differentOutputsDoNotBlockEachOther() throws {
        let project = try SiteFixture.make()
        let a = try #require(BuildLock.acquire(for: project.root.appendingPathComponent("a")).value)
        let b = try #require(BuildLock.acquire(for: project.root.appendingPathComponent("b")).value)
        a.release()
        b.release()
    }
}
