import Testing
@testable import TolkKit
@testable import TolkServer

/// The translator view shows a stale unit's whole old and new source with the changed words marked.
@Suite struct ReviewPanelDiffTests {
    @Test func staleProblemShowsTheWholeDifferenceEscaped() {
        let change = SourceChange(previous: "Mange får hodepine av å sitte lenge. Ta gjerne en pause hver time <nå>.",
                                  current: "Mange får hodepine av å sitte lenge. Ta gjerne en pause hver halvtime <nå>.")
        let problem = Diagnostic(.error, check: "stale", at: SourceLocation(file: "Locales/pl/topics/x.xlf", line: 14, column: 9),
                                       "the source changed since this was translated: … [-time-]{+halvtime+} …",
                                       language: "pl", unit: "p-1", sourceChange: change)
        #expect(ReviewPanel.message(problem) == "the source changed since this was translated: <span class=\"tolk-diff\">"
            + "Mange får hodepine av å sitte lenge. Ta gjerne en pause hver <del>time</del><ins>halvtime</ins> &lt;nå&gt;.</span>")
    }

    @Test func otherProblemsShowTheirMessageEscaped() {
        let problem = Diagnostic.error("raw-html", at: nil, "the target has <b>", language: "pl")
        #expect(ReviewPanel.message(problem) == "the target has &lt;b&gt;")
    }
}
