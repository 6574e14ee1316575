import Foundation
import Testing
@testable import TolkKit

/// A translation file that exists but cannot be read is an error naming it, never taken for a
/// missing file (sync would write an empty translation over it). Root reads files of any mode,
/// so the unreadable file here is a folder in its place (EISDIR for everyone);
/// scripts/fault-test tries a mode-000 file as user nobody.
@Suite struct UnreadableFileTests {
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(["Content/topics/neck-pain.md": "---\ntitle: Nakke\n---\n\nBeveg nakken.\n"])
        try project.sync()
        let path = project.root.appendingPathComponent("Locales/en/topics/neck-pain.xlf")
        try FileManager.default.removeItem(at: path)
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        return project
    }

    @Test func syncStopsAndNamesTheFile() throws {
        let project = try Self.project()
        let result = Sync.run(try project.load(), languages: [])
        #expect(result.value == nil)
        #expect(result.diagnostics.contains {
            $0.location?.file == "Locales/en/topics/neck-pain.xlf" && $0.message.contains("cannot be read: Is a directory")
        })
    }

    @Test func theBuildWithholdsThePageWithAnErrorNamingTheFile() throws {
        let project = try Self.project()
        let built = SiteBuild.build(root: project.root)
        let summary = try #require(built.value)
        #expect(summary.withheld.contains { $0.language == "en" && $0.page.slug == "neck-pain" && $0.reason.errorCount > 0 })
        #expect(built.diagnostics.contains { $0.location?.file == "Locales/en/topics/neck-pain.xlf" && $0.severity == .error })
    }
}
