import Foundation
import Testing
@testable import TolkKit

/// Digits and fonts per script: list markers in the language's numbering system (as its dosage
/// and dates), and a sans face for Latin words inside Arabic-script text.
@Suite struct ScriptTypographyTests {
    static func settings(_ tag: String, numbers: String? = nil) -> LanguageSettings {
        var language = LanguageTag.defaults(for: tag)
        language.numbers = numbers
        return language
    }

    @Test func counterStyleFollowsICUsNumberingSystem() {
        #expect(ListMarkers.counterStyle(for: Self.settings("ar")) == "arabic-indic")
        #expect(ListMarkers.counterStyle(for: Self.settings("fa")) == "persian")
        // ICU writes Urdu in Latin digits unless site.yml says `numbers: arabext`.
        #expect(ListMarkers.counterStyle(for: Self.settings("ur")) == nil)
        #expect(ListMarkers.counterStyle(for: Self.settings("ur", numbers: "arabext")) == "persian")
        #expect(ListMarkers.counterStyle(for: Self.settings("ar", numbers: "latn")) == nil)
        #expect(ListMarkers.counterStyle(for: Self.settings("pl")) == nil)
        #expect(ListMarkers.counterStyle(for: Self.settings("hi", numbers: "deva")) == "devanagari")
    }

    @Test func rulesForTheLanguagesOfASite() {
        let languages = [Self.settings("nb"), Self.settings("ar-MA"), Self.settings("ar"), Self.settings("pl"),
                         Self.settings("ur", numbers: "arabext"), Self.settings("fa")]
        #expect(ListMarkers.css(for: languages, scope: ".handout ") == """
            .handout ol:lang(ar) { list-style-type: arabic-indic; }
            .handout ol:lang(ur) { list-style-type: persian; }
            .handout ol:lang(fa) { list-style-type: persian; }
            .handout ol:lang(ar-MA) { list-style-type: decimal; }

            """)
    }

    static let urduInExtendedDigits = SiteFixture.site + "\nlanguage_settings:\n  ur: { numbers: arabext }\n"

    /// The steps of an Urdu page are numbered ۱. ۲. like its dosage, on the site and the handout.
    @Test func siteAndHandoutsNumberStepsInTheLanguagesDigits() throws {
        let tree = try SiteFixture.render(try SiteFixture.make(site: Self.urduInExtendedDigits))
        let css = try #require(tree.text("assets/style.css"))
        #expect(css.hasSuffix("\nol:lang(ur) { list-style-type: persian; }\n"))
        #expect(!css.contains("ol:lang(en)") && !css.contains("ol:lang(nb)"))
        let page = try #require(tree.text("ur/exercises/chin/index.html"))
        #expect(page.contains("<ol class=\"steps\">"))
        #expect(page.contains("۵"))
        for handout in ["ur/handouts/chin.html", "ur/handouts/chin.nb.html"] {
            let html = try #require(tree.text(handout))
            #expect(html.contains(".handout ol:lang(ur) { list-style-type: persian; }"), "\(handout)")
        }

        // With ICU's default for ur (Latin digits) no rule is needed.
        let latin = try SiteFixture.render(try SiteFixture.make())
        #expect(latin.text("assets/style.css")?.contains("ol:lang(") == false)
        #expect(latin.text("ur/handouts/chin.html")?.contains("ol:lang(") == false)
    }

    static func defaultAsset(_ name: String) throws -> String {
        try String(contentsOf: Theme.defaultFolder.appendingPathComponent("assets/\(name)"), encoding: .utf8)
    }

    /// Latin words inside Urdu, Arabic and Persian ("helsenorge.no") take a sans face, not the
    /// serif browsers fall back to: "Tolk Latin" (Latin letters only, from local sans faces) comes
    /// first in those stacks, and no stack of the default theme ends in `serif`.
    @Test(arguments: ["style.css", "handout.css"])
    func latinInArabicScriptIsSans(asset: String) throws {
        let css = try Self.defaultAsset(asset)
        let faces = css.components(separatedBy: "@font-face").dropFirst().map { $0.prefix { $0 != "}" } }
        #expect(faces.count == 2)
        for face in faces {
            #expect(face.contains("font-family: \"Tolk Latin\""))
            #expect(face.contains("unicode-range: U+0041-005A, U+0061-007A, U+00C0-024F, U+1E00-1EFF;"))
            #expect(face.contains("local(\"Noto Sans") && face.contains("local(\"Liberation Sans") && face.contains("local(\"Arial"))
            #expect(!face.contains("url("))
        }
        let arabicScript = css.split(separator: "\n").filter { $0.contains("\"Noto Naskh Arabic\"") }
        #expect(arabicScript.count == (asset == "style.css" ? 2 : 1))
        for line in arabicScript {
            #expect(line.contains("font-family: \"Tolk Latin\", \"Noto "), "\(line)")
            #expect(line.contains("sans-serif;") && !line.contains(", serif"), "\(line)")
        }
    }
}
