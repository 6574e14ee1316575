/// Pseudo-localisation (like Android's en-XA and ar-XB): a fake translation that keeps inline
/// codes, numbers, placeholders, URLs and e-mail addresses, is about a third longer, and is in
/// Arabic script for right-to-left languages. It shows layout problems before translators start
/// and fills languages for benchmarks.
public enum PseudoTranslation {
    /// Fills the targets of `language` with pseudo-translations (state `translated`): units with no
    /// target or a stale one, or every unit when `overwrite` is true.
    public static func run(_ project: Project, language: String, overwrite: Bool = false) -> Staged<SyncResult?> {
        let rightToLeft = project.config.language(language)?.direction == .rtl
        return Sync.run(project, languages: [language]) { _, units in
            for index in units.indices {
                let unit = units[index]
                let needsTarget = unit.target?.isEmpty ?? true || unit.subState == TranslationUnit.staleSubState
                guard overwrite || needsTarget else { continue }
                units[index].target = pseudo(unit.unit.source, rightToLeft: rightToLeft)
                units[index].state = .translated
                units[index].subState = nil
                units[index].previousSource = nil
            }
        }
    }

    /// The pseudo-translation of a text: only text runs change; codes stay where they are.
    public static func pseudo(_ text: InlineText, rightToLeft: Bool) -> InlineText {
        let elements = text.elements.map { element -> InlineElement in
            guard case .text(let value) = element else { return element }
            return .text(transform(value, rightToLeft: rightToLeft))
        }
        return InlineText(elements)
    }

    /// Transforms words, leaving tokens with digits, `@`, `/` or `:` (numbers, URLs, e-mail, 116 117) alone.
    static func transform(_ text: String, rightToLeft: Bool) -> String {
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            var core = Substring(word)
            while core.last == "." { core = core.dropLast() }
            let keep = core.contains { $0.isNumber || $0 == "@" || $0 == "/" || $0 == ":" || $0 == "." }
            out += keep ? word : pseudoWord(word, rightToLeft: rightToLeft)
            word = ""
        }
        for character in text {
            if character.isWhitespace || (character.isPunctuation && character != "." && character != "@" && character != "-") {
                flush()
                out.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return out
    }

    /// A word made about a third longer: accented (ltr) or in Arabic letters (rtl).
    static func pseudoWord(_ word: String, rightToLeft: Bool) -> String {
        var trailing = ""
        var core = word
        while let last = core.last, last == "." { trailing.append(core.removeLast()) }
        var result = ""
        for (index, character) in core.enumerated() {
            let mapped = rightToLeft ? (arabic[Character(character.lowercased())] ?? character) : (accented[character] ?? character)
            result.append(mapped)
            // Lengthen by about a third: repeat the first letter of every group of three.
            if index % 3 == 0 { result.append(mapped) }
        }
        return result + trailing
    }

    private static let accented: [Character: Character] = [
        "a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "y": "ý", "c": "ç", "n": "ñ", "s": "š", "z": "ž", "g": "ĝ", "h": "ĥ",
        "A": "Á", "E": "É", "I": "Í", "O": "Ö", "U": "Ü", "Y": "Ý", "C": "Ç", "N": "Ñ", "S": "Š", "Z": "Ž",
        "å": "ǻ", "ø": "ǿ", "æ": "ǽ",
    ]

    private static let arabic: [Character: Character] = [
        "a": "ا", "b": "ب", "c": "ك", "d": "د", "e": "ي", "f": "ف", "g": "ج", "h": "ه", "i": "ي", "j": "ج", "k": "ك",
        "l": "ل", "m": "م", "n": "ن", "o": "و", "p": "ب", "q": "ق", "r": "ر", "s": "س", "t": "ت", "u": "و", "v": "ف",
        "w": "و", "x": "ش", "y": "ي", "z": "ز", "å": "ا", "ø": "و", "æ": "ا",
    ]
}
