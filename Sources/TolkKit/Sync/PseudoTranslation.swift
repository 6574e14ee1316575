/// Pseudo-localisation (like Android's en-XA and ar-XB): a fake translation that keeps inline
/// codes, numbers, placeholders, URLs and e-mail addresses, is about a third longer, and is
/// written in the language's own script (CLDR's likely script, or `script:` of site.yml):
/// Cyrillic for uk, Ethiopic for ti, Arabic for ur, accented Latin otherwise. It shows layout
/// and font problems before translators start and fills languages for benchmarks.
public enum PseudoTranslation {
    /// Fills the targets of `language` with pseudo-translations (state `translated`): units with no
    /// target or a stale one, or every unit when `overwrite` is true.
    public static func run(_ project: Project, language: String, overwrite: Bool = false) -> Staged<SyncResult?> {
        let alphabet = Alphabet(project.config.language(language) ?? LanguageTag.defaults(for: language))
        return Sync.run(project, languages: [language]) { _, units in
            for index in units.indices {
                let unit = units[index]
                let needsTarget = unit.target?.isEmpty ?? true || unit.subState == TranslationUnit.staleSubState
                guard overwrite || needsTarget else { continue }
                units[index].target = pseudo(unit.unit.source, alphabet: alphabet)
                units[index].state = .translated
                units[index].subState = nil
                units[index].previousSource = nil
            }
        }
    }

    /// The pseudo-translation of a text: only text runs change; codes stay where they are.
    public static func pseudo(_ text: InlineText, alphabet: Alphabet) -> InlineText {
        let elements = text.elements.map { element -> InlineElement in
            guard case .text(let value) = element else { return element }
            return .text(transform(value, alphabet: alphabet))
        }
        return InlineText(elements)
    }

    /// Transforms words, leaving tokens with digits, `@`, `/` or `:` (numbers, URLs, e-mail, 116 117) alone.
    static func transform(_ text: String, alphabet: Alphabet) -> String {
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            var core = Substring(word)
            while core.last == "." { core = core.dropLast() }
            let keep = core.contains { $0.isNumber || $0 == "@" || $0 == "/" || $0 == ":" || $0 == "." }
            out += keep ? word : pseudoWord(word, alphabet: alphabet)
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

    /// A word made about a third longer, in the alphabet's letters.
    static func pseudoWord(_ word: String, alphabet: Alphabet) -> String {
        var trailing = ""
        var core = word
        while let last = core.last, last == "." { trailing.append(core.removeLast()) }
        var result = ""
        for (index, character) in core.enumerated() {
            let mapped = alphabet.letter(for: character)
            result += mapped
            // Lengthen by about a third: repeat the first letter of every group of three.
            if index % 3 == 0 { result += mapped }
        }
        return result + trailing
    }
}
