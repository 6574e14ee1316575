import Foundation
import Testing
@testable import TolkKit

@Suite struct ThemeTests {
    @Test func variablesAreEscapedAsMustacheEscapesHTML() throws {
        // Templates escape with HTML.escape (FastHTMLEscaping); the result must be what
        // swift-mustache's own HTML escaping gives: the same five characters, the same entities.
        let project = try TemporaryProject(["Site/templates/chooser.mustache": "{{x}}|{{{x}}}|{{#list}}{{.}};{{/list}}"])
        let theme = try #require(Theme.load(projectRoot: project.root).value)
        let text = "a<b>&\"c'd é ٣ ⚠️"
        #expect(theme.render("chooser", ["x": text, "list": ["<i>", "x&y"]])
            == "a&lt;b&gt;&amp;&quot;c&#39;d é ٣ ⚠️|a<b>&\"c'd é ٣ ⚠️|&lt;i&gt;;x&amp;y;")
    }

    @Test func aTemplatesOwnContentTypeStillApplies() throws {
        let project = try TemporaryProject(["Site/templates/chooser.mustache": "{{% CONTENT_TYPE: TEXT}}{{x}}"])
        let theme = try #require(Theme.load(projectRoot: project.root).value)
        #expect(theme.render("chooser", ["x": "<b>"]) == "<b>")
    }
}
