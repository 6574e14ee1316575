import Foundation
import Testing
@testable import TolkKit

/// Content that would vanish from the page is an error, not a warning: raw HTML in a topic,
/// and an interface string the theme needs that `Site/strings.yml` lacks.
@Suite struct VanishingContentTests {
    func errors(_ files: [String: String]) throws -> [String] {
        let loaded = ProjectLoader.load(at: try TemporaryProject(files).root)
        #expect(loaded.value == nil)
        return loaded.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "-"): [\($0.check)] \($0.message)" }
    }

    @Test func rawHTMLInATopicIsAnErrorWithAHint() throws {
        let project = try TemporaryProject(["Content/topics/back.md": "---\ntitle: Rygg\n---\n\n<div>Viktig: ring 113.</div>\n\nRing <b>113</b>.\n"])
        let loaded = ProjectLoader.load(at: project.root)
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.map(\.description) == [
            "Content/topics/back.md:5:1: error: [raw-html] raw HTML in the text is never published: it would be left out of the page\n  hint: write it in Markdown instead (headings, lists, **bold**, [links](https://...))",
            "Content/topics/back.md:7:6: error: [raw-html] raw HTML (<b>) in the text is never published: it would be left out of the page\n  hint: use Markdown instead: *emphasis*, **bold**, [link text](https://...)",
            "Content/topics/back.md:7:12: error: [raw-html] raw HTML (</b>) in the text is never published: it would be left out of the page\n  hint: use Markdown instead: *emphasis*, **bold**, [link text](https://...)",
        ])
    }

    @Test func anEmptyStringsFileNamesEveryKeyThePagesNeed() throws {
        let found = try errors(["Site/strings.yml": "# nothing yet\n"])
        #expect(found == InterfaceText.pageKeys.map {
            "Site/strings.yml:1:1: [strings] the interface string `\($0)` is missing from Site/strings.yml: pages would show `\($0)` instead"
        } + ["Site/strings.yml:1:1: [strings] the interface string `pages_not_yet_in` is missing from Site/strings.yml: pages would show only the number"])
        #expect(found.contains("Site/strings.yml:1:1: [strings] the interface string `skip_to_content` is missing from Site/strings.yml: pages would show `skip_to_content` instead"))
    }

    @Test func exercisesNeedTheirRegionAndDosageStrings() throws {
        var strings = InterfaceText.pageKeys.map { "\($0): x" }.joined(separator: "\n")
        strings += "\npages_not_yet_in: { one: \"{count} x\", other: \"{count} x\" }\nsets: Sett\n"
        let found = try errors([
            "Site/strings.yml": strings, "Content/images/chin.svg": "<svg/>",
            "Content/exercises/chin.yml": "title: Haketrekk\nregion: neck\nsteps:\n  - Trekk.\ndosage: { repetitions: 5, sets: 2 }\n",
        ])
        #expect(found == [
            "Site/strings.yml:1:1: [strings] the interface string `region_neck` is missing from Site/strings.yml: pages would show `region_neck` instead",
            "Site/strings.yml:1:1: [strings] the interface string `repetitions` is missing from Site/strings.yml: the dosage would show only the number",
            "Site/strings.yml:24:7: [strings] the interface string `sets` needs plural forms: the dosage would show only the number",
        ])
    }

    /// Every key the rendering code asks for with a literal (`strings.html("print")`) is in the
    /// required lists or has a handout default, so the lists cannot fall behind the code.
    @Test func theRequiredKeysAreTheKeysTheCodeUses() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/TolkKit")
        let pattern = try NSRegularExpression(pattern: #"\.(html|plain|plural)\("([a-z_]+)""#)
        var used: Set<String> = []
        for folder in ["Render", "Handouts"] {
            for (path, data) in ProjectFiles.files(under: sources.appendingPathComponent(folder)) where path.hasSuffix(".swift") {
                let text = String(decoding: data, as: UTF8.self)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    used.insert(String(text[Range(match.range(at: 2), in: text)!]))
                }
            }
        }
        #expect(used.count > 20, "the scan found the keys")
        let required = InterfaceText.requiredKeys(exercises: [], hasVideos: true)
        let plurals = Set(DosageField.allCases.map(\.rawValue) + InterfaceText.pagePluralKeys)
        let known = Set(required.plain).union(plurals)
        #expect(used.subtracting(known).sorted() == [])
        #expect(Set(InterfaceText.pageKeys).subtracting(used).sorted() == [])
    }
}
