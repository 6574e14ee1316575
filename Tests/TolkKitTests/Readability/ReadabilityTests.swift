import Foundation
import Testing
@testable import TolkKit

/// LIX of texts counted by hand: words per sentence + 100 × words of more than six letters / words.
@Suite struct ReadabilityTests {
    func score(_ texts: [String], file: String = "Content/topics/x.md") -> ReadabilityScore {
        Readability.measure(texts.enumerated().map { ReadablePassage(pieces: [($1, $0 + 1)]) }, file: file, locale: "nb")
    }

    @Test func shortWordsAndShortSentences() {
        // Gå en tur hver dag (5) | Hvil når du er sliten (5): "sliten" has six letters, not more.
        let result = score(["Gå en tur hver dag. Hvil når du er sliten."])
        #expect((result.words, result.sentences, result.longWords, result.lix) == (10, 2, 0, 5.0))
    }

    @Test func everyWordLong() {
        // Fysioterapeuten anbefaler daglige øvelser (4, all long) | Smertene forsvinner vanligvis (3, all long):
        // 7 / 2 + 100 × 7 / 7 = 103.5. "Øvelser" counts seven letters: ø is one.
        let result = score(["Fysioterapeuten anbefaler daglige øvelser. Smertene forsvinner vanligvis."])
        #expect((result.words, result.sentences, result.longWords, result.lix) == (7, 2, 7, 103.5))
    }

    @Test func abbreviationsNumbersAndBlocksAsICUFindsThem() {
        // "f.eks." followed by a small letter ends no sentence, and is one word of five letters;
        // numbers are words. Ta 2 tabletter f.eks om morgenen (6; tabletter, morgenen long) |
        // Ring 113 (2) | the heading Hvile (1, a sentence of its own): 9 / 3 + 100 × 2 / 9 = 25.2.
        let result = score(["Hvile", "Ta 2 tabletter, f.eks. om morgenen. Ring 113!"])
        #expect((result.words, result.sentences, result.longWords, result.lix) == (9, 3, 2, 25.2))
    }

    @Test func aPlaceholderReadsAsANumberAndALineBreakEndsNoSentence() {
        var id = 1
        let step = InlineText(Placeholders.split("Hold i {hold} sekunder.", nextID: &id))
        #expect(ReadableText.text(of: step) == "Hold i 5 sekunder.")
        let lines = InlineText([.text("Bøy knærne"), .placeholder(id: "1", code: .lineBreak), .text("og reis deg.")])
        #expect(ReadableText.text(of: lines) == "Bøy knærne og reis deg.")
        // Hold i 5 sekunder (4; sekunder long) | Bøy knærne og reis deg (5; none long): 9 / 2 + 100 × 1 / 9 = 15.6.
        let result = score([ReadableText.text(of: step), ReadableText.text(of: lines)])
        #expect((result.words, result.sentences, result.longWords, result.lix) == (9, 2, 1, 15.6))
    }

    /// A topic whose long sentence starts on the second line of its paragraph.
    static let topic = """
        ---
        title: Vondt
        ---

        Hvil litt. Gå en tur.
        Når du har vondt i ryggen og ikke kan sove om natta, kan det hjelpe gjerne å gå en
        kort tur ute før du legger deg i senga.

        """

