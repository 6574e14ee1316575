import Foundation
import Testing
@testable import TolkKit

/// A Norwegian edit that sync has not written yet reads as sync will mark it: stale, with the
/// old translation and the words that changed, not missing beside an unknown unit.
struct StaleBeforeSyncTests {
    @Test func anEditedParagraphIsStaleWithItsOldTargetBeforeSync() throws {
        let project = try SiteFixture.make()
        defer { try? FileManager.default.removeItem(at: project.root) }
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "Ryggsmerter er **vanlige**.", with: "Ryggsmerter er **svært vanlige**."))
        let loaded = try project.load()
        let document = try #require(loaded.documents.first { $0.path == "Content/topics/back.md" })
        let localized = TranslationCatalogLoader.localize(document, language: "en", project: loaded)
        #expect(!localized.diagnostics.contains { $0.check == "unknown-unit" })
        let paragraph = try #require(localized.value.units.first { $0.unit.kind == .paragraph })
        #expect(paragraph.status == .stale)
        #expect(paragraph.target?.plainText == "Back pain is common. Read more at helsenorge.no.")
        let page = Workbench.page(document, language: loaded.config.language("en")!, project: loaded)
        let unit = try #require(page.units.first { $0.unit == paragraph.unit.id })
        #expect(unit.stale)
        #expect(unit.previousSource == "Ryggsmerter er vanlige. Les mer på helsenorge.no.")
        #expect(unit.diff == "Ryggsmerter er <ins>svært</ins> vanlige. Les mer på helsenorge.no.")
        #expect(unit.problems.map(\.check) == ["stale"])
    }

    @Test func savingItWritesTheUnitAsSyncWouldAfterConfirming() throws {
        let project = try SiteFixture.make()
        defer { try? FileManager.default.removeItem(at: project.root) }
        try project.write("Content/topics/back.md", SiteFixture.topic.replacingOccurrences(of: "Ryggsmerter er **vanlige**.", with: "Ryggsmerter er **svært vanlige**."))
        let loaded = try project.load()
        let document = try #require(loaded.documents.first { $0.path == "Content/topics/back.md" })
        let settings = loaded.config.language("en")!
        let unit = try #require(Workbench.page(document, language: settings, project: loaded).units.first { $0.stale })
        let outcome = Workbench.save(UnitSaveRequest(file: unit.file, unit: unit.unit, target: #"Back pain is <pc id="1">very common</pc>. Read more at <pc id="2">helsenorge.no</pc>."#,
                                                     state: .translated, version: unit.version), project: loaded)
        guard case .saved(let saved) = outcome else { Issue.record("not saved: \(outcome)"); return }
        #expect(!saved.stale)
        #expect(saved.problems.isEmpty)
        // What sync writes now is what the save wrote: sync has nothing left to change.
        let written = try project.read(unit.file)
        let synced = try #require(Sync.run(loaded, languages: ["en"]).value)
        let file = try #require(synced.files.first { $0.path == unit.file })
        #expect(file.text == written)
        #expect(!file.changed)
    }
}
