/// `punctuation`: the source ends in . ! ? : (or …) and the target does not end in the same kind
/// of mark, in any script's form of it (۔ ؟ 。 ። …), or the other way round.
struct PunctuationCheck: UnitCheck {
    let name = "punctuation"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    enum Ending: String, CaseIterable {
        case fullStop = "a full stop"
        case question = "a question mark"
        case exclamation = "an exclamation mark"
        case colon = "a colon"
        case ellipsis = "an ellipsis"
    }

    private static let marks: [Ending: Set<Character>] = [
        .fullStop: [".", "。", "｡", "．", "۔", "።", "।", "॥", "܀", "܁", "܂", "။", "។", "։"],
        .question: ["?", "？", "؟", "፧", "\u{037E}"],
        .exclamation: ["!", "！", "՜", "߹"],
        .colon: [":", "：", "፥", "፦"],
        .ellipsis: ["…", "⋯"],
    ]

    /// Closing quotes and brackets after the mark do not count: `(see page 2).`, `"113".`
    private static let closers: Set<Character> = ["\"", "'", "”", "’", "»", "›", ")", "]", "}", "」", "』", "）"]

    /// The endings the last mark of `text` may stand for, [] for none, nil when the text ends in a code.
    static func endings(of text: String, language: String) -> Set<Ending>? {
        endings(of: text, primaryLanguage: language.split(separator: "-").first.map(String.init) ?? language)
    }

    /// What a character of one scalar ends with, for the scalars of `ScalarFacts`' tables:
    /// its endings, or nil for a closer; absent for any other scalar. Filled by asking the sets
    /// above, so characters compare as they do there (";" is the Greek question mark U+037E).
    private static let scalarEndings: [UInt32: Set<Ending>?] = {
        var result: [UInt32: Set<Ending>?] = [:]
        for value in Array(UInt32(0) ..< 0x800) + Array(UInt32(0x2000) ..< 0x2070) {
            let character = Character(Unicode.Scalar(value)!)
            if closers.contains(character) {
                result[value] = .some(nil)
                continue
            }
            let endings = Set(Ending.allCases.filter { marks[$0]!.contains(character) })
            if !endings.isEmpty { result[value] = endings }
        }
        return result
    }()

    /// `endings(of:language:)` with the language subtag of the tag already split off.
    static func endings(of text: String, primaryLanguage primary: String) -> Set<Ending>? {
        let text = Wording.trimmed(text)
        // Fast path: when the last two scalars stand alone (only scalars of the tables do), the
        // last character is the last scalar; unless it is a closer, a possible "..." or read
        // the Greek or Armenian way, its endings are those of `scalarEndings`.
        if primary != "el", primary != "hy", let last = text.unicodeScalars.last, ScalarFacts.standsAlone(last),
            last != "." || !text.hasSuffix("..") {
            let scalars = text.unicodeScalars
            let before = scalars.index(before: scalars.endIndex)
            if before == scalars.startIndex || ScalarFacts.standsAlone(scalars[scalars.index(before: before)]) {
                switch scalarEndings[last.value] {
                case nil: return []
                case let endings??: return endings
                case .some(nil): break  // a closer
                }
            }
        }
        return characterEndings(of: text, primaryLanguage: primary)
    }

    /// `endings(of:primaryLanguage:)` by characters, for any trimmed text.
    static func characterEndings(of text: String, primaryLanguage primary: String) -> Set<Ending>? {
        var text = Substring(text)
        while let last = text.last, closers.contains(last) { text = text.dropLast() }
        guard let last = text.last, last != "\u{FFFC}" else { return text.isEmpty ? [] : nil }
        if text.hasSuffix("...") { return [.ellipsis] }
        // Greek writes the question mark as ';'; Armenian ends every sentence with its full stop '։'
        // (often typed as ':') and marks questions and exclamations on the word instead.
        if primary == "el", last == ";" { return [.question] }
        if primary == "hy", last == ":" || last == "։" { return Set(Ending.allCases) }
        return Set(Ending.allCases.filter { marks[$0]!.contains(last) })
    }

    func findings(in subject: CheckSubject) -> [Finding] {
        // The source is read with the common marks only ("und": no language-specific readings).
        guard let source = subject.sourceFacts.endings,
            let target = Self.endings(of: subject.targetText, primaryLanguage: subject.profile.primaryLanguage) else { return [] }
        let sourceEnding = Ending.allCases.first { source.contains($0) }
        // Thai and Lao end sentences with a space, not a mark.
        if sourceEnding == .fullStop, target.isEmpty, ["Thai", "Laoo"].contains(subject.profile.expectedScript ?? "") { return [] }
        if let sourceEnding {
            guard !target.contains(sourceEnding) else { return [] }
            return [Finding("the source ends with \(Self.describe(sourceEnding, in: subject.sourceText)), the target \(Self.ending(of: subject.targetText, target))",
                            hint: "end the target with \(sourceEnding.rawValue) too, in your language's form if it has one")]
        }
        guard !target.isEmpty else { return [] }
        return [Finding("the source does not end with punctuation, the target \(Self.ending(of: subject.targetText, target))",
                        hint: "remove the mark at the end, unless your language needs it here")]
    }

    private static func ending(of text: String, _ endings: Set<Ending>) -> String {
        guard let ending = Ending.allCases.first(where: { endings.contains($0) }) else { return "does not end with punctuation" }
        return "ends with \(describe(ending, in: text))"
    }

    /// "a full stop (۔)": the kind and the mark as written.
    private static func describe(_ ending: Ending, in text: String) -> String {
        var text = Substring(Wording.trimmed(text))
        while let last = text.last, closers.contains(last) { text = text.dropLast() }
        let mark = ending == .ellipsis && text.hasSuffix("...") ? "..." : text.last.map(String.init) ?? ""
        return "\(ending.rawValue) (\(mark))"
    }
}
