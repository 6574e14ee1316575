import Foundation
import Testing
@testable import TolkKit

@Suite struct CatalogDiagnosticsTests {
    @Test func translationWithoutSourceFileIsReported() throws {
        let project = try TemporaryProject(["Content/topics/back.md": SyncTests.topic])
        try project.sync(languages: ["en"])
        try project.write("Locales/en/topics/removed.xlf", try project.read("Locales/en/topics/back.xlf"))
        let catalog = TranslationCatalogLoader.load(try project.load())
        #expect(catalog.diagnostics.map(\.description) == [
            "Locales/en/topics/removed.xlf:1:1: warning: [orphan] this translation has no source file behind it (the content file was removed or renamed)\n  hint: delete it, or rename it to match the new content file and run `tolk sync`"
        ])
    }

    @Test func unitIDThatDoesNotExistIsAnError() throws {
        let project = try TemporaryProject(["Content/topics/back.md": SyncTests.topic])
        try project.sync(languages: ["en"])
        let path = "Locales/en/topics/back.xlf"
        let text = try project.read(path).replacingOccurrences(of: "<unit id=\"title\"", with: "<unit id=\"titel\"")
        try project.write(path, text)
        let catalog = TranslationCatalogLoader.load(try project.load(), languages: ["en"])
        #expect(catalog.diagnostics.map(\.description) == [
            "Locales/en/topics/back.xlf:4:5: error: [unknown-unit] unit titel: the unit `titel` does not exist in Content/topics/back.md\n  hint: run `tolk sync` to bring the file up to date with the source"
        ])
        let document = try #require(catalog.value.document("Content/topics/back.md", language: "en"))
        #expect(document.units.first?.status == .missing)
    }

    @Test func fileInTheWrongLanguageFolderIsAnError() throws {
        let project = try TemporaryProject(["Content/topics/back.md": SyncTests.topic])
        try project.sync()
        try project.write("Locales/en/topics/back.xlf", try project.read("Locales/pl/topics/back.xlf"))
        let catalog = TranslationCatalogLoader.load(try project.load(), languages: ["en"])
        #expect(catalog.diagnostics.map(\.check) == ["xliff"])
        #expect(catalog.diagnostics.first?.message == "the file says its language is `pl` (trgLang), but it is in Locales/en/")
    }
}
