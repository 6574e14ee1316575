import Foundation
import Testing
@testable import TolkKit

/// Whitespace, quote and dash edits keep translations current, in sync and before it.
@Suite struct MinorEditSyncTests {
    static let topic = """
        ---
        title: Vondt i ryggen
        ---

        Første avsnitt om ryggen.

        Si «nei» hvis det gjør vondt – ring 113.

        “Nei”

        Det er lov å si ’ja’ — og ta 2 tabletter.
        """

    func translatedProject() throws -> TemporaryProject {
        let project = try TemporaryProject(["Content/topics/back.md": Self.topic])
        try project.sync()
        try project.translateAll("Locales/en/topics/back.xlf")
        try project.translateAll("Locales/pl/topics/back.xlf") { "PL: " + $0 }
        return project
    }

    /// Edits the topic, syncs, and returns the units of both languages after the sync.
    func syncAfter(_ edits: [(String, String)], in project: TemporaryProject) throws -> (SyncResult, [String: [TranslationUnit]]) {
        var text = Self.topic
        for (old, new) in edits {
            #expect(text.contains(old), "fixture lacks \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try project.write("Content/topics/back.md", text)
        let result = try project.sync()
        var units: [String: [TranslationUnit]] = [:]
        for language in ["en", "pl"] { units[language] = try project.translation("Locales/\(language)/topics/back.xlf").units }
        return (result, units)
    }

    func unit(_ source: String, in units: [TranslationUnit]?) throws -> TranslationUnit {
        try #require(units?.first { $0.source.plainText == source }, "no unit with source \(source)")
    }

    @Test func whitespaceOnlyEditKeepsStateAndTargetAndUpdatesTheSource() throws {
        let project = try translatedProject()
        let (result, units) = try syncAfter([("Første avsnitt om ryggen.", "  Første   avsnitt\nom ryggen.  ")], in: project)
        #expect(result.files.allSatisfy { $0.markedStale == 0 && $0.added == 0 && $0.dropped == 0 })
        let en = try unit("Første   avsnitt om ryggen.", in: units["en"])
        #expect(en.state == .translated && !en.isStale && en.previousSource == nil)
        #expect(en.target?.plainText == "EN: Første avsnitt om ryggen.")
        #expect(try unit("Første   avsnitt om ryggen.", in: units["pl"]).target?.plainText == "PL: Første avsnitt om ryggen.")
    }

    @Test func quoteOnlyEditsKeepStateAndTargetAndUpdateTheSource() throws {
        let project = try translatedProject()
        let (result, units) = try syncAfter([("“Nei”", "\"Nei\""), ("’ja’", "'ja'"), ("«nei»", "\"nei\"")], in: project)
        #expect(result.files.allSatisfy { $0.markedStale == 0 && $0.added == 0 && $0.dropped == 0 })
        for language in ["en", "pl"] {
            #expect(units[language]?.count == 5)
            #expect(units[language]?.allSatisfy { $0.state == .translated && !$0.isStale && $0.hasTarget } == true)
        }
        let short = try unit("\"Nei\"", in: units["en"])
        #expect(short.target?.plainText == "EN: “Nei”")
        #expect(short.id == "p-\(UnitIDMaker.hash("\"Nei\""))")  // the id follows the new text
        #expect(try unit("Det er lov å si 'ja' — og ta 2 tabletter.", in: units["pl"]).target?.plainText == "PL: Det er lov å si ’ja’ — og ta 2 tabletter.")
        // And the next sync changes nothing.
        #expect(try project.sync().files.allSatisfy { !$0.changed })
    }

    @Test func dashOnlyEditKeepsStateAndTarget() throws {
        let project = try translatedProject()
        let (result, units) = try syncAfter([("vondt – ring", "vondt - ring"), ("’ja’ — og", "’ja’ - og")], in: project)
        #expect(result.files.allSatisfy { $0.markedStale == 0 && $0.added == 0 })
        let en = try unit("Si «nei» hvis det gjør vondt - ring 113.", in: units["en"])
        #expect(en.state == .translated && !en.isStale)
        #expect(en.target?.plainText == "EN: Si «nei» hvis det gjør vondt – ring 113.")
    }

    @Test func aLetterOrADigitChangeGoesStaleEvenBesideAQuoteChange() throws {
        let project = try translatedProject()
        let (result, units) = try syncAfter([("om ryggen.", "om nakken."), ("«nei» hvis det gjør vondt – ring 113", "\"nei\" hvis det gjør vondt - ring 112"),
                                             ("ta 2 tabletter", "ta 3 tabletter")], in: project)
        #expect(result.files.allSatisfy { $0.markedStale == 3 })
        for language in ["en", "pl"] {
            let stale = units[language]?.filter(\.isStale).map(\.previousSource) ?? []
            #expect(stale == ["Første avsnitt om ryggen.", "Si «nei» hvis det gjør vondt – ring 113.", "Det er lov å si ’ja’ — og ta 2 tabletter."])
        }
    }

    @Test func checkAndBuildStatusBeforeSyncAgreeWithSync() throws {
        let project = try translatedProject()
        var text = Self.topic.replacingOccurrences(of: "“Nei”", with: "\"Nei\"").replacingOccurrences(of: "vondt – ring", with: "vondt - ring")
        text = text.replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Første  avsnitt\nom ryggen.")
        try project.write("Content/topics/back.md", text)
        let loaded = try project.load()
        let catalog = TranslationCatalogLoader.load(loaded)
        #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics)")
        for language in ["en", "pl"] {
            let document = try #require(catalog.value.document("Content/topics/back.md", language: language))
            #expect(document.units.map(\.status) == Array(repeating: .current, count: 5))
            #expect(document.unknownUnits.isEmpty)
            #expect(document.units.first { $0.unit.source.plainText == "\"Nei\"" }?.target?.plainText.hasSuffix("“Nei”") == true)
        }
        let report = Checker.run(loaded, catalog: catalog.value, minState: .translated)
        #expect(!report.problems.hasErrors, "\(report.problems)")

        // A digit changed beside a quote is not current before sync either.
        try project.write("Content/topics/back.md", text.replacingOccurrences(of: "ring 113", with: "ring 112"))
        let changed = TranslationCatalogLoader.load(try project.load())
        let document = try #require(changed.value.document("Content/topics/back.md", language: "en"))
        #expect(document.units.first { $0.unit.source.plainText.contains("ring 112") }?.status != .current)
        #expect(Checker.run(try project.load(), catalog: changed.value, minState: .translated).problems.hasErrors)
    }

    @Test func aMinorEditOfAFixedFieldKeepsItsTranslationBeforeAndAfterSync() throws {
        let project = try translatedProject()
        try project.write("Content/topics/back.md", Self.topic.replacingOccurrences(of: "title: Vondt i ryggen", with: "title: \"Vondt  i ryggen\""))
        let catalog = TranslationCatalogLoader.load(try project.load())
        #expect(catalog.value.document("Content/topics/back.md", language: "en")?.units.first?.status == .current)
        let result = try project.sync()
        #expect(result.files.allSatisfy { $0.markedStale == 0 })
    }
}
