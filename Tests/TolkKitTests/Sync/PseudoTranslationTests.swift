import Foundation
import Testing
@testable import TolkKit

@Suite struct PseudoTranslationTests {
    @Test func keepsCodesNumbersAndURLsAndLengthens() {
        let source = InlineText([.text("Ring 113 eller les "), .open(id: "1", code: .link(url: "https://x.no/")), .text("mer"),
                                 .close(id: "1"), .text(" på www.helsenorge.no. Hold i "), .placeholder(id: "2", code: .placeholder("{hold}")),
                                 .text(" sekunder.")])
        let ltr = PseudoTranslation.pseudo(source, rightToLeft: false)
        #expect(ltr.codeIDs == source.codeIDs)
        #expect(ltr.plainText.contains("113"))
        #expect(ltr.plainText.contains("www.helsenorge.no."))
        let sentence = "Hold deg i aktivitet hver dag, og gå en tur."
        let longer = PseudoTranslation.pseudo(InlineText(plain: sentence), rightToLeft: false).plainText
        #expect(Double(longer.count) / Double(sentence.count) > 1.25)
        #expect(ltr.plainText.hasPrefix("RRíñĝĝ 113 éélléér"))
        let rtl = PseudoTranslation.pseudo(source, rightToLeft: true)
        #expect(rtl.plainText.unicodeScalars.contains { ICU.script(of: $0) == "Arab" })
        #expect(rtl.plainText.contains("113"))
        #expect(rtl.plainText.hasSuffix("."))
    }

    @Test func pseudoLanguagePassesTheErrorChecks() throws {
        let project = try TemporaryProject(["Content/topics/back.md": SyncTests.topic + "\n\nRing 116 117 eller 113.\n"],
            site: "source_language: nb\nlanguages: [nb, ar]\nbase_url: https://e.org/\npublish:\n  min_state: translated\n")
        try project.sync()
        let result = try #require(PseudoTranslation.run(try project.load(), language: "ar").value)
        for file in result.files { try project.write(file.path, file.text) }
        let loaded = try project.load()
        let report = Checker.run(loaded, catalog: TranslationCatalogLoader.load(loaded).value, minState: .translated)
        #expect(report.problems.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.languages.first?.complete == 100.0)
    }
}
