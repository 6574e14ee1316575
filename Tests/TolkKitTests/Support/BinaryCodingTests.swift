import Foundation
import Testing
@testable import TolkKit

/// The build cache's binary form: what goes in comes out, whatever the shape, and damaged
/// bytes are an error, never a crash or a wrong value taken for a right one.
struct BinaryCodingTests {
    enum Shape: Codable, Equatable {
        case none
        case circle(radius: Double)
        case labelled(String, tags: [String?])
        indirect case group([Shape], name: String?)
    }

    struct Everything: Codable, Equatable {
        var text = ""
        var unicode = "blåbær ضوء 🦷\u{0}\n\t\"\\"
        var small: Int8 = -128
        var big = Int64.min
        var unsigned = UInt64.max
        var int = Int.max
        var negative = -1
        var double = -0.0
        var infinity = Double.infinity
        var float: Float = 1.5
        var flag = true
        var missing: String? = nil
        var present: Int? = 0
        var nested: [[Int?]] = [[1, nil, 3], [], [nil]]
        var byName: [String: Shape] = ["a": .none, "b": .circle(radius: 2.5)]
        var byNumber: [Int: String] = [3: "three", -1: "minus one"]
        var shapes: [Shape] = [.labelled("x", tags: ["t", nil]), .group([.none, .group([], name: nil)], name: "g")]
        var set: Set<String> = ["one", "two"]
    }

    /// Written with keys left out and read back in another order, as hand-written Codable does.
    struct OutOfOrder: Codable, Equatable {
        var first: String
        var second: Int?
        var third: Bool

        enum CodingKeys: String, CodingKey { case first, second, third }

        init(first: String, second: Int?, third: Bool) { (self.first, self.second, self.third) = (first, second, third) }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            third = try container.decode(Bool.self, forKey: .third)
            second = try container.decodeIfPresent(Int.self, forKey: .second)
            first = try container.decode(String.self, forKey: .first)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(first, forKey: .first)
            try container.encodeIfPresent(second, forKey: .second)
            try container.encode(third, forKey: .third)
        }
    }

    @Test func valuesOfEveryShapeRoundTrip() throws {
        let value = Everything()
        let decoded = try BinaryCoding.decode(Everything.self, from: try BinaryCoding.encode(value))
        #expect(decoded.double.sign == .minus)
        #expect(decoded == value)
        for item in [OutOfOrder(first: "a", second: nil, third: true), OutOfOrder(first: "", second: -7, third: false)] {
            #expect(try BinaryCoding.decode(OutOfOrder.self, from: try BinaryCoding.encode(item)) == item)
        }
        #expect(try BinaryCoding.decode([String].self, from: try BinaryCoding.encode([String]())) == [])
        #expect(try BinaryCoding.decode(String?.self, from: try BinaryCoding.encode(String?.none)) == nil)
    }

    @Test func aBuildCacheRecordRoundTrips() throws {
        let unit = InlineText([.text("Ta "), .open(id: "1", code: .unknown), .text("2 tabletter"), .close(id: "1")])
        let record = DocumentRecord(key: "abc", files: [OutputFileStat(path: "en/topics/x/index.html", size: 10, mtimeNanoseconds: -5, inode: .max)],
                                    load: nil)
        #expect(try BinaryCoding.decode(DocumentRecord.self, from: try BinaryCoding.encode(record)) == record)
        #expect(try BinaryCoding.decode(InlineText.self, from: try BinaryCoding.encode(unit)) == unit)
    }

    @Test func aValueOfAnotherTypeDoesNotDecode() throws {
        let bytes = try BinaryCoding.encode(OutOfOrder(first: "a", second: 1, third: true))
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Everything.self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode([String].self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(OutOfOrder.self, from: bytes + [0]) }
    }

    /// Every cut of an encoding throws, and changed bytes either throw or decode to some value:
    /// nothing reads outside the bytes.
    @Test func damagedBytesThrowAndNeverCrash() throws {
        let bytes = try BinaryCoding.encode(Everything())
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try BinaryCoding.decode(Everything.self, from: Array(bytes.prefix(length))) }
        }
        var random = SeededGenerator(state: 15)
        for _ in 0..<3_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            _ = try? BinaryCoding.decode(Everything.self, from: damaged)
        }
    }
}
