extension PseudoTranslation {
    /// The letters a pseudo-translation is written in, chosen by the language's script.
    public enum Alphabet: Sendable, Equatable {
        /// Accented Latin ("Ríñĝ"): the source stays readable, and missing accents show.
        case latin
        case cyrillic
        case ethiopic
        case arabic

        /// The alphabet of a language's script (`LanguageSettings.script`, from CLDR's likely
        /// subtags unless site.yml says otherwise). A right-to-left language in a script
        /// without an alphabet here gets Arabic letters, so that its pages still read right
        /// to left; any other language gets accented Latin.
        public init(_ language: LanguageSettings) {
            switch language.script ?? ICU.likelyScript(language.tag) {
            case "Cyrl": self = .cyrillic
            case "Ethi": self = .ethiopic
            case "Arab": self = .arabic
            default: self = language.direction == .rtl ? .arabic : .latin
            }
        }

        /// The letter (or Ethiopic syllable) for a letter of the source; other characters stay.
        func letter(for character: Character) -> String {
            switch self {
            case .latin:
                return Self.accented[character].map(String.init) ?? String(character)
            case .cyrillic:
                let lower = Character(character.lowercased())
                guard let mapped = Self.cyrillicLetters[lower] else { return String(character) }
                return character.isUppercase ? mapped.uppercased() : String(mapped)
            case .ethiopic:
                return Self.ethiopicSyllables[Character(character.lowercased())].map(String.init) ?? String(character)
            case .arabic:
                return Self.arabicLetters[Character(character.lowercased())].map(String.init) ?? String(character)
            }
        }

        private static let accented: [Character: Character] = [
            "a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "y": "ý", "c": "ç", "n": "ñ", "s": "š", "z": "ž", "g": "ĝ", "h": "ĥ",
            "A": "Á", "E": "É", "I": "Í", "O": "Ö", "U": "Ü", "Y": "Ý", "C": "Ç", "N": "Ñ", "S": "Š", "Z": "Ž",
            "å": "ǻ", "ø": "ǿ", "æ": "ǽ",
        ]

        private static let cyrillicLetters: [Character: Character] = [
            "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і", "j": "й", "k": "к",
            "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
            "w": "в", "x": "ж", "y": "и", "z": "з", "å": "я", "ø": "ю", "æ": "є",
        ]

        /// Each Latin letter as the Ethiopic syllable of its sound (consonants with the vowel ä).
        private static let ethiopicSyllables: [Character: Character] = [
            "a": "አ", "b": "በ", "c": "ከ", "d": "ደ", "e": "ኤ", "f": "ፈ", "g": "ገ", "h": "ሀ", "i": "ኢ", "j": "ጀ", "k": "ከ",
            "l": "ለ", "m": "መ", "n": "ነ", "o": "ኦ", "p": "ፐ", "q": "ቀ", "r": "ረ", "s": "ሰ", "t": "ተ", "u": "ኡ", "v": "ቨ",
            "w": "ወ", "x": "ሸ", "y": "የ", "z": "ዘ", "å": "ኣ", "ø": "ኧ", "æ": "ኧ",
        ]

        private static let arabicLetters: [Character: Character] = [
            "a": "ا", "b": "ب", "c": "ك", "d": "د", "e": "ي", "f": "ف", "g": "ج", "h": "ه", "i": "ي", "j": "ج", "k": "ك",
            "l": "ل", "m": "م", "n": "ن", "o": "و", "p": "ب", "q": "ق", "r": "ر", "s": "س", "t": "ت", "u": "و", "v": "ف",
            "w": "و", "x": "ش", "y": "ي", "z": "ز", "å": "ا", "ø": "و", "æ": "ا",
        ]
    }
}
