import Foundation
import Testing
@testable import TolkKit

/// ICU's break iterators are kept per thread between calls (opening one cost more than breaking
/// a passage). A kept iterator must answer as a new one would: whatever locale or text came
/// before it on the thread, and on many threads at once.
@Suite struct TextBreaksTests {
    /// Norwegian, Thai (no spaces between words: ICU's dictionary finds them) and Urdu.
    static let samples: [(text: String, locale: String)] = [
        ("Ta 2 tabletter, f.eks. om morgenen. Ring 113!", "nb"),
        ("ดื่มน้ำมากๆ ทุกวัน พักผ่อนให้เพียงพอ", "th"),
        ("روزانہ پانی پئیں۔ اگر درد ہو تو 113 پر کال کریں۔", "ur"),
        ("Mr. Smith came at 9 a.m. He left.", "en"),
    ]

    @Test func wordsAndSentencesAsICUCountsThem() {
        let words = TextBreaks.words("Ta 2 tabletter, f.eks. om morgenen.", locale: "nb")
        #expect(words.map(\.kind) == [.letters, .number, .letters, .letters, .letters, .letters])
        #expect(TextBreaks.sentences("Gå en tur. Hvil deg.", locale: "nb") == [0 ..< 12, 12 ..< 21])  // bytes: å is two
    }

    @Test func alternatingLocalesOnOneThreadGiveTheSameBreaks() {
        let first = Self.samples.map { (TextBreaks.words($0.text, locale: $0.locale), TextBreaks.sentences($0.text, locale: $0.locale)) }
        // Each locale after every other one, twice round: the thread's iterators are reused and replaced.
        for _ in 0 ..< 2 {
            for (index, sample) in Self.samples.enumerated().reversed() {
                #expect(TextBreaks.words(sample.text, locale: sample.locale) == first[index].0)
                #expect(TextBreaks.sentences(sample.text, locale: sample.locale) == first[index].1)
            }
        }
        // The same locale with another text: nothing of the text before is left in the iterator.
        #expect(TextBreaks.words("", locale: "nb").isEmpty)
        #expect(TextBreaks.words("Hvil.", locale: "nb").map(\.range) == [0 ..< 4])
    }

    @Test func threadsInParallelGiveTheSameBreaks() {
        let expected = Self.samples.map { TextBreaks.words($0.text, locale: $0.locale) }
        let results = ResultSlots<Bool>(count: 400)
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            let sample = Self.samples[index % Self.samples.count]
            // A fresh copy of the text: the iterator must not point into a text freed since.
            let text = String(decoding: Array(sample.text.utf8), as: UTF8.self)
            results[index] = TextBreaks.words(text, locale: sample.locale) == expected[index % Self.samples.count]
        }
        #expect((0 ..< 400).allSatisfy { results[$0] == true })
    }

    @Test func aLocaleNameTooLongToKeepStillBreaks() {
        let locale = "nb-NO-u-" + Array(repeating: "x", count: 80).joined()
        #expect(TextBreaks.words("Gå en tur.", locale: locale).count == 3)
        #expect(TextBreaks.words("Gå en tur.", locale: "nb").count == 3)
    }
}
