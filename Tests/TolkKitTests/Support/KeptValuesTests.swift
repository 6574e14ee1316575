import Foundation
import Testing
@testable import TolkKit

/// An answer is worked out once per key, a nil answer too, and many threads get the same ones.
@Suite struct KeptValuesTests {
    @Test func eachKeyIsWorkedOutOnce() {
        let kept = KeptValues<String, Int?>()
        var asked: [String] = []
        for key in ["a", "b", "a", "none", "none", "b"] {
            _ = kept.value(for: key) { asked.append($0); return $0 == "none" ? nil : $0.count }
        }
        #expect(asked == ["a", "b", "none"])
        #expect(kept.value(for: "none") { _ in 99 } == nil)
        #expect(kept.value(for: "a") { _ in 99 } == 1)
    }

    @Test func manyThreadsGetTheSameAnswers() {
        let kept = KeptValues<Int, String>()
        let wrong = ResultSlots<Int>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            wrong[thread] = (0..<2_000).filter { kept.value(for: $0 % 97) { "v\($0)" } != "v\($0 % 97)" }.count
        }
        #expect(wrong.values.map { $0 ?? -1 } == Array(repeating: 0, count: 8))
    }
}
