import Testing
@testable import TolkKit

/// Site/site.yml: language tags, misspelt settings and YAML errors, each at its line.
@Suite struct SiteConfigTests {
    func load(_ text: String) -> Staged<SiteConfig?> { SiteConfigLoader.load(text) }

    func lines(_ staged: Staged<SiteConfig?>) -> [String] {
        staged.diagnostics.sortedForDisplay().map { "\($0.location!): \($0.severity): [\($0.check)] \($0.message)" }
    }

    @Test func tagsAreUsedInTheirCanonicalCase() throws {
        let staged = load("source_language: NB\nlanguages: [nb, EN, zh-hant-tw]\nlanguage_settings:\n  en: { name: English }\npublish:\n  fallback: En\n")
        #expect(lines(staged) == [])
        let config = try #require(staged.value)
        #expect(config.sourceLanguage == "nb")
        #expect(config.languages.map(\.tag) == ["nb", "en", "zh-Hant-TW"])
        #expect(config.language("en")?.name == "English")
        #expect(config.publish.fallback == "en")
    }

    @Test func aTagListedTwiceIsAnErrorAtItsLine() {
        let staged = load("source_language: nb\nlanguages:\n  - nb\n  - en\n  - pl\n  - EN\n  - pl\n")
        #expect(staged.value == nil)
        #expect(lines(staged) == [
            "Site/site.yml:6:5: error: [language] language `en` is listed twice: it is already listed at line 4 (written `en` there and `EN` here)",
            "Site/site.yml:7:5: error: [language] language `pl` is listed twice: it is already listed at line 5",
        ])
    }

    @Test func aMisspeltSettingIsAWarningAtItsLineWithTheKeyItProbablyMeans() {
        let staged = load("source_language: nb\nlanguages: [nb, en]\nlangauges: [nb, pl]\nbase_url: https://example.org/\nclinc: Ryggpoliklinikken\nfrobnicate: yes\npublish:\n  min_stat: reviewed\nlanguage_settings:\n  en: { nmae: English }\n")
        #expect(lines(staged) == [
            "Site/site.yml:3:1: warning: [site] unknown setting `langauges` is ignored; did you mean `languages`?",
            "Site/site.yml:5:1: warning: [site] unknown setting `clinc` is ignored; did you mean `clinic`?",
            "Site/site.yml:6:1: warning: [site] unknown setting `frobnicate` is ignored",
            "Site/site.yml:8:3: warning: [site] unknown setting `min_stat` in `publish` is ignored; did you mean `min_state`?",
            "Site/site.yml:10:9: warning: [site] unknown setting `nmae` in `language_settings.en` is ignored; did you mean `name`?",
        ])
        #expect(staged.diagnostics.first?.hint == "known settings: base_url, clinic, language_settings, languages, output, page_size, plain_language, profiles, publish, source_language, variables")
    }

    @Test func suggestionsAreOnlyForNamesThatAreClose() {
        #expect(Spelling.suggestion(for: "langauges", among: ["languages", "output"]) == "languages")
        #expect(Spelling.suggestion(for: "Output", among: ["languages", "output"]) == "output")
        #expect(Spelling.suggestion(for: "dis", among: ["dir", "name"]) == "dir")
        #expect(Spelling.suggestion(for: "theme", among: ["languages", "output", "name"]) == nil)
        #expect(Spelling.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func anUnclosedBracketIsReportedWhereItOpensAndWhereReadingStopped() {
        let staged = load("source_language: nb\nlanguages: [nb, en\nbase_url: https://example.org/\n")
        #expect(lines(staged) == [
            "Site/site.yml:2:12: error: [yaml] the YAML is malformed: the `[` here is never closed (reading stopped at line 3, column 9: did not find expected ',' or ']')"
        ])
        #expect(staged.diagnostics.first?.hint == "add the missing `]`, or put text that starts with `[` in quotes")
    }
}
