import Foundation
import Testing
@testable import TolkKit

/// Mustache rules rendered by the plan, each checked against a fixed expected text and against
/// swift-mustache (cases after the Mustache spec's interpolation, sections, inverted and
/// partials files).
@Suite struct RenderPlanRuleTests {
    static func templates(_ sources: [String: String]) throws -> CompiledTemplates {
        var templates = CompiledTemplates()
        for (name, text) in sources { try templates.register(FastHTMLEscaping.pragma + text, named: name) }
        return templates
    }

    /// The plan's output, after checking that it has a plan and agrees with swift-mustache.
    func render(_ text: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        let templates = try Self.templates(partials.merging(["t": text]) { $1 })
        let byPlan = try #require(templates.renderByPlan("t", context), "no plan for \(text)")
        #expect(byPlan == templates.renderBySwiftMustache("t", context), "\(text)")
        return byPlan
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let context: [String: Any] = ["v": "<a href=\"x\">'&'</a>"]
        #expect(try render("{{v}}", context) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(try render("{{{v}}}|{{& v}}", context) == "<a href=\"x\">'&'</a>|<a href=\"x\">'&'</a>")
        #expect(try render("[{{missing}}]", context) == "[]")
        #expect(try render("{{n}} {{d}} {{b}}", ["n": 85, "d": 1.5, "b": true]) == "85 1.5 true")
    }

    @Test func dottedNamesAndTheContextStack() throws {
        let context: [String: Any] = ["a": ["b": ["c": "deep"]], "x": "outer", "list": [["y": "1"], ["x": "inner"]]]
        #expect(try render("{{a.b.c}}", context) == "deep")
        #expect(try render("[{{a.z.c}}]", context) == "[]")
        #expect(try render("{{#list}}{{x}}{{y}},{{/list}}", context) == "outer1,inner,")
        #expect(try render("{{#a}}{{#b}}{{c}}{{x}}{{/b}}{{/a}}", context) == "deepouter")
        #expect(try render("{{#list}}[{{.y}}]{{/list}}", context) == "[1][]")
    }

    @Test func sectionsOverListsBooleansDictionariesAndStrings() throws {
        let context: [String: Any] = ["t": true, "f": false, "empty": [String](), "names": ["a", "b"], "s": "", "d": ["k": "v"]]
        #expect(try render("{{#t}}yes{{/t}}{{#f}}no{{/f}}", context) == "yes")
        #expect(try render("{{#names}}<{{.}}>{{/names}}{{#empty}}x{{/empty}}", context) == "<a><b>")
        #expect(try render("{{#d}}{{k}}{{/d}}", context) == "v")
        // swift-mustache, unlike JavaScript, renders a section over an empty string.
        #expect(try render("{{#s}}[{{.}}]{{/s}}", context) == "[]")
        #expect(try render("{{^f}}F{{/f}}{{^t}}T{{/t}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}{{^names}}N{{/names}}", context) == "FEM")
        #expect(try render("{{^empty(s)}}has{{/empty(s)}}{{#empty(s)}}none{{/empty(s)}}", context) == "none")
    }

    /// Every template starts with Tolk's pragma on its first line, so a first line is never standalone.
    @Test func standaloneLinesAndCommentsFollowTheSpec() throws {
        let context: [String: Any] = ["items": ["a", "b"], "t": true]
        #expect(try render("Begin\n{{#items}}\n{{.}}\n{{/items}}\nEnd\n", context) == "Begin\na\nb\nEnd\n")
        #expect(try render("x\n  {{#t}}\n  y\n  {{/t}}\n", context) == "x\n  y\n")
        #expect(try render("a {{! note }} b\n{{! standalone }}\nc", context) == "a  b\nc")
        #expect(try render(" {{#t}}in{{/t}} \n", context) == " in \n")
    }

    @Test func partialsRenderWithTheCallersStack() throws {
        let context: [String: Any] = ["name": "Ola", "rows": [["name": "Kari"]]]
        let partials = ["p": "<{{name}}>"]
        #expect(try render("{{> p}}{{#rows}}{{> p}}{{/rows}}", context, partials: partials) == "<Ola><Kari>")
        #expect(try render("[{{> nothing}}]", context, partials: partials) == "[]")
    }

    @Test func whatThePlanDoesNotKnowFallsBackToSwiftMustache() throws {
        struct Person { let name: String }
        let templates = try Self.templates(["t": "{{#p}}{{name}}{{/p}}", "indented": "x\n  {{> t}}\n", "block": "{{$b}}x{{/b}}"])
        // A struct is read by Mirror in swift-mustache; the plan leaves it to swift-mustache.
        #expect(templates.renderByPlan("t", ["p": Person(name: "Per")]) == nil)
        #expect(templates.render("t", ["p": Person(name: "Per")]) == "Per")
        // An optional that is nil, an indented partial, a block: no plan, same output.
        #expect(templates.renderByPlan("t", ["p": Optional<String>.none as Any]) == nil)
        #expect(templates.plans["indented"] == nil && templates.plans["block"] == nil)
        #expect(templates.render("block", [:]) == "x")
        // Set-delimiter tags are applied by the parse, so the plan renders them.
        let delimiters = try Self.templates(["t": "{{=<% %>=}}<%v%>"])
        #expect(delimiters.render("t", ["v": "&"]) == "&amp;")
    }
}
