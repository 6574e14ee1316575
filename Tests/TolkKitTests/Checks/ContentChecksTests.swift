import Testing
@testable import TolkKit

/// `raw-html`, `numbers`, `urls` and `bidi`: errors in what a target says.
@Suite struct ContentChecksTests {
    typealias F = CheckFixture

    // MARK: raw-html

    @Test func htmlInTargetIsAnError() {
        #expect(F.run(RawHTMLCheck(), source: "Rest.", target: "<b>Odpocznij</b> <script>alert(1)</script>") == [
            F.expected(.error, "raw-html", "the target contains HTML or script (`<b>`, `</b>`, `<script>`, …); translations are never rendered as HTML, so readers would see it as text",
                       hint: "remove it; for bold text or links use the codes of the source (tags in your translation tool)")
        ])
        #expect(F.run(RawHTMLCheck(), source: "See the page.", target: "Zobacz <a href=\"javascript:steal()\">stronę</a>.").count == 1)
        #expect(F.run(RawHTMLCheck(), source: "Rest.", target: "Odpocznij <!-- uwaga -->.").count == 1)
        #expect(F.run(RawHTMLCheck(), source: "Rest.", target: "Odpocznij <img src=x onerror=alert(1)>").count == 1)
    }

    @Test func lessThanSignsInTextPass() {
        #expect(F.run(RawHTMLCheck(), source: "Under 5 years: < 2 tablets.", target: "Poniżej 5 lat: < 2 tabletki, a<5.").isEmpty)
        #expect(F.run(RawHTMLCheck(), source: "Online at home.", target: "Online w domu, one = 1.").isEmpty)
    }

    // MARK: numbers

    @Test func digitsOfAnyScriptCount() {
        #expect(F.run(NumbersCheck(), source: "Take 2 tablets.", target: "۲ گولیاں لیں۔", language: F.urdu).isEmpty)
        #expect(F.run(NumbersCheck(), source: "Take 2 tablets.", target: "خذ ٢ قرص.", language: F.arabic).isEmpty)
        #expect(F.run(NumbersCheck(), source: "Hold for {hold} seconds, 10 times.", target: "Trzymaj {hold} sekund, 10 razy.").isEmpty)
    }

    @Test func wrongNumberIsAnError() {
        #expect(F.run(NumbersCheck(), source: "Take 2 tablets.", target: "خذ ٣ أقراص.", language: F.arabic) == [
            F.expected(.error, "numbers", "the source has the number 2, the target has ٣ (3) instead",
                       hint: "numbers are doses, times and days: write the same numbers as the source, in any digits (2, ٢ and ۲ are the same)")
        ])
        #expect(F.run(NumbersCheck(), source: "Take 2 tablets, 30 minutes apart.", target: "Weź tabletki.") == [
            F.expected(.error, "numbers", "the source has the numbers 2 and 30, the target does not",
                       hint: "numbers are doses, times and days: write the same numbers as the source, in any digits (2, ٢ and ۲ are the same)")
        ])
        #expect(F.run(NumbersCheck(), source: "Take tablets.", target: "Weź 2 tabletki.") == [
            F.expected(.error, "numbers", "the target has the number 2, which the source does not have",
                       hint: "numbers are doses, times and days: write the same numbers as the source, in any digits (2, ٢ and ۲ are the same)")
        ])
    }

    // MARK: urls

    static let urlsHint = "copy web addresses, e-mail addresses and phone numbers exactly as the source has them: patients use them to get help"

    @Test func addressesAndPhoneNumbersMustMatch() {
        #expect(F.run(URLsCheck(), source: "Call 113 or see www.nhi.no or write to post@klinikk.no.",
                      target: "Zadzwoń pod 112 lub zobacz www.nhi.com.") == [
            F.expected(.error, "urls", "the source has the web address www.nhi.no, the target has www.nhi.com instead", hint: Self.urlsHint),
            F.expected(.error, "urls", "the source has the e-mail address post@klinikk.no, the target does not", hint: Self.urlsHint),
            F.expected(.error, "urls", "the source has the phone number 113, the target has 112 instead", hint: Self.urlsHint),
        ])
        #expect(F.run(URLsCheck(), source: "Call +47 22 00 00 00.", target: "Zadzwoń pod 22 00 00 00.") == [
            F.expected(.error, "urls", "the source has the phone number +47 22 00 00 00, the target has 22 00 00 00 instead", hint: Self.urlsHint)
        ])
    }

    @Test func phoneNumbersCompareByDigits() {
        #expect(F.run(URLsCheck(), source: "Call 116 117 or 113, see https://www.helsenorge.no/legevakt.",
                      target: "Zadzwoń pod 116117 lub 113, zobacz https://www.helsenorge.no/legevakt.").isEmpty)
        #expect(F.run(URLsCheck(), source: "Call +47 22 00 00 00.", target: "اتصل على \u{200E}+٤٧ ٢٢ ٠٠ ٠٠ ٠٠.", language: F.arabic).isEmpty)
        // Phone numbers are compared here, not again as loose numbers.
        #expect(F.run(NumbersCheck(), source: "Call +47 22 00 00 00.", target: "Zadzwoń: +4722000000.").isEmpty)
    }

    // MARK: bidi

    @Test func bidiControlsAreErrors() {
        #expect(F.run(BidiCheck(), source: "Take 2 tablets.", target: "Weź \u{202E}2 tabletki\u{200B}.") == [
            F.expected(.error, "bidi", "the target contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5 of the text: a bidirectional control character that can make the text display in a different order than it is stored",
                       hint: "delete it (an editor that shows invisible characters helps, or retype the words around it)"),
            F.expected(.error, "bidi", "the target contains U+200B ZERO WIDTH SPACE at character 16 of the text: an invisible character",
                       hint: "delete it (an editor that shows invisible characters helps, or retype the words around it)"),
        ])
        #expect(F.run(BidiCheck(), source: "Rest.", target: "Odpocznij\u{7}.").count == 1)
    }

    @Test func joinersAndMarksOfArabicScriptPass() {
        // ZWNJ in Urdu/Persian words, RLM/LRM around numbers, ALM: all legitimate.
        #expect(F.run(BidiCheck(), source: "Take 2 tablets.", target: "می\u{200C}خواهم \u{200F}۲\u{200E} گولیاں\u{061C} \u{200D}لیں۔", language: F.urdu).isEmpty)
    }
}
