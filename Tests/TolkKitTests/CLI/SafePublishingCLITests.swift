import Foundation
import Testing
@testable import TolkKit

/// The safety rules through the real executable: `tolk build` names what it withheld and why,
/// `--strict` fails on errors, and `tolk handout` prints only what the website publishes.
@Suite struct SafePublishingCLITests {
    @Test func buildNamesAWithheldPageAndStrictFailsOnIt() throws {
        let project = try SafePublishingTests.project(english: "Call 112 in danger.")
        let build = try TolkBinary.run(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("en topics/back: withheld, 1 error [urls] — tolk check --lang en\n"))
        let strict = try TolkBinary.run(["build", "--strict"], in: project.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: 1 page was withheld because of errors (--strict)"))
        // The site is still written: the other pages stay current.
        #expect(project.exists("_site/ur/topics/back/index.html"))
        let check = try TolkBinary.run(["check", "--lang", "en"], in: project.root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("error: [urls] unit li-"))
    }

    @Test func strictPassesWhenPagesAreOnlyUntranslated() throws {
        let project = try SiteFixture.make(site: SiteFixture.site.replacingOccurrences(of: "[nb, en, ur]", with: "[nb, en, ur, pl]"))
        let strict = try TolkBinary.run(["build", "--strict"], in: project.root)
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(strict.stdout.contains("pl topics/back: withheld, 6 missing — tolk check --lang pl\n"))
    }

    /// HandoutFixture with the English exercise's step changed in the source (stale in en).
    func staleEnglishExercise() throws -> TemporaryProject {
        let project = try HandoutFixture.make()
        let path = "Content/exercises/chin.yml"
        try project.write(path, try project.read(path).replacingOccurrences(of: "Hold i {hold} sekunder.", with: "Hold stille i {hold} sekunder."))
        try project.sync()
        return project
    }

    @Test func aHandoutOfAWithheldExerciseIsRefusedAndNamesTheLanguagesThatHaveIt() throws {
        let project = try staleEnglishExercise()
        let output = project.root.appendingPathComponent("program.html")
        let refused = try TolkBinary.run(["handout", "--lang", "en", "--exercise", "chin", "--output", output.path], in: project.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(
            "Locales/en/exercises/chin.xlf:1:1: error: [program] `chin` is not published in en: 1 of its 3 parts is not ready (out of date, the Norwegian text changed: 1)"))
        // The edit made it stale in every language: only the source has it.
        #expect(refused.stderr.contains("hint: it is published in nb; print it in one of those,"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func allowSourceLanguagePrintsTheNorwegianPartsMarkedAndSaysSo() throws {
        let project = try staleEnglishExercise()
        let output = project.root.appendingPathComponent("program.html")
        let allowed = try TolkBinary.run(["handout", "--lang", "en", "--exercise", "chin", "--allow-source-language", "--output", output.path],
                                         in: project.root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: [program] `chin` is not published in en: 1 of its 3 parts is printed in nb (out of date, the Norwegian text changed: 1), and the handout says so"))
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("lang=\"nb\" dir=\"ltr\">Hold stille i"))
        #expect(html.contains("<p class=\"notice\" role=\"note\">"))
    }

    @Test func theWarningForUnreviewedPartsSaysTheyAreNotYetReviewed() throws {
        let project = try HandoutFixture.make()
        try project.write("Site/site.yml", HandoutFixture.site.replacingOccurrences(of: "min_state: translated", with: "min_state: reviewed"))
        let output = project.root.appendingPathComponent("program.html")
        let allowed = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "chin", "--allow-source-language", "--output", output.path],
                                         in: project.root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("are printed in nb (not yet reviewed: 3)"))
        #expect(!allowed.stderr.contains("untranslated"))
    }

    @Test func aPDFFileNameNeverGetsHTML() throws {
        let project = try HandoutFixture.make()
        let html = project.root.appendingPathComponent("program.html")
        let mismatch = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "chin", "--pdf", "--output", html.path], in: project.root)
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("--pdf writes a PDF, but --output"))
        let pdf = project.root.appendingPathComponent("program.pdf")
        let printed = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "chin", "--output", pdf.path], in: project.root)
        if printed.status == 0 {
            #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        } else {
            // Without Chromium: an error, and no file that pretends to be a PDF.
            #expect(printed.stderr.contains("[pdf]"))
            #expect(!FileManager.default.fileExists(atPath: pdf.path))
        }
    }
}

extension SafePublishingCLITests {
    @Test func aHandoutIsNeverWrittenOverSourcesOrFolders() throws {
        let project = try HandoutFixture.make()
        let before = try project.read("Content/topics/back.md")
        for (output, why) in [("Content/topics/back.md", "it is inside Content/, which holds your sources"),
                              ("Locales/pl/program.html", "it is inside Locales/, which holds your translations"),
                              ("Content", "it is a folder")] {
            let result = try TolkBinary.run(["handout", "--lang", "pl", "--exercise", "chin", "--output", output], in: project.root)
            #expect(result.status == 2)
            #expect(result.stderr.contains("error: [output-guard] will not write \(output) (--output): \(why); nothing was changed"), "\(result.stderr)")
        }
        #expect(try project.read("Content/topics/back.md") == before)
        #expect(!project.exists("Locales/pl/program.html"))
    }
}
