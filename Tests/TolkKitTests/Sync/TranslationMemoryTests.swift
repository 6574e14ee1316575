import Foundation
import Testing
@testable import TolkKit

/// The same sentence in several exercises is translated once (issue 13).
@Suite struct TranslationMemoryTests {
    static let exercise = """
        title: Bro
        steps:
          - Løft hoften.
        cautions:
          - Stopp hvis du får økende smerter.
        """

    @Test func aNewUnitWithTheSourceOfACurrentTranslationGetsItAtStateTranslatedWithANote() throws {
        let project = try TemporaryProject(["Content/topics/neck.md": KitFixture.topic])
        try project.sync(languages: ["en"])
        try project.translateAll("Locales/en/topics/neck.xlf", state: .reviewed)
        try project.write("Content/exercises/bridge.yml", Self.exercise)
        let result = try project.sync(languages: ["en"])
        #expect(result.files.map(\.fromMemory) == [0, 1])
        let caution = try #require(try project.translation("Locales/en/exercises/bridge.xlf").units.first { $0.id.hasPrefix("caution-") })
        #expect(caution.target?.plainText == "EN: Stopp hvis du får økende smerter.")
        #expect(caution.state == .translated)  // never higher than translated, though the origin is reviewed
        let topic = try project.translation("Locales/en/topics/neck.xlf")
        let origin = try #require(topic.units.first { $0.source.plainText == "Stopp hvis du får økende smerter." })
        #expect(caution.notes.contains(UnitNote(category: "tolk:memory", text: "Filled in by tolk sync from the translation memory: "
            + "the same text is translated in Content/topics/neck.md unit \(origin.id). Check that it fits here.")))
        // The note stays through the next sync, and nothing else changes.
        #expect(try project.sync(languages: ["en"]).files.allSatisfy { !$0.changed })
    }

    @Test func codesMustMatchTooAndUntranslatedOrStaleUnitsOfferNothing() throws {
        let project = try TemporaryProject(["Content/topics/neck.md": "---\ntitle: Nakke\n---\n\nDette er **viktig**.\n\nRing 113.\n"])
        try project.sync(languages: ["en"])
        try project.translateAll("Locales/en/topics/neck.xlf")
        // The same words with other codes (italic, not bold), and a sentence translated nowhere.
        try project.write("Content/exercises/bridge.yml", "title: Bro\nsteps:\n  - Dette er *viktig*.\n  - Løft hoften.\n")
        #expect(try project.sync(languages: ["en"]).files.map(\.fromMemory) == [0, 0])
        #expect(try project.translation("Locales/en/exercises/bridge.xlf").units.allSatisfy { $0.target == nil })
    }
}
