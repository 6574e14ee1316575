import Testing
@testable import TolkKit

@Suite struct MinorEditTests {
    func same(_ a: String, _ b: String) -> Bool {
        MinorEdit.equivalent(InlineText(plain: a), InlineText(plain: b))
    }

    @Test func whitespaceQuotesApostrophesAndDashesAreMinor() {
        #expect(same("Ring  113\n nå. ", " Ring 113 nå."))
        #expect(same("Ring\u{A0}113.", "Ring 113."))
        #expect(same("Si “nei” og «ja» og „kanskje“.", "Si \"nei\" og \"ja\" og \"kanskje\"."))
        #expect(same("Det er Olas ’bok’ og ‚hans‘.", "Det er Olas 'bok' og 'hans'."))
        #expect(same("Ta 1–2 tabletter — ikke mer.", "Ta 1-2 tabletter - ikke mer."))
    }

    @Test func lettersDigitsAndOtherMarksAreNot() {
        #expect(!same("Ring 113.", "Ring 112."))
        #expect(!same("Ta “2” tabletter.", "Ta \"3\" tabletter."))
        #expect(!same("Ring 113.", "Ring 113!"))
        #expect(!same("Første avsnitt.", "Forste avsnitt."))
        #expect(!same("Ta −5.", "Ta -5."))  // the minus sign is not a dash
        #expect(!same("Ring113.", "Ring 113."))  // a space added between words changes the words
        #expect(!same("Si “nei”.", "Si 'nei'."))  // a double quote is not an apostrophe
    }

    @Test func textsWithoutTypographicMarksAreReturnedAsTheyAre() {
        let text = "Ring 113 hvis du ikke kan tisse."
        #expect(MinorEdit.folded(text) == text)
        #expect(MinorEdit.folded("Æ ø å ring 113") == "Æ ø å ring 113")  // other 0xC3 letters untouched
        #expect(MinorEdit.folded("«Å»") == "\"Å\"")
    }
}
