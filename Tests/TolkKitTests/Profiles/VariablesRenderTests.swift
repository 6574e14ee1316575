import Foundation
import Testing
@testable import TolkKit

/// Variables put in as configured: in Markdown, steps, strings and plural strings; isolated in
/// right-to-left text; `tel:` links on the website and plain numbers on handouts.
@Suite struct VariablesRenderTests {
    @Test func markdownGetsTheProfilesValueWithATelLink() throws {
        let project = try VariablesFixture.make()
        let (oslo, _) = try VariablesFixture.render(project, profile: "oslo")
        let (trondheim, _) = try VariablesFixture.render(project, profile: "trondheim")
        #expect(oslo.text("en/topics/contact/index.html")?.contains("<p>Call Oslo (eksempel) on <a href=\"tel:22118080\">22 11 80 80</a>.</p>") == true)
        #expect(trondheim.text("en/topics/contact/index.html")?.contains("<p>Call Trondheim (eksempel) on <a href=\"tel:73868000\">73 86 80 00</a>.</p>") == true)
    }

    @Test func rightToLeftTextIsolatesTheValue() throws {
        let (tree, _) = try VariablesFixture.render(try VariablesFixture.make(), profile: "oslo")
        let page = try #require(tree.text("ur/topics/contact/index.html"))
        #expect(page.contains("<p><span dir=\"ltr\">Oslo (eksempel)</span> کو <span dir=\"ltr\"><a href=\"tel:22118080\">22 11 80 80</a></span> پر فون کریں۔</p>"))
    }

    @Test func exerciseStepUsesTheValue() throws {
        let (tree, _) = try VariablesFixture.render(try VariablesFixture.make(), profile: "trondheim")
        #expect(tree.text("en/exercises/chin/index.html")?.contains("Call <a href=\"tel:73868000\">73 86 80 00</a> if it hurts.") == true)
    }

    @Test func handoutsPrintTheNumberWithoutALink() throws {
        let project = try VariablesFixture.make()
        let (_, prepared) = try VariablesFixture.render(project, profile: "oslo")
        let inline = InlineHTMLRenderer(isolateNumberGroups: true, variables: prepared.site.project.config.variableValues)
        let text = InlineText([.text("ring "), .placeholder(id: "1", code: .placeholder("{clinic_phone}"))])
        #expect(inline.render(text) == "ring <span dir=\"ltr\">22 11 80 80</span>")
    }

    @Test func plainAndPluralStringsGetTheValue() throws {
        let (_, prepared) = try VariablesFixture.render(try VariablesFixture.make(), profile: "trondheim")
        let en = InterfaceText(language: try #require(prepared.site.project.config.language("en")), site: prepared.site)
        #expect(en.html("call_us") == "Questions? Call 73 86 80 00.")
        #expect(en.plural("calls", count: 2) == "2 calls with Trondheim (eksempel)")
        let ur = InterfaceText(language: try #require(prepared.site.project.config.language("ur")), site: prepared.site)
        #expect(ur.plural("calls", count: 1) == "1 کال <span dir=\"ltr\">Trondheim (eksempel)</span> کے ساتھ")
        #expect(ur.html("call_us") == "سوالات؟ <span dir=\"ltr\">73 86 80 00</span> پر فون کریں۔")
    }

    @Test func aValueWithRightToLeftLettersIsNotIsolated() {
        #expect(VariableHTML.render("کلینک ۲", rightToLeft: true, linkPhoneNumbers: false) == "کلینک ۲")
        #expect(VariableHTML.render("08:00–15:00", rightToLeft: true, linkPhoneNumbers: false) == "<span dir=\"ltr\">08:00–15:00</span>")
        #expect(VariableHTML.render("<b>", rightToLeft: false, linkPhoneNumbers: false) == "&lt;b&gt;")
    }
}
