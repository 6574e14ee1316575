import Testing
@testable import TolkKit

@Suite struct InlineCodesChecksTests {
    typealias F = CheckFixture

    /// "See [Helsenorge](https://helsenorge.no) and **rest** for {hold} seconds."
    static let source = InlineText([
        .text("See "), .open(id: "1", code: .link(url: "https://helsenorge.no")), .text("Helsenorge"), .close(id: "1"),
        .text(" and "), .open(id: "2", code: .strong), .text("rest"), .close(id: "2"), .text(" for "),
        .placeholder(id: "3", code: .placeholder("{hold}")), .text(" seconds."),
    ])

    /// The target as read from XLIFF: codes by id only, resolved against the source by the fixture.
    static func target(_ elements: [InlineElement]) -> LocalizedUnit {
        F.unit(source, target: InlineText(elements))
    }

    static func run(_ elements: [InlineElement]) -> [String] {
        F.run(InlineCodesCheck(), target(elements))
    }

    static let hintMissing = "add the code to the target around or at the matching words; translation tools show codes as tags you can move but not delete"

    @Test func codesMovedAroundPass() {
        #expect(Self.run([
            .text("Odpoczywaj "), .placeholder(id: "3", code: .unknown), .text(" sekund ("), .open(id: "2", code: .unknown), .text("odpoczynek"),
            .close(id: "2"), .text("), zobacz "), .open(id: "1", code: .unknown), .text("Helsenorge"), .close(id: "1"), .text("."),
        ]).isEmpty)
    }

    @Test func missingAndUnknownCodes() {
        #expect(Self.run([
            .text("Zobacz Helsenorge i "), .open(id: "2", code: .unknown), .text("odpocznij"), .close(id: "2"),
            .placeholder(id: "3", code: .unknown), .placeholder(id: "9", code: .unknown), .text(" sekund."),
        ]) == [
            F.expected(.error, "inline-codes", "the target has a code (id \"9\") that the source does not have",
                       hint: "remove it: a translation can only use the codes of the source"),
            F.expected(.error, "inline-codes", "the source has a link to https://helsenorge.no, the target does not", hint: Self.hintMissing),
        ])
    }

    @Test func missingPlaceholder() {
        #expect(Self.run([
            .open(id: "1", code: .unknown), .text("Helsenorge"), .close(id: "1"), .open(id: "2", code: .unknown), .text("odpocznij"),
            .close(id: "2"), .text(" 10 sekund."),
        ]) == [F.expected(.error, "inline-codes", "the source has the placeholder {hold}, the target does not", hint: Self.hintMissing)])
    }

    @Test func codeUsedTwice() {
        #expect(Self.run([
            .open(id: "1", code: .unknown), .text("Helsenorge"), .close(id: "1"), .open(id: "2", code: .unknown), .text("odpocznij"),
            .close(id: "2"), .placeholder(id: "3", code: .unknown), .text(" sekund, "), .placeholder(id: "3", code: .unknown),
        ]) == [F.expected(.error, "inline-codes", "the target has the placeholder {hold} 2 times, the source once",
                          hint: "keep it once, where it belongs in your sentence")])
    }

    @Test func unclosedAndUnopenedCodes() {
        #expect(Self.run([
            .open(id: "1", code: .unknown), .text("Helsenorge "), .text("odpocznij"), .close(id: "2"),
            .placeholder(id: "3", code: .unknown),
        ]) == [
            F.expected(.error, "inline-codes", "in the target, bold text ends without starting",
                       hint: "put the start of the code before the words it should cover"),
            F.expected(.error, "inline-codes", "in the target, a link to https://helsenorge.no starts but never ends",
                       hint: "end the code after the words it should cover"),
        ])
    }

    @Test func crossingCodes() {
        #expect(Self.run([
            .open(id: "1", code: .unknown), .text("Helsenorge "), .open(id: "2", code: .unknown), .text("odpocznij"),
            .close(id: "1"), .close(id: "2"), .placeholder(id: "3", code: .unknown),
        ]) == [
            F.expected(.error, "inline-codes", "in the target, a link to https://helsenorge.no and bold text overlap: one ends inside the other",
                       hint: "end the inner code before the outer one, as in the source"),
        ])
    }

    /// A plural form of `sets: "{count} sett"` in a language and category.
    static func plural(_ target: String, category: String, language: LanguageSettings) -> [String] {
        F.run(InlineCodesCheck(), F.unit(F.text("{count} sett"), target: F.text(target), id: "p-1a2b3c4d", kind: .plural,
                                         pluralCategory: category), language: language)
    }

    static let russian = LanguageSettings(tag: "ru", name: "русский", direction: .ltr, script: "Cyrl")

    /// Arabic zero, one and two, and `one` where it is exactly 1, stand for one number: the form
    /// may say it in words ("مجموعتان", two sets) instead of "٢ مجموعتان" ("2 two sets").
    @Test func formOfOneNumberMayLeaveCountOut() {
        #expect(Self.plural("مجموعتان", category: "two", language: F.arabic) == [])
        #expect(Self.plural("مجموعة واحدة", category: "one", language: F.arabic) == [])
        #expect(Self.plural("لا مجموعات", category: "zero", language: F.arabic) == [])
        #expect(Self.plural("jedna seria", category: "one", language: F.polish) == [])
        // With the number it passes as well.
        #expect(Self.plural("{count} مجموعتان", category: "two", language: F.arabic) == [])
    }

    @Test func formOfSeveralNumbersNeedsCount() {
        let missing = F.expected(.error, "inline-codes", "the source has the placeholder {count}, the target does not", hint: Self.hintMissing)
        #expect(Self.plural("مجموعات", category: "few", language: F.arabic) == [missing])
        #expect(Self.plural("مجموعة", category: "many", language: F.arabic) == [missing])
        #expect(Self.plural("مجموعة", category: "other", language: F.arabic) == [missing])
        #expect(Self.plural("serie", category: "few", language: F.polish) == [missing])
        // Russian `one` is 1, 21, 31 …: the number is needed.
        #expect(Self.plural("подход", category: "one", language: Self.russian) == [missing])
        // Only `{count}` may go: another placeholder in the form stays required.
        #expect(F.run(InlineCodesCheck(), F.unit(F.text("{count} sett à {hold}"), target: F.text("مجموعتان"), kind: .plural,
                                                 pluralCategory: "two"), language: F.arabic)
                == [F.expected(.error, "inline-codes", "the source has the placeholder {hold}, the target does not", hint: Self.hintMissing)])
    }

    /// The translator's note says where {count} may be left out, and only there.
    @Test func thePluralNoteSaysWhenCountMayBeLeftOut() {
        let optional = "so the form may say the number in words and leave out {count}"
        #expect(SourceDocument.pluralContext("ar", "two") == "Plural form for the CLDR category 'two': only 2, \(optional)")
        #expect(SourceDocument.pluralContext("en", "one") == "Plural form for the CLDR category 'one': only 1, \(optional)")
        #expect(SourceDocument.pluralContext("ar", "few") == "Plural form for the CLDR category 'few' (e.g. 3, 4, 5, 6, 7)")
        // Russian `one` is 1, 21, 31 …: the number varies, so the note gives examples.
        #expect(SourceDocument.pluralContext("ru", "one") == "Plural form for the CLDR category 'one' (e.g. 1, 21, 31, 41, 51)")
    }
}
