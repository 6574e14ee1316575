import Foundation
import Testing
@testable import TolkKit

/// `tolk check` reports from the check stage without holding the translations
/// (`Checker.report`): the same report as the catalog that build and serve keep.
@Suite struct CheckReportStreamingTests {
    @Test func theReportIsTheCatalogsReportWithTheOrphans() throws {
        let project = try SiteFixture.make()
        // An orphaned file, a file that cannot be read and a wrong number: problems of every kind.
        try project.write("Locales/ur/topics/gone.xlf", "<xliff/>")
        try project.write("Locales/en/exercises/chin.xlf", "<xliff")
        let loaded = try #require(ProjectLoader.load(at: project.root).value)
        for languages in [[], ["ur"], ["en", "ur"]] {
            let catalog = Checker.load(loaded, languages: languages, minState: .translated)
            var expected = catalog.value.report()
            expected.problems += catalog.diagnostics
            let report = Checker.report(loaded, languages: languages, minState: .translated)
            #expect(report.languages == expected.languages, "\(languages)")
            #expect(report.problems.map(\.description) == expected.problems.map(\.description), "\(languages)")
            #expect(report.problems.contains { $0.check == "orphan" } == (languages.isEmpty || languages.contains("ur")), "\(languages)")
        }
    }

    @Test func theSampleReportsTheSameEitherWay() throws {
        let loaded = try #require(ProjectLoader.load(at: SampleProjectTests.root).value)
        let catalog = Checker.load(loaded, minState: .translated)
        let report = Checker.report(loaded, minState: .translated)
        #expect(report.languages == catalog.value.report().languages)
        #expect(report.problems.map(\.description) == (catalog.value.report().problems + catalog.diagnostics).map(\.description))
        #expect(report.languages.map(\.language) == ["en", "pl", "ur", "ar", "so"])
    }
}
