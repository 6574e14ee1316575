import Foundation
import Testing
@testable import TolkKit

/// Bad input never crashes: each gets a clear error with file:line:column.
@Suite struct BadInputTests {
    func diagnostics(_ files: [String: String], site: String = TemporaryProject.defaultSite) throws -> [String] {
        let project = try TemporaryProject(files, site: site)
        let loaded = ProjectLoader.load(at: project.root)
        #expect(loaded.value == nil)
        return loaded.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "-"): [\($0.check)] \($0.message)" }
    }

    @Test func unknownLanguageTag() throws {
        let site = "source_language: nb\nlanguages: [nb, en, xx-bogus, klingon]\nbase_url: https://example.org/\n"
        #expect(try diagnostics([:], site: site) == [
            "Site/site.yml:2:21: [language] `xx-bogus` is not a language tag Tolk knows",
            "Site/site.yml:2:31: [language] `klingon` is not a language tag Tolk knows",
        ])
    }

    @Test func malformedSiteYAML() throws {
        let site = "source_language: nb\nlanguages: [nb, en\nbase_url: x\n"
        let found = try diagnostics([:], site: site)
        #expect(found.count == 1)
        // Reported at the `[` that is not closed, not where libyaml stopped (line 3).
        #expect(found.first?.hasPrefix("Site/site.yml:2:12:") == true)
        #expect(found.first?.contains("reading stopped at line 3") == true)
        #expect(found.first?.contains("[yaml] the YAML is malformed") == true)
    }

    @Test func malformedFrontMatterPointsIntoTheFile() throws {
        let topic = "---\ntitle: Rygg\nsummary: [ikke lukket\n---\n\nTekst.\n"
        // The flow sequence opened on line 3 is still open when the front matter ends at line 4.
        #expect(try diagnostics(["Content/topics/back.md": topic]) == [
            "Content/topics/back.md:3:10: [yaml] the YAML is malformed: the `[` here is never closed (reading stopped at line 4, column 1: did not find expected ',' or ']')"
        ])
    }

    @Test func missingFrontMatter() throws {
        #expect(try diagnostics(["Content/topics/back.md": "Bare tekst.\n"]) == [
            "Content/topics/back.md:1:1: [front-matter] the topic has no front matter; it must start with a `---` line, the YAML fields, and another `---` line"
        ])
    }

    @Test func invalidUTF8IsLocated() throws {
        let project = try TemporaryProject([:])
        var bytes = Array("---\ntitle: Rygg\n---\n\nGod ".utf8)
        bytes += [0xC3, 0x28]
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Content/topics"), withIntermediateDirectories: true)
        try Data(bytes).write(to: project.root.appendingPathComponent("Content/topics/back.md"))
        let loaded = ProjectLoader.load(at: project.root)
        #expect(loaded.diagnostics.map(\.description) == [
            "Content/topics/back.md:5:5: error: [encoding] the file is not valid UTF-8 text\n  hint: save the file as UTF-8 in your editor"
        ])
    }

    @Test func exerciseErrors() throws {
        let exercise = """
            title: Haketrekk
            region: nakke
            level: 7
            steps:
              - Hold i {hold} sekunder.
            dosage: { repetitions: ti }
            """
        #expect(try diagnostics(["Content/exercises/chin.yml": exercise]) == [
            "Content/exercises/chin.yml:2:9: [exercise] `region: nakke` is not a known body region",
            "Content/exercises/chin.yml:3:8: [exercise] `level` must be 1, 2 or 3",
            "Content/exercises/chin.yml:6:24: [exercise] `repetitions` must be a positive whole number (1 to 10000), not `ti`",
            "Content/exercises/chin.yml:5:5: [exercise] the step uses {hold}, but the dosage has no number for it",
        ])
    }

    @Test func noSiteFileIsNotAProject() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-empty-\(UUID().uuidString)")
        let loaded = ProjectLoader.load(at: folder)
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.first?.message.hasPrefix("no Site/site.yml in") == true)
    }

    @Test func rawHTMLInContentIsAnError() throws {
        // Raw HTML would vanish from the page, so it stops the topic (it was a warning once).
        let project = try TemporaryProject(["Content/topics/back.md": "---\ntitle: Rygg\n---\n\n<script>alert(1)</script>\n\nTekst <b>fet</b>.\n"])
        let loaded = ProjectLoader.load(at: project.root)
        #expect(loaded.diagnostics.map { "\($0.location!): \($0.severity): \($0.check)" } == [
            "Content/topics/back.md:5:1: error: raw-html", "Content/topics/back.md:7:7: error: raw-html", "Content/topics/back.md:7:13: error: raw-html",
        ])
        #expect(loaded.value == nil)
    }
}
