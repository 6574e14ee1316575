import Foundation
import Testing
@testable import TolkKit

@Suite struct SyncTests {
    static let topic = """
        ---
        title: Vondt i ryggen
        ---

        Første avsnitt om ryggen.

        Andre avsnitt med **fet** tekst og en [lenke](https://helsenorge.no/).

        ## Hva kan du gjøre?

        - Gå en tur.
        - Hold deg i aktivitet.
        """

    func translatedProject() throws -> TemporaryProject {
        let project = try TemporaryProject(["Content/topics/back.md": Self.topic])
        try project.sync()
        try project.translateAll("Locales/en/topics/back.xlf")
        try project.translateAll("Locales/pl/topics/back.xlf") { "PL: " + $0 }
        return project
    }

    @Test func firstSyncAddsEveryBlockUntranslated() throws {
        let project = try TemporaryProject(["Content/topics/back.md": Self.topic])
        let result = try project.sync()
        #expect(result.files.map(\.path).sorted() == ["Locales/en/topics/back.xlf", "Locales/pl/topics/back.xlf"])
        let file = try project.translation("Locales/en/topics/back.xlf")
        #expect(file.units.count == 6)
        #expect(file.units.allSatisfy { $0.state == .initial && $0.target == nil })
        #expect(file.targetLanguage == "en")
        #expect(file.original == "Content/topics/back.md")
    }

    @Test func syncIsIdempotentAndDeterministic() throws {
        let project = try translatedProject()
        let before = try project.read("Locales/en/topics/back.xlf")
        let result = try project.sync()
        #expect(result.files.allSatisfy { !$0.changed })
        #expect(try project.read("Locales/en/topics/back.xlf") == before)
    }

    @Test func editingOneParagraphMarksExactlyThatUnitStaleInEveryLanguage() throws {
        let project = try translatedProject()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Første avsnitt om ryggen og nakken."))
        try project.sync()
        for language in ["en", "pl"] {
            let units = try project.translation("Locales/\(language)/topics/back.xlf").units
            let stale = units.filter(\.isStale)
            #expect(stale.count == 1)
            #expect(stale.first?.source.plainText == "Første avsnitt om ryggen og nakken.")
            #expect(stale.first?.previousSource == "Første avsnitt om ryggen.")
            #expect(stale.first?.target?.plainText.hasSuffix("Første avsnitt om ryggen.") == true)
            #expect(units.filter { !$0.isStale }.allSatisfy { $0.state == .translated && $0.hasTarget })
        }
    }

    @Test func aCompletelyRewrittenParagraphInPlaceIsStaleNotLost() throws {
        let project = try translatedProject()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Helt ny tekst her."))
        let result = try project.sync(languages: ["en"])
        #expect(result.files.first?.markedStale == 1)
        #expect(result.files.first?.droppedTranslations == 0)
        let stale = try project.translation("Locales/en/topics/back.xlf").units.filter(\.isStale)
        #expect(stale.map(\.target?.plainText) == ["EN: Første avsnitt om ryggen."])
    }

    @Test func insertedBlockIsNewAndNeighboursKeepTheirTranslation() throws {
        let project = try translatedProject()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "## Hva", with: "Et nytt avsnitt.\n\n## Hva"))
        let result = try project.sync(languages: ["en"])
        #expect(result.files.first?.added == 1)
        let units = try project.translation("Locales/en/topics/back.xlf").units
        #expect(units.count == 7)
        #expect(units.filter { !$0.hasTarget }.map(\.source.plainText) == ["Et nytt avsnitt."])
        #expect(units.filter(\.isStale).isEmpty)
    }

    @Test func removedBlockIsDropped() throws {
        let project = try translatedProject()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "- Gå en tur.\n", with: ""))
        let result = try project.sync(languages: ["en"])
        #expect(result.files.first?.dropped == 1)
        let units = try project.translation("Locales/en/topics/back.xlf").units
        #expect(units.count == 5)
        #expect(units.allSatisfy { $0.hasTarget && !$0.isStale })
    }

    @Test func reorderedBlocksKeepTargetsAndStates() throws {
        let project = try translatedProject()
        let reordered = Self.topic.replacingOccurrences(of: "- Gå en tur.\n- Hold deg i aktivitet.", with: "- Hold deg i aktivitet.\n- Gå en tur.")
        try project.write("Content/topics/back.md", reordered)
        try project.sync()
        let units = try project.translation("Locales/en/topics/back.xlf").units
        #expect(units.map(\.source.plainText).suffix(2) == ["Hold deg i aktivitet.", "Gå en tur."])
        #expect(units.allSatisfy { $0.state == .translated && !$0.isStale })
        #expect(units.last?.target?.plainText == "EN: Gå en tur.")
    }

    @Test func staleTwiceKeepsTheSourceTheTranslationWasMadeFor() throws {
        let project = try translatedProject()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Første avsnitt om ryggen, endret."))
        try project.sync()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Første avsnitt om ryggen, endret igjen."))
        try project.sync()
        let stale = try project.translation("Locales/en/topics/back.xlf").units.filter(\.isStale)
        #expect(stale.map(\.previousSource) == ["Første avsnitt om ryggen."])
    }

    @Test func syncRefusesToWriteAnythingWhenAFileIsBroken() throws {
        let project = try translatedProject()
        try project.write("Locales/pl/topics/back.xlf", "<xliff><unit>")
        try project.write("Content/topics/back.md", Self.topic + "\n\nNytt avsnitt.\n")
        let enBefore = try project.read("Locales/en/topics/back.xlf")
        let result = Sync.run(try project.load())
        #expect(result.value == nil)
        #expect(result.diagnostics.contains { $0.check == "xml" && $0.location?.file == "Locales/pl/topics/back.xlf" })
        #expect(try project.read("Locales/en/topics/back.xlf") == enBefore)
    }
}
