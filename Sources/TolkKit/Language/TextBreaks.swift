import CICUShim

/// Sentences and words as ICU's break iterators (UAX #29 with CLDR's locale rules) find them:
/// readability counts them, and regular expressions get abbreviations, numbers with points and
/// scripts without spaces wrong. Ranges are UTF-8 byte offsets into the text.
public enum TextBreaks {
    /// A word of the text: letters (kind `.letters`) or a number (`.number`); spaces and
    /// punctuation are not words.
    public struct Word: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case letters, number }
        public var range: Range<Int>
        public var kind: Kind
    }

    /// The sentences of `text` in `locale`, as byte ranges that cover the text.
    public static func sentences(_ text: String, locale: String) -> [Range<Int>] {
        let boundaries = call(text, initial: max(16, text.utf8.count / 32)) { bytes, length, out, capacity in
            tolk_sentence_breaks(locale, bytes, length, out, capacity)
        }
        return zip(boundaries, boundaries.dropFirst()).compactMap { $0 < $1 ? Int($0) ..< Int($1) : nil }
    }

    /// The words of `text` in `locale`, in order.
    public static func words(_ text: String, locale: String) -> [Word] {
        let triples = call(text, initial: max(48, text.utf8.count), stride: 3) { bytes, length, out, capacity in
            tolk_words(locale, bytes, length, out, capacity)
        }
        return stride(from: 0, to: triples.count - 2, by: 3).map { index in
            Word(range: Int(triples[index]) ..< Int(triples[index + 1]), kind: triples[index + 2] == 2 ? .number : .letters)
        }
    }

    /// Calls a shim function that fills an int buffer and returns how many items it found,
    /// growing the buffer once when the first was too small.
    private static func call(_ text: String, initial: Int, stride: Int = 1,
                             _ body: (UnsafePointer<CChar>, Int32, UnsafeMutablePointer<Int32>, Int32) -> Int32) -> [Int32] {
        var copy = text
        return copy.withUTF8 { bytes -> [Int32] in
            guard !bytes.isEmpty else { return [] }
            let pointer = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            var capacity = initial * stride
            for _ in 0 ..< 2 {
                var out = [Int32](repeating: 0, count: capacity)
                let found = out.withUnsafeMutableBufferPointer { body(pointer, Int32(bytes.count), $0.baseAddress!, Int32(capacity)) }
                guard found >= 0 else { return [] }
                if Int(found) * stride <= capacity { return Array(out.prefix(Int(found) * stride)) }
                capacity = Int(found) * stride
            }
            return []
        }
    }
}
