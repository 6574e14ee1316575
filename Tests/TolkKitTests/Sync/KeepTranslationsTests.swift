import Foundation
import Testing
@testable import TolkKit

/// `tolk sync --keep-translations FILE`: an editor's recorded decision that a change does not
/// concern the translations.
@Suite struct KeepTranslationsTests {
    static let back = """
        ---
        title: Vondt i ryggen
        ---

        Første avsnitt om ryggen.

        Andre avsnitt om ryggen.

        Tredje avsnitt.
        """
    static let neck = """
        ---
        title: Vondt i nakken
        ---

        Første avsnitt om nakken.
        """
    /// 2026-12-01 12:00 UTC.
    static let day = Date(timeIntervalSince1970: 1_796_126_400)

    func translatedProject() throws -> TemporaryProject {
        let project = try TemporaryProject(["Content/topics/back.md": Self.back, "Content/topics/neck.md": Self.neck])
        try project.sync()
        for language in ["en", "pl"] {
            for topic in ["back", "neck"] {
                try project.translateAll("Locales/\(language)/topics/\(topic).xlf", state: .reviewed) { "\(language.uppercased()): " + $0 }
            }
        }
        return project
    }

    func edit(_ project: TemporaryProject) throws {
        try project.write("Content/topics/back.md", Self.back
            .replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Første avsnit om ryggen.")
            .replacingOccurrences(of: "Andre avsnitt om ryggen.", with: "Andre avsnitt om ryggen din."))
        try project.write("Content/topics/neck.md", Self.neck.replacingOccurrences(of: "om nakken.", with: "om nakken din."))
    }

    @Test func keepsExactlyTheChangedUnitsOfTheNamedFileInEveryLanguageWithANote() throws {
        let project = try translatedProject()
        try edit(project)
        let result = try project.sync(keepTranslations: ["Content/topics/back.md"], date: Self.day)
        for language in ["en", "pl"] {
            let file = try #require(result.files.first { $0.path == "Locales/\(language)/topics/back.xlf" })
            #expect(file.markedStale == 0)
            #expect(file.keptTranslations == [
                KeptTranslation(unit: "p-\(UnitIDMaker.hash("Første avsnit om ryggen."))", oldSource: "Første avsnitt om ryggen.", newSource: "Første avsnit om ryggen."),
                KeptTranslation(unit: "p-\(UnitIDMaker.hash("Andre avsnitt om ryggen din."))", oldSource: "Andre avsnitt om ryggen.", newSource: "Andre avsnitt om ryggen din."),
            ])
            let units = try project.translation("Locales/\(language)/topics/back.xlf").units
            #expect(units.allSatisfy { $0.state == .reviewed && !$0.isStale && $0.previousSource == nil })
            #expect(units.map(\.source.plainText) == ["Vondt i ryggen", "Første avsnit om ryggen.", "Andre avsnitt om ryggen din.", "Tredje avsnitt."])
            #expect(units[1].target?.plainText == "\(language.uppercased()): Første avsnitt om ryggen.")
            let notes = units.map { $0.notes.filter(\.isKeptTranslation).map(\.text) }
            #expect(notes == [[], [
                "The source changed on 2026-12-01 and the editor kept this translation (tolk sync --keep-translations) without a new review. The source was: Første avsnitt om ryggen.",
            ], [
                "The source changed on 2026-12-01 and the editor kept this translation (tolk sync --keep-translations) without a new review. The source was: Andre avsnitt om ryggen.",
            ], []])
            // The file not named goes stale as always.
            let neck = try project.translation("Locales/\(language)/topics/neck.xlf").units
            #expect(neck.filter(\.isStale).map(\.previousSource) == ["Første avsnitt om nakken."])
            #expect(neck.allSatisfy { !$0.notes.contains { $0.isKeptTranslation } })
        }
    }

    @Test func theNoteStaysThroughLaterSyncsUntilTheUnitChangesAgain() throws {
        let project = try translatedProject()
        try edit(project)
        try project.sync(keepTranslations: ["Content/topics/back.md"], date: Self.day)
        let kept = try project.read("Locales/en/topics/back.xlf")
        #expect(kept.contains("<note category=\"tolk:kept-translation\">The source changed on 2026-12-01"))
        #expect(try project.sync().files.allSatisfy { !$0.changed })
        #expect(try project.read("Locales/en/topics/back.xlf") == kept)

        try project.write("Content/topics/back.md", Self.back
            .replacingOccurrences(of: "Første avsnitt om ryggen.", with: "Første avsnitt om ryggen, igjen.")
            .replacingOccurrences(of: "Andre avsnitt om ryggen.", with: "Andre avsnitt om ryggen din."))
        try project.sync()
        let units = try project.translation("Locales/en/topics/back.xlf").units
        #expect(units[1].isStale && units[1].previousSource == "Første avsnit om ryggen.")
        #expect(!units[1].notes.contains { $0.isKeptTranslation })
        #expect(units[2].notes.contains { $0.isKeptTranslation } && !units[2].isStale)
    }

    @Test func checkShowsAKeptTranslationAsAWarningAndNoError() throws {
        let project = try translatedProject()
        try edit(project)
        try project.sync(keepTranslations: ["Content/topics/back.md", "Content/topics/neck.md"], date: Self.day)
        let loaded = try project.load()
        let catalog = TranslationCatalogLoader.load(loaded)
        let report = Checker.run(loaded, catalog: catalog.value, minState: .translated)
        #expect(!report.problems.hasErrors, "\(report.problems)")
        let kept = report.problems.filter { $0.check == "kept-translation" }
        #expect(kept.count == 6)  // three units in two languages
        #expect(kept.allSatisfy { $0.severity == .warning })
        let first = try #require(kept.first { $0.language == "en" && $0.location?.file == "Locales/en/topics/neck.xlf" })
        #expect(first.message == "The source changed on 2026-12-01 and the editor kept this translation (tolk sync --keep-translations) without a new review. The source was: Første avsnitt om nakken.")
    }

    @Test func alreadyStaleUnitsStayStale() throws {
        let project = try translatedProject()
        try project.write("Content/topics/neck.md", Self.neck.replacingOccurrences(of: "om nakken.", with: "om nakken din."))
        try project.sync()
        try project.write("Content/topics/neck.md", Self.neck.replacingOccurrences(of: "om nakken.", with: "om nakken din nå."))
        let result = try project.sync(keepTranslations: ["Content/topics/neck.md"], date: Self.day)
        #expect(result.files.allSatisfy { $0.keptTranslations.isEmpty })
        #expect(try project.translation("Locales/en/topics/neck.xlf").units.filter(\.isStale).map(\.previousSource) == ["Første avsnitt om nakken."])
    }

    @Test func aPathThatIsNotASourceFileIsAUsageErrorAndNothingIsWritten() throws {
        let project = try translatedProject()
        try edit(project)
        let before = try project.read("Locales/en/topics/back.xlf")
        let result = Sync.run(try project.load(), keepTranslations: ["Content/topics/nope.md"])
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.check) == ["usage"])
        #expect(result.diagnostics.first?.message.contains("`Content/topics/nope.md` is not a source file of this project") == true)
        #expect(try project.read("Locales/en/topics/back.xlf") == before)
    }
}
