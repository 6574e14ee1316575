import Foundation

/// `plain_language` in `Site/site.yml`: how hard the source text may be to read.
public struct PlainLanguagePolicy: Sendable, Hashable {
    /// The highest LIX a source document may have before `plain-language` warns. Default 40,
    /// the top of "easy" on Björnsson's scale (a plain newspaper text is about 40–50).
    public var maxLIX: Double

    public init(maxLIX: Double = 40) { self.maxLIX = maxLIX }
}

/// The readability of every source document, and a `plain-language` warning for each that is
/// harder to read than the site allows. Patient information must be plain to be understood,
/// and a plain source is also translated better.
public enum PlainLanguage {
    /// Scores every topic, exercise and video of the project in its source language.
    /// Source files are read again for the lines of sentences inside multi-line blocks; one
    /// that cannot be read gets each block's first line instead.
    public static func report(_ project: Project) -> Staged<[ReadabilityScore]> {
        let locale = project.config.sourceLanguage
        let documents = project.documents
        // One document per job on all cores (a large site has thousands), kept in project order.
        let measured = ResultSlots<ReadabilityScore>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let document = documents[index]
            guard let passages = ReadableText.passages(of: document) else { return }
            let file = ReadableText.file(of: document)
            let text = (try? Data(contentsOf: project.root.appendingPathComponent(file))).map { String(decoding: $0, as: UTF8.self) }
            // Split at line feeds by bytes: splitting the String went through every character
            // (and never split a CRLF file, whose "\r\n" is one character).
            let lines = text.map { text in
                text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
            }
            let score = Readability.measure(passages, file: file, locale: locale, sourceLines: lines)
            if score.words > 0 { measured[index] = score }
        }
        let scores = measured.values.compactMap { $0 }
        let warnings = scores.compactMap { warning(for: $0, policy: project.config.plainLanguage, language: locale) }
        return Staged(scores, diagnostics: warnings)
    }

    /// The warning for a score above the policy's maximum, at the longest sentence.
    static func warning(for score: ReadabilityScore, policy: PlainLanguagePolicy, language: String) -> Diagnostic? {
        guard score.lix > policy.maxLIX else { return nil }
        let perSentence = String(format: "%.1f", Double(score.words) / Double(max(score.sentences, 1)))
        let share = String(format: "%.0f", 100 * Double(score.longWords) / Double(max(score.words, 1)))
        var message = "LIX \(number(score.lix)) is above \(number(policy.maxLIX)) (plain_language.max_lix): "
            + "\(perSentence) words per sentence, \(share) % long words (more than six letters)"
        let long = score.longestSentences.prefix(5)
        if long.isEmpty {
            message += "; no sentence has \(ReadabilityScore.longSentenceWords) words or more, so it is the long words"
        } else {
            message += "; longest sentences: " + long.map { "line \($0.line) (\($0.words) words: \"\($0.opening)\")" }.joined(separator: ", ")
        }
        return Diagnostic(.warning, check: "plain-language", at: SourceLocation(file: score.file, line: long.first?.line ?? 1),
                          message, hint: "split long sentences and prefer short, common words (LIX up to 40 is easy to read, and easier to translate well)",
                          language: language)
    }

    /// "40", "47.3".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