    @Test func longSentencesAreListedAtTheLineTheyStartOn() throws {
        let document = try #require(TopicLoader.load(Self.topic, path: "Content/topics/vondt.md", slug: "vondt").value)
        let passages = try #require(ReadableText.passages(of: document))
        let lines = Self.topic.split(separator: "\n", omittingEmptySubsequences: false)
        let result = Readability.measure(passages, file: document.path, locale: "nb", sourceLines: lines)
        // Vondt (1) | Hvil litt (2) | Gå en tur (3) | Når … senga (28; none longer than six letters):
        // 34 / 4 + 0 = 8.5.
        #expect((result.words, result.sentences, result.longWords, result.lix) == (34, 4, 0, 8.5))
        #expect(result.longestSentences == [MeasuredSentence(line: 6, words: 28, opening: "Når du har vondt i ryggen og ikke …")])
        let warning = PlainLanguage.warning(for: result, policy: PlainLanguagePolicy(maxLIX: 8), language: "nb")
        #expect(warning == Diagnostic(.warning, check: "plain-language", at: SourceLocation(file: "Content/topics/vondt.md", line: 6),
            "LIX 8.5 is above 8 (plain_language.max_lix): 8.5 words per sentence, 0 % long words (more than six letters); "
                + "longest sentences: line 6 (28 words: \"Når du har vondt i ryggen og ikke …\")",
            hint: "split long sentences and prefer short, common words (LIX up to 40 is easy to read, and easier to translate well)",
            language: "nb"))
        #expect(PlainLanguage.warning(for: result, policy: PlainLanguagePolicy(), language: "nb") == nil)
    }

    @Test func aFileWithCRLFLineEndsGetsTheLineOfTheSentence() throws {
        // The report reads the source again for the lines; CRLF line ends must not make the
        // file one line (a split by characters never split "\r\n", which is one character).
        let topic = Self.topic.replacingOccurrences(of: "\n", with: "\r\n")
        let project = try TemporaryProject(["Content/topics/vondt.md": topic])
        let report = PlainLanguage.report(try project.load())
        #expect(report.value.first { $0.file == "Content/topics/vondt.md" }?.longestSentences.map(\.line) == [6])
    }

    @Test func withoutLongSentencesTheWarningBlamesTheLongWords() {
        let result = score(["Fysioterapeuten anbefaler daglige øvelser. Smertene forsvinner vanligvis."])
        let warning = PlainLanguage.warning(for: result, policy: PlainLanguagePolicy(), language: "nb")
        #expect(warning?.location == SourceLocation(file: "Content/topics/x.md", line: 1))
        #expect(warning?.message == "LIX 103.5 is above 40 (plain_language.max_lix): 3.5 words per sentence, 100 % long words "
            + "(more than six letters); no sentence has 25 words or more, so it is the long words")
    }

    @Test func maxLIXIsReadFromSiteYml() {
        let good = SiteConfigLoader.load("languages: [nb, en]\nplain_language:\n  max_lix: 45\n")
        #expect(good.diagnostics.isEmpty)
        #expect(good.value?.plainLanguage.maxLIX == 45)
        #expect(SiteConfigLoader.load("languages: [nb, en]\n").value?.plainLanguage.maxLIX == 40)
        let bad = SiteConfigLoader.load("languages: [nb, en]\nplain_language:\n  max_lix: lett\n  max_lux: 3\n")
        #expect(bad.value == nil)
        #expect(bad.diagnostics.map(\.description) == [
            "Site/site.yml:4:3: warning: [site] unknown setting `max_lux` in `plain_language` is ignored; did you mean `max_lix`?\n  hint: known settings in `plain_language`: max_lix",
            "Site/site.yml:3:12: error: [site] `plain_language.max_lix` must be a number from 10 to 100, not `lett`\n  hint: 40 is the top of \"easy\" on the LIX scale; 50 is a plain newspaper text",
        ])
    }

    @Test func checkReportsReadabilityInTextAndJSON() throws {
        var report = CheckReport(languages: [], problems: [])
        let scores = [ReadabilityScore(file: "Content/topics/a.md", lix: 31.4, words: 120, sentences: 12, longWords: 25),
                      ReadabilityScore(file: "Content/exercises/b.yml", lix: 44, words: 50, sentences: 4, longWords: 16)]
        report.add(readability: Staged(scores), maxLIX: 40)
        #expect(CheckReportFormatter.text(report, color: false) == """
            no target languages to check

            Plain language (LIX; at most 40 is plain)
              source                    LIX  words  sentences  long words
              Content/topics/a.md      31.4    120         12          25
              Content/exercises/b.yml  44.0     50          4          16  above

            no problems in 0 languages

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CheckReportFormatter.json(report).utf8)) as? [String: Any])
        let readability = try #require(json["readability"] as? [[String: Any]])
        #expect(readability.count == 2)
        #expect(readability[1]["file"] as? String == "Content/exercises/b.yml")
        #expect(readability[1]["lix"] as? Double == 44.0)
        #expect(readability[1]["words"] as? Int == 50)
        #expect(readability[1]["sentences"] as? Int == 4)
        #expect(readability[1]["long_words"] as? Int == 16)
        #expect(CheckReportFormatter.json(report).contains("\"lix\": 44.0,"))
    }
}
