import Testing
@testable import TolkKit

@Suite struct InlineHTMLRendererTests {
    @Test func textIsEscapedAndCodesComeFromTheSource() {
        let source = InlineText([.text("Les "), .open(id: "1", code: .link(url: "https://a.no/?a=1&b=2")), .text("mer"), .close(id: "1")])
        let target = InlineText([.text("Read <b>"), .open(id: "1", code: .unknown), .text("more"), .close(id: "1"),
                                 .placeholder(id: "9", code: .unknown)]).resolvingCodes(from: source)
        #expect(InlineHTMLRenderer().render(target) == "Read &lt;b&gt;<a href=\"https://a.no/?a=1&amp;b=2\">more</a>")
    }

    @Test func unsafeLinksLoseTheirLinkButKeepTheirText() {
        let text = InlineText([.open(id: "1", code: .link(url: "javascript:alert(1)")), .text("x"), .close(id: "1")])
        #expect(InlineHTMLRenderer().render(text) == "x")
    }

    @Test func overlappingCodesStillGiveWellFormedHTML() {
        let text = InlineText([.open(id: "1", code: .strong), .text("a"), .open(id: "2", code: .emphasis), .text("b"),
                               .close(id: "1"), .text("c"), .close(id: "2")])
        #expect(InlineHTMLRenderer().render(text) == "<strong>a<em>b</em></strong>c")
    }

    @Test func numberGroupsKeepTheirOrderInRightToLeftText() {
        #expect(NumberGroups.isolate("رنگ 116 117 یا 113۔") == "رنگ <span dir=\"ltr\">116 117</span> یا 113۔")
        #expect(NumberGroups.isolate("+47 22 00 00 00 & 5") == "<span dir=\"ltr\">+47 22 00 00 00</span> &amp; 5")
    }

    @Test func phoneNumbersAreTelLinksInsideTheirIsolation() {
        // Left-to-right: the number is linked; a number that is not a phone number is not.
        #expect(PhoneLinks.render("Ring 113 eller 116 117, ta 2 tabletter.", isolate: false)
            == "Ring <a href=\"tel:113\">113</a> eller <a href=\"tel:116117\">116 117</a>, ta 2 tabletter.")
        #expect(PhoneLinks.render("+47 22 00 00 00 & 5", isolate: false) == "<a href=\"tel:+4722000000\">+47 22 00 00 00</a> &amp; 5")
        // Right-to-left: groups keep their order, the link inside the `dir="ltr"` span; the
        // href has ASCII digits whatever digits the text is written in.
        #expect(PhoneLinks.render("رنگ 116 117 یا ١١٣۔", isolate: true)
            == "رنگ <span dir=\"ltr\"><a href=\"tel:116117\">116 117</a></span> یا <a href=\"tel:113\">١١٣</a>۔")
        // Numbers that the `urls` check does not take for phone numbers stay text, isolated as before.
        #expect(PhoneLinks.render("10-15 ganger, 2024", isolate: true) == "<span dir=\"ltr\">10-15</span> ganger, 2024")
        #expect(PhoneLinks.render("se www.nhi.no/113", isolate: false) == "se www.nhi.no/113")
    }

    @Test func onlyTheWebsiteLinksPhoneNumbersAndNeverInsideALink() {
        let text = InlineText([.text("Ring 113 eller "), .open(id: "1", code: .link(url: "tel:116117")), .text("116 117"), .close(id: "1")])
        #expect(InlineHTMLRenderer(linkPhoneNumbers: true).render(text)
            == "Ring <a href=\"tel:113\">113</a> eller <a href=\"tel:116117\">116 117</a>")
        #expect(InlineHTMLRenderer().render(text) == "Ring 113 eller <a href=\"tel:116117\">116 117</a>")
    }

    @Test func numberGroupsAreFoundInEveryScriptsDigitsAndSeparators() {
        // Arabic-Indic, Extended Arabic-Indic, Devanagari, a no-break space, and Mathematical digits
        // outside the Basic Multilingual Plane.
        for grouped in ["١١٦ ١١٧", "۱۱۶-۱۱۷", "११६ ११७", "116\u{00A0}117", "\u{1D7CF}\u{1D7CF} \u{1D7D4}"] {
            #expect(NumberGroups.mayHaveGroups("رنگ " + grouped + " یا"), "\(grouped)")
        }
        for single in ["١١٣", "113 یا", "a - b", "1 a 2", "٣ -", "", "1\u{00A0}", "\u{00A0}2"] {
            #expect(!NumberGroups.mayHaveGroups(single), "\(single)")
        }
        // The byte-level decisions agree with Unicode for every scalar of one, two and three bytes.
        let disagreeing = (0..<0x10000).compactMap(Unicode.Scalar.init).filter { scalar in
            let twice = "\(scalar) \(scalar)"
            return NumberGroups.mayHaveGroups(twice) != (scalar.properties.numericType == .decimal)
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { String($0.value, radix: 16) })")
        #expect(NumberGroups.isolate("رنگ ١١٦ ١١٧") == "رنگ <span dir=\"ltr\">١١٦ ١١٧</span>")
    }
}
