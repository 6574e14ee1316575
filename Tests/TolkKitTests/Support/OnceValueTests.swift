import Foundation
import Testing
@testable import TolkKit

/// `OnceValue`: made once, by the first thread that asks, whatever the number asking at once.
@Suite struct OnceValueTests {
    @Test func manyThreadsAskingAtOnceGetTheOneValueMadeOnce() throws {
        let made = ResultSlots<Int>(count: 1)
        let once = OnceValue { () -> [Int] in
            made[0] = (made[0] ?? 0) + 1
            usleep(20_000)  // long enough for the other threads to ask meanwhile
            return Array(0..<100)
        }
        let got = ResultSlots<[Int]>(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { got[$0] = try? once.value() }
        #expect(made[0] == 1)
        #expect(got.values.allSatisfy { $0 == Array(0..<100) })
    }

    @Test func anErrorIsKeptAndThrownToEveryCaller() {
        struct Broken: Error {}
        let made = ResultSlots<Int>(count: 1)
        let once = OnceValue { () throws -> Int in
            made[0] = (made[0] ?? 0) + 1
            throw Broken()
        }
        #expect(throws: Broken.self) { try once.value() }
        #expect(throws: Broken.self) { try once.value() }
        #expect(made[0] == 1)
    }
}
