import Foundation
import Testing
@testable import TolkKit

/// What a patient sees first on a phone: a header of one or two short lines (the page's language
/// and the others in a `<details>`), only languages that have pages, an index that leads with
/// what the language has, and phone numbers to tap.
@Suite struct ReadingOnAPhoneTests {
    /// The fixture with Polish listed but not translated, and Urdu without the exercise.
    func partlyTranslated() throws -> OutputTree {
        var translations = SiteFixture.translations
        translations["ur"]!["Content/exercises/chin.yml"] = nil
        let site = SiteFixture.site.replacingOccurrences(of: "[nb, en, ur]", with: "[nb, en, ur, pl]")
        return try SiteFixture.render(try SiteFixture.make(translations: translations, site: site))
    }

    @Test func theHeaderShowsThePagesLanguageAndTheOthersInADetailsList() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        let html = try #require(tree.text("en/topics/back/index.html"))
        let start = try #require(html.range(of: "<nav class=\"languages\""))
        let end = try #require(html.range(of: "</nav>"))
        let header = String(html[start.lowerBound ..< end.upperBound])
        #expect(header == """
            <nav class="languages" aria-label="Languages">
            <span class="current-language">English</span>
            <details>
            <summary>Other languages</summary>
            <ul>
            <li><a href="../../../nb/topics/back/" lang="nb" dir="ltr" hreflang="nb">Norsk bokmål</a></li>
            <li><a href="../../../ur/topics/back/" lang="ur" dir="rtl" hreflang="ur">اردو</a></li>
            </ul>
            </details>
            </nav>
            """)
        #expect(!html.contains("<script"))
    }

    @Test func aLanguageWithoutPagesIsOfferedNowhere() throws {
        let tree = try partlyTranslated()
        let chooser = try #require(tree.text("index.html"))
        #expect(chooser.contains("href=\"ur/\""))
        #expect(!chooser.contains("href=\"pl/\""))
        #expect(!chooser.contains("hreflang=\"pl\""))
        for page in ["nb/index.html", "ur/index.html", "404.html", "nb/topics/back/index.html"] {
            let html = try #require(tree.text(page))
            #expect(!html.contains("hreflang=\"pl\""), "\(page)")
        }
        #expect(try #require(tree.text("en/index.html")).contains("hreflang=\"ur\""))
        #expect(!(try #require(tree.text("sitemap.xml")).contains("/pl/")))
    }

    @Test func aPartlyTranslatedIndexListsWhatItHasFirstAndTheRestInOneSection() throws {
        let tree = try partlyTranslated()
        let ur = try #require(tree.text("ur/index.html"))
        let topic = try #require(ur.firstRange(of: "<a href=\"../ur/topics/back/\">"))
        let section = try #require(ur.firstRange(of: "<section class=\"not-yet\" aria-labelledby=\"not-yet\">"))
        #expect(topic.upperBound < section.lowerBound)
        // No exercise in Urdu: no exercise heading, and the one missing page in the section.
        #expect(!ur.contains("<h2 id=\"exercises\">"))
        #expect(ur.contains("<h2 id=\"not-yet\">ابھی اردو میں نہیں: 1 صفحہ</h2>"))
        #expect(ur.contains("<span class=\"unavailable\" lang=\"nb\" dir=\"ltr\">Haketrekk</span> <span class=\"in\">دستیاب: "
            + "<a href=\"../nb/exercises/chin/\" lang=\"nb\" dir=\"ltr\" hreflang=\"nb\">Norsk bokmål</a> "
            + "<a href=\"../en/exercises/chin/\" lang=\"en\" dir=\"ltr\" hreflang=\"en\">English</a> </span>"))
        // Polish has nothing, not even its interface strings: every page in the section, the
        // heading in Norwegian (marked) with the plural form of its count.
        let pl = try #require(tree.text("pl/index.html"))
        #expect(pl.contains("<h2 id=\"not-yet\"><span lang=\"nb\" dir=\"ltr\">Ikke på Polski ennå: 2 sider</span></h2>"))
        // A complete language has no such section.
        #expect(!(try #require(tree.text("en/index.html")).contains("not-yet")))
    }

    @Test func phoneNumbersAreTelLinksOnTheSiteButNotOnHandouts() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        #expect(try #require(tree.text("nb/topics/back/index.html")).contains("<li>Ring <a href=\"tel:113\">113</a> ved fare.</li>"))
        #expect(try #require(tree.text("ur/topics/back/index.html")).contains("<a href=\"tel:113\">113</a>"))
        let handout = try #require(tree.text("nb/handouts/back.html"))
        #expect(handout.contains("Ring 113 ved fare."))
        #expect(!handout.contains("tel:"))
    }
}
