import Testing
@testable import TolkKit

/// The program page's number marks become spans; text without a whole mark is left as it is.
@Suite struct HandoutUnmarkTests {
    @Test func marksBecomeSpans() {
        let html = "Hold <b>\u{E000}hold_seconds\u{E001}٣٠\u{E002}</b> s, \u{E000}repetitions\u{E001}10\u{E002} times."
        #expect(HandoutRenderer.unmark(html, language: "ar") ==
            "Hold <b><span data-number=\"hold_seconds\" data-lang=\"ar\">٣٠</span></b> s, <span data-number=\"repetitions\" data-lang=\"ar\">10</span> times.")
    }

    @Test(arguments: [
        "Plain text, no marks.",
        "",
        "Other characters whose UTF-8 starts with 0xEE: \u{E123} \u{EFFF} \u{E001}",
        "A mark never closed: \u{E000}hold_seconds\u{E001}30",
        "Private use before a mark's end only: \u{E001}30\u{E002}",
    ])
    func textWithoutAWholeMarkIsUnchanged(html: String) {
        #expect(HandoutRenderer.unmark(html, language: "pl") == html)
    }
}
