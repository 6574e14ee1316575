import Foundation
import Testing
@testable import TolkKit

/// The render plan against swift-mustache on real contexts: the bundled sample built whole
/// (pages in every language, handouts, indexes, program pages, 404, chooser) with every render
/// done both ways; and the fixture project.
@Suite struct RenderPlanSampleTests {
    func verifiedBuild(root: URL) throws -> PlanVerification {
        let prepared = SiteBuild.prepare(root: root)
        guard var value = prepared.value else { throw TestFailure(prepared.diagnostics.map(\.description).joined(separator: "\n")) }
        let verification = PlanVerification()
        value.theme.templates.verification = verification
        try SiteRenderer(site: value.site, theme: value.theme, options: RenderOptions()).render(into: OutputTree())
        return verification
    }

    @Test func planEqualsSwiftMustacheOnEveryTemplateOfTheSample() throws {
        let verification = try verifiedBuild(root: SampleProjectTests.root)
        for mismatch in verification.mismatches.prefix(3) {
            Issue.record("\(mismatch.name): the plan gave\n\(mismatch.plan)\nswift-mustache gave\n\(mismatch.expected)")
        }
        #expect(verification.mismatches.isEmpty)
        #expect(verification.fellBack.isEmpty, "templates left to swift-mustache: \(verification.fellBack)")
        // Every page and handout template of the default theme was rendered by its plan.
        let rendered = Set(verification.planned.keys)
        let partials: Set = ["handout-head", "handout-foot"]
        let expected = Set(Theme.templateNames + HandoutTheme.templateNames).subtracting(partials)
        #expect(expected.subtracting(rendered).isEmpty, "not rendered: \(expected.subtracting(rendered).sorted())")
    }

    @Test func planEqualsSwiftMustacheOnTheFixture() throws {
        let verification = try verifiedBuild(root: try SiteFixture.make().root)
        #expect(verification.mismatches.map(\.name).isEmpty)
        #expect(!verification.planned.isEmpty)
    }
}
