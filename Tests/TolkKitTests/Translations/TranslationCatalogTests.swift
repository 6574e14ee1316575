import Testing
@testable import TolkKit

/// `TranslationCatalog`'s lookups by path, for a page's small catalog and for a whole site's,
/// whose index is built on all cores.
@Suite struct TranslationCatalogTests {
    static func documents(_ count: Int, language: String) -> [LocalizedDocument] {
        (0..<count).map { index in
            LocalizedDocument(document: ChecksReportTests.document("t\(index)"), language: language,
                              translationPath: "Locales/\(language)/t\(index).xlf", fileExists: index % 2 == 0, units: [],
                              unknownUnits: [])
        }
    }

    @Test(arguments: [3, 700])
    func eachPathFindsItsDocumentInEachLanguage(count: Int) {
        var languages = ["pl": Self.documents(count, language: "pl"), "ur": Self.documents(count, language: "ur"),
                         "so": Self.documents(count, language: "so")]
        // The same source twice in a language: the first one is the one found, as before.
        var again = languages["so"]![0]
        again.fileExists.toggle()
        languages["so"]!.append(again)
        let catalog = TranslationCatalog(languages: languages)
        for language in ["pl", "ur", "so"] {
            for index in 0..<count {
                let found = catalog.document("Content/topics/t\(index).md", language: language)
                #expect(found?.translationPath == "Locales/\(language)/t\(index).xlf")
                #expect(found?.fileExists == (index % 2 == 0))
            }
        }
        #expect(catalog.document("Content/topics/t0.md", language: "ar") == nil)
        #expect(catalog.document("Content/topics/missing.md", language: "pl") == nil)
    }
}
