import Foundation
import Testing
@testable import TolkKit

/// `tolk handout` and `tolk build --pdf` through the real executable.
@Suite struct HandoutCommandTests {
    @Test func aProgramIsWrittenAsOneHTMLFile() throws {
        let project = try HandoutFixture.make()
        let file = project.root.appendingPathComponent("out/program.html")
        let result = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "chin:repetitions=12,sets=3", "--output", file.path], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<li>12 powtórzeń</li>") && html.contains("<li>3 serie</li>"))
    }

    @Test func mistakesInTheProgramAreUsageErrorsOrErrors() throws {
        let project = try HandoutFixture.make()
        let output = project.root.appendingPathComponent("x.html").path
        let badField = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "chin:reps=12", "--output", output], in: project.root)
        #expect(badField.status == 2)
        #expect(badField.stderr.contains("`reps=12` in `chin:reps=12` is not a dosage setting"))
        #expect(try TolkBinary.run(["handout", "--lang", "de", "--exercise", "chin", "--output", output], in: project.root).status == 2)
        #expect(try TolkBinary.run(["handout", "--lang", "pl", "--output", output], in: project.root).status == 2)
        let unknown = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "nope", "--output", output], in: project.root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: [program] there is no exercise `nope`"))
    }

    @Test func buildWithoutPDFNeedsNoChromium() throws {
        let project = try HandoutFixture.make()
        let result = try TolkBinary.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("pdf"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("_site/ur/handouts/chin.pdf").path))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("_site/ur/handouts/chin.html").path))
    }
}
