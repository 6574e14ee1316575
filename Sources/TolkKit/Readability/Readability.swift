import Foundation

/// LIX, the Scandinavian readability index, of one source document: words per sentence plus
/// 100 × the share of words longer than six letters. Up to 40 is easy to read ("lett").
public struct ReadabilityScore: Sendable, Hashable, Codable {
    /// Project-relative path of the source document.
    public var file: String
    /// The index, to one decimal.
    public var lix: Double
    public var words: Int
    public var sentences: Int
    /// Words of more than six letters.
    public var longWords: Int
    /// The sentences of `longSentenceWords` words or more, longest first (ties in file order).
    public var longestSentences: [MeasuredSentence]

    public init(file: String, lix: Double, words: Int, sentences: Int, longWords: Int, longestSentences: [MeasuredSentence] = []) {
        self.file = file
        self.lix = lix
        self.words = words
        self.sentences = sentences
        self.longWords = longWords
        self.longestSentences = longestSentences
    }

    /// A sentence this long is where an editor should start (the and the Norwegian
    /// plain-language guidance's rule of thumb).
    public static let longSentenceWords = 25

    /// LIX from its counts, to one decimal; 0 for a text without words.
    public static func lix(words: Int, sentences: Int, longWords: Int) -> Double {
        guard words > 0, sentences > 0 else { return 0 }
        let value = Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
        return (value * 10).rounded() / 10
    }
}

/// One sentence of a document, for the `plain-language` warning.
public struct MeasuredSentence: Sendable, Hashable, Codable {
    /// Line of the source file the sentence starts on.
    public var line: Int
    public var words: Int
    /// The sentence's first words, to recognise it by.
    public var opening: String
}

/// A stretch of running text: its sentences are found across its pieces (a video's cues, which
/// split sentences between them), each piece with the source line it comes from.
struct ReadablePassage: Sendable, Hashable {
    var pieces: [(text: String, line: Int)]

    static func == (lhs: ReadablePassage, rhs: ReadablePassage) -> Bool {
        lhs.pieces.map(\.text) == rhs.pieces.map(\.text) && lhs.pieces.map(\.line) == rhs.pieces.map(\.line)
    }

    func hash(into hasher: inout Hasher) {
        for piece in pieces { hasher.combine(piece.text); hasher.combine(piece.line) }
    }
}

/// Counts words, sentences and long words with ICU's break iterators.
enum Readability {
    /// The score of passages of text in `locale`. With `sourceLines` (the file's lines), a
    /// sentence inside a block that spans several lines gets the line it starts on rather than
    /// the block's first line.
    static func measure(_ passages: [ReadablePassage], file: String, locale: String, sourceLines: [Substring]? = nil) -> ReadabilityScore {
        var words = 0, sentences = 0, longWords = 0
        var measured: [MeasuredSentence] = []
        for passage in passages {
            // The pieces joined by spaces; `starts` says where each begins.
            var text = ""
            var starts: [Int] = []
            for piece in passage.pieces {
                if !text.isEmpty { text += " " }
                starts.append(text.utf8.count)
                text += piece.text
            }
            let found = TextBreaks.words(text, locale: locale)
            let bytes = Array(text.utf8)
            var next = 0
            var searchFrom = 0
            for sentence in TextBreaks.sentences(text, locale: locale) {
                var inSentence: [TextBreaks.Word] = []
                while next < found.count, found[next].range.lowerBound < sentence.upperBound {
                    inSentence.append(found[next])
                    next += 1
                }
                guard let first = inSentence.first else { continue }
                sentences += 1
                words += inSentence.count
                longWords += inSentence.filter { $0.kind == .letters && Self.letters(bytes[$0.range]) > 6 }.count
                let pieceIndex = (starts.lastIndex { $0 <= first.range.lowerBound }) ?? 0
                let firstWord = String(decoding: bytes[first.range], as: UTF8.self)
                var line = passage.pieces[pieceIndex].line
                if let sourceLines {
                    line = Self.line(of: firstWord, from: max(line, searchFrom), in: sourceLines) ?? line
                    searchFrom = line
                }
                if inSentence.count >= ReadabilityScore.longSentenceWords {
                    let opening = inSentence.prefix(8).map { String(decoding: bytes[$0.range], as: UTF8.self) }.joined(separator: " ")
                    measured.append(MeasuredSentence(line: line, words: inSentence.count, opening: opening + " …"))
                }
            }
        }
        let longest = measured.enumerated().sorted { a, b in
            a.element.words != b.element.words ? a.element.words > b.element.words : a.offset < b.offset
        }.map(\.element)
        return ReadabilityScore(file: file, lix: ReadabilityScore.lix(words: words, sentences: sentences, longWords: longWords),
                                words: words, sentences: sentences, longWords: longWords, longestSentences: longest)
    }

    /// Letters of a word: its characters (a letter with a combining accent is one).
    private static func letters(_ bytes: ArraySlice<UInt8>) -> Int {
        // Without grapheme breaking when every scalar stands alone (see `Wording.characterCount`).
        Wording.characterCount(String(decoding: bytes, as: UTF8.self))
    }

    /// The first line at or after `line` (counted from 1) that has `word`, looking a little
    /// way ahead only: a block's sentences follow its first line closely.
    private static func line(of word: String, from line: Int, in lines: [Substring]) -> Int? {
        guard line >= 1, line <= lines.count else { return nil }
        let needle = Array(word.utf8)
        for index in (line - 1) ..< min(lines.count, line + 40) where contains(lines[index], needle) { return index + 1 }
        return nil
    }

    /// Whether `line` has the bytes of `word`. Both come from the same file, so comparing bytes
    /// is enough; Foundation's `contains` bridged every line to an NSString first.
    private static func contains(_ line: Substring, _ word: [UInt8]) -> Bool {
        guard !word.isEmpty else { return false }
        var line = line
        return line.withUTF8 { haystack in
            word.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return false }
                // memchr finds each candidate first byte several bytes at a time.
                let last = haystack.count - needle.count
                var offset = 0
                while offset <= last, let found = memchr(base + offset, Int32(first), last - offset + 1) {
                    let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = index + 1
                }
                return false
            }
        }
    }
}
