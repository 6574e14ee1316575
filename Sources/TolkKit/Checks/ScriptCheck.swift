/// `script`: a target written mostly in another script than its language's (Latin letters in
/// an Urdu unit: a text pasted from the wrong file, or left in the source language). Web and
/// e-mail addresses and domain names do not count: they are Latin in every language.
struct ScriptCheck: UnitCheck {
    let name = "script"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    /// Fewer letters than this say too little about the script (an abbreviation, a brand).
    static let minimumLetters = 4
    /// ICU's code for Latin (USCRIPT_LATIN).
    static let latinCode = ICU.scriptCode(of: "a")

    func findings(in subject: CheckSubject) -> [Finding] {
        guard let expected = subject.profile.expectedScript else { return [] }
        let accepted = subject.profile.acceptedScripts
        let (codes, letters) = subject.targetScan.flatMap { $0.mayContainAddress ? nil : ($0.letterScripts, $0.letters) }
            ?? Self.letterScripts(in: TextTokens.removingAddresses(subject.targetText))
        guard letters >= Self.minimumLetters else { return [] }
        // All letters in the expected script: nothing to say, and no script names to look up.
        if codes.allSatisfy({ subject.profile.acceptedScriptCodes.contains($0.code) }) { return [] }
        var counts: [String: Int] = [:]
        for (code, count) in codes { counts[ICU.scriptName(code: code), default: 0] += count }
        let matching = counts.filter { accepted.contains($0.key) }.values.reduce(0, +)
        guard letters >= Self.minimumLetters, matching * 2 < letters else { return [] }
        let (other, count) = counts.filter { !accepted.contains($0.key) }.max { ($0.value, $1.key) < ($1.value, $0.key) }!
        return [Finding(
            "most letters of the target are \(Self.name(of: other)) (\(count) of \(letters)), but \(Wording.language(subject.language)) is written in \(Self.name(of: expected)) script",
            hint: "check that this is the \(Wording.language(subject.language)) translation, not text pasted from another language")]
    }

    /// The letters of `text` by ICU's numeric script code, in the order first seen, and how many
    /// there are: ASCII letters are Latin, and Common and Inherited letters do not count.
    /// `TargetScan` counts the same way in its one pass over a current target.
    static func letterScripts(in text: String) -> (codes: [(code: Int32, count: Int)], letters: Int) {
        // No strings per letter; a text has one or two scripts, in long runs: counting runs
        // into a short list is cheaper than a dictionary update per letter.
        var codes: [(code: Int32, count: Int)] = []
        var letters = 0
        var runCode: Int32 = -1
        var runLength = 0
        func endRun() {
            guard runLength > 0 else { return }
            if let index = codes.firstIndex(where: { $0.code == runCode }) {
                codes[index].count += runLength
            } else {
                codes.append((runCode, runLength))
            }
        }
        let facts = ScalarFacts.lookup
        text.forEachScalar { scalar in
            let code: Int32
            if scalar.isASCII {
                guard (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") else { return }
                code = latinCode
            } else {
                guard let script = facts.letterScript(scalar), script > 1 else { return }  // 0 Common, 1 Inherited, -1 unknown
                code = script
            }
            if code != runCode {
                endRun()
                runCode = code
                runLength = 0
            }
            runLength += 1
            letters += 1
        }
        endRun()
        return (codes, letters)
    }

    /// The script a language is written in: from site.yml, else ICU's likely script.
    static func expectedScript(for language: LanguageSettings) -> String? {
        language.script ?? ICU.likelyScript(language.tag)
    }

    /// The ICU scripts that count as `script`: Japanese is Han + kana, Korean is Hangul + Han.
    static func scripts(for script: String) -> Set<String> {
        switch script {
        case "Jpan": ["Hani", "Hira", "Kana"]
        case "Kore": ["Hang", "Hani"]
        case "Hans", "Hant": ["Hani"]
        default: [script]
        }
    }

    /// An English name for an ISO 15924 code, the code itself when not listed.
    static func name(of script: String) -> String {
        let names = [
            "Latn": "Latin", "Arab": "Arabic", "Cyrl": "Cyrillic", "Grek": "Greek", "Hebr": "Hebrew",
            "Deva": "Devanagari", "Beng": "Bengali", "Guru": "Gurmukhi", "Gujr": "Gujarati", "Taml": "Tamil",
            "Telu": "Telugu", "Sinh": "Sinhala", "Thai": "Thai", "Laoo": "Lao", "Mymr": "Myanmar", "Khmr": "Khmer",
            "Ethi": "Ethiopic", "Geor": "Georgian", "Armn": "Armenian", "Hani": "Han", "Hans": "Simplified Han",
            "Hant": "Traditional Han", "Hira": "Hiragana", "Kana": "Katakana", "Jpan": "Japanese", "Hang": "Hangul",
            "Kore": "Korean", "Syrc": "Syriac", "Thaa": "Thaana", "Tibt": "Tibetan",
        ]
        return names[script] ?? script
    }
}
