import Foundation
import Testing
@testable import TolkKit

/// A translator confirms a stale unit by raising its state: the next sync removes the stale
/// marks and says so.
@Suite struct ConfirmStaleTests {
    static let topic = """
        ---
        title: Vondt i ryggen
        ---

        Første avsnitt om ryggen.

        Andre avsnitt.
        """

    static let path = "Locales/en/topics/back.xlf"

    /// A project whose first paragraph went stale in en, then was confirmed there at `state`.
    func confirmedProject(state: String = "translated") throws -> TemporaryProject {
        let project = try TemporaryProject(["Content/topics/back.md": Self.topic])
        try project.sync()
        try project.translateAll(Self.path)
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "om ryggen.", with: "om ryggen og nakken."))
        try project.sync()
        let stale = try project.read(Self.path)
        #expect(stale.contains("canResegment=\"no\" state=\"initial\" subState=\"tolk:stale\">"))
        #expect(stale.contains("<note category=\"tolk:previous-source\">Første avsnitt om ryggen.</note>"))
        try project.write(Self.path, stale.replacingOccurrences(of: "state=\"initial\" subState=\"tolk:stale\"",
                                                               with: "state=\"\(state)\" subState=\"tolk:stale\""))
        return project
    }

    @Test func raisingTheStateConfirmsAndSyncRemovesBothMarks() throws {
        let project = try confirmedProject()
        let result = try project.sync(languages: ["en"])
        let file = try #require(result.files.first)
        #expect(file.changed)
        #expect(file.confirmed == 1)
        #expect((file.added, file.markedStale, file.kept, file.dropped) == (0, 0, 2, 0))
        let text = try project.read(Self.path)
        #expect(!text.contains("tolk:stale"))
        #expect(!text.contains("tolk:previous-source"))
        let unit = try #require(try project.translation(Self.path).units.first { $0.source.plainText == "Første avsnitt om ryggen og nakken." })
        #expect(unit.state == .translated && unit.subState == nil && unit.previousSource == nil)
        #expect(unit.target?.plainText == "EN: Første avsnitt om ryggen.")
        // Confirmed once: the next sync has nothing to do.
        let again = try project.sync(languages: ["en"])
        #expect(again.files.first?.changed == false)
        #expect(again.files.first?.confirmed == 0)
    }

    @Test func aStaleUnitLeftAtInitialStaysStale() throws {
        let project = try TemporaryProject(["Content/topics/back.md": Self.topic])
        try project.sync()
        try project.translateAll(Self.path)
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "om ryggen.", with: "om ryggen og nakken."))
        try project.sync()
        let result = try project.sync(languages: ["en"])
        #expect(result.files.first?.confirmed == 0)
        #expect(try project.read(Self.path).contains("subState=\"tolk:stale\""))
    }

    @Test func syncSaysHowManyWereConfirmed() throws {
        let project = try confirmedProject(state: "reviewed")
        let run = try TolkBinary.run(["sync", "--lang", "en"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            updated \(Self.path): 0 new, 0 changed in the source (stale), 0 removed, 1 confirmed
            1 of 1 translation files changed.

            """)
    }
}
