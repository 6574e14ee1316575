import Testing
@testable import TolkKit

/// `urls` for bare domain names (`helsenorge.no`): a patient types what the page says.
@Suite struct DomainNameChecksTests {
    typealias F = CheckFixture

    static let hint = ContentChecksTests.urlsHint

    @Test func aChangedDomainIsAnError() {
        #expect(F.run(URLsCheck(), source: "Les mer på helsenorge.no.", target: "Przeczytaj więcej na helsenorge.com.") == [
            F.expected(.error, "urls", "the source has the web address helsenorge.no, the target has helsenorge.com instead", hint: Self.hint)
        ])
        #expect(F.run(URLsCheck(), source: "Se 1177.se eller nhi.no.", target: "Zobacz nhi.no.") == [
            F.expected(.error, "urls", "the source has the web address 1177.se, the target does not", hint: Self.hint)
        ])
        #expect(F.run(URLsCheck(), source: "Ring legevakten.", target: "Zadzwoń lub zobacz www.example.org.") == [
            F.expected(.error, "urls", "the target has the web address www.example.org, which the source does not have", hint: Self.hint)
        ])
        // URLs and domain names are one kind, listed in the order they are written.
        #expect(F.run(URLsCheck(), source: "Se https://nav.no/a og helsenorge.no.", target: "Zobacz helsenorge.pl.") == [
            F.expected(.error, "urls", "the source has the web addresses https://nav.no/a and helsenorge.no, the target has helsenorge.pl instead", hint: Self.hint)
        ])
        // A path after the name is part of the address.
        #expect(F.run(URLsCheck(), source: "Se nav.no/sykmelding.", target: "Zobacz nav.no/zwolnienie.") == [
            F.expected(.error, "urls", "the source has the web address nav.no/sykmelding, the target has nav.no/zwolnienie instead", hint: Self.hint)
        ])
    }

    @Test func theSameDomainsPassInAnyScriptAndCase() {
        #expect(F.run(URLsCheck(), source: "Les mer på Helsenorge.no (legevakt).", target: "Więcej na Helsenorge.no (legevakt).").isEmpty)
        #expect(F.run(URLsCheck(), source: "Les mer på helsenorge.no.", target: "مزید معلومات helsenorge.no پر پڑھیں۔", language: F.urdu).isEmpty)
        #expect(F.run(URLsCheck(), source: "Les mer på helsenorge.no.", target: "اقرأ المزيد على \u{200E}helsenorge.no\u{200E}.", language: F.arabic).isEmpty)
        #expect(F.run(URLsCheck(), source: "Se nhi.no, 1177.se og www.example.org!", target: "Zobacz «nhi.no», „1177.se” i www.example.org!").isEmpty)
        // The urdu full stop after the name is not part of it.
        #expect(F.run(URLsCheck(), source: "Les mer på helsenorge.no.", target: "مزید helsenorge.no۔", language: F.urdu).isEmpty)
    }

    @Test func punctuationDecimalsAndAbbreviationsAreNotDomains() {
        let notDomains = [
            "slutt.Neste", "Ta 1.5 tabletter", "kl. 10.30", "f.eks. hodepine", "m.in. ból", "15.juni", "tlf.nr. 113", "Org.nr. 123",
            "e.g. this", "versjon 2.0.1", "2.5mg", "a.b", "slutt.Ą", "øya.no", "helsenorge.noą", "fil_navn.no", "mappe/nav.no",
            "ل.ب", "لاہور.میں",
        ]
        for text in notDomains { #expect(TextTokens(text).urls.isEmpty, "\(text)") }
        #expect(TextTokens("Se helsenorge.no.Neste gang").urls == ["helsenorge.no"])
        #expect(TextTokens("(nav.no) og vg.no, 1177.se; sub.domain-x.example.org/a/b?c=1.").urls
            == ["nav.no", "vg.no", "1177.se", "sub.domain-x.example.org/a/b?c=1"])
        // Phone numbers and e-mail addresses stay what they are; the digits of a domain are no number.
        let tokens = TextTokens("Ring 113, skriv post@klinikk.no eller se 1177.se om 2 dager.")
        #expect(tokens.urls == ["1177.se"])
        #expect(tokens.emails == ["post@klinikk.no"])
        #expect(tokens.phones.map(\.digits) == ["113"])
        #expect(tokens.numbers.map(\.digits) == ["2"])
        #expect(F.run(NumbersCheck(), source: "Se 1177.se.", target: "Zobacz 1177.se.").isEmpty)
    }

    @Test func aDomainInALinksTextCounts() {
        // "Se [helsenorge.no](https://helsenorge.no)." The URL is a code the target takes from
        // the source (compared by inline-codes); the text is the translator's.
        func linked(_ before: String, _ text: String) -> InlineText {
            InlineText([.text(before), .open(id: "1", code: .link(url: "https://helsenorge.no")), .text(text), .close(id: "1"), .text(".")])
        }
        let source = linked("Se ", "helsenorge.no")
        #expect(F.run(URLsCheck(), F.unit(source, target: linked("Zobacz ", "helsenorge.com"))) == [
            F.expected(.error, "urls", "the source has the web address helsenorge.no, the target has helsenorge.com instead", hint: Self.hint)
        ])
        #expect(F.run(URLsCheck(), F.unit(source, target: linked("Zobacz ", "helsenorge.no"))).isEmpty)
    }
}
