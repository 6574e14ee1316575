import Foundation

extension BinaryCoding {
    /// Decodes what `encode` wrote. Damaged or foreign bytes throw; they never read out of bounds.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = BinaryReader(bytes: bytes)
        var end = 0
        let value = try reader.decode(type, at: 0, end: &end)
        guard end == bytes.count else { throw BinaryReader.damaged }
        return value
    }
}

/// The bytes being decoded and the reads every container shares; each read checks its bounds.
final class BinaryReader {
    let bytes: [UInt8]
    static let damaged = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "damaged binary cache data"))

    init(bytes: [UInt8]) { self.bytes = bytes }

    func byte(at offset: Int) throws -> UInt8 {
        guard offset >= 0, offset < bytes.count else { throw Self.damaged }
        return bytes[offset]
    }

    func varint(at offset: inout Int) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte(at: offset)
            offset += 1
            guard shift < 64 else { throw Self.damaged }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func fixed32(at offset: Int) throws -> Int {
        guard offset >= 0, offset + 4 <= bytes.count else { throw Self.damaged }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    /// A string's bytes (after its varint length) as a range.
    func stringRange(at offset: inout Int) throws -> Range<Int> {
        let length = try varint(at: &offset)
        guard length <= UInt64(bytes.count - offset) else { throw Self.damaged }
        let range = offset..<(offset + Int(length))
        offset = range.upperBound
        return range
    }

    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Where the value at `offset` ends.
    func end(ofValueAt offset: Int) throws -> Int {
        var cursor = offset + 1
        switch BinaryCoding.Tag(rawValue: try byte(at: offset)) {
        case .null, .no, .yes: return cursor
        case .int, .uint: _ = try varint(at: &cursor); return cursor
        case .double: guard cursor + 8 <= bytes.count else { throw Self.damaged }; return cursor + 8
        case .string: return try stringRange(at: &cursor).upperBound
        case .keyed, .unkeyed:
            let end = cursor + 4 + (try fixed32(at: cursor))
            guard end <= bytes.count else { throw Self.damaged }
            return end
        case nil: throw Self.damaged
        }
    }

    /// A container's header: where its entries start and end, and how many there are.
    func container(_ tag: BinaryCoding.Tag, at offset: Int) throws -> (start: Int, end: Int, count: Int) {
        guard try byte(at: offset) == tag.rawValue else { throw Self.damaged }
        let end = offset + 5 + (try fixed32(at: offset + 1))
        guard end <= bytes.count else { throw Self.damaged }
        return (offset + 9, end, try fixed32(at: offset + 5))
    }

    func decode<T: Decodable>(_ type: T.Type, at offset: Int, end: inout Int) throws -> T {
        end = try self.end(ofValueAt: offset)
        // The common scalars directly, without a decoder value.
        if type == String.self { return try string(at: offset) as! T }
        if type == Int.self { return Int(try signed(at: offset)) as! T }
        if type == Bool.self { return try bool(at: offset) as! T }
        return try T(from: BinaryDecodingNode(reader: self, offset: offset))
    }

    func isNil(at offset: Int) throws -> Bool { try byte(at: offset) == BinaryCoding.Tag.null.rawValue }

    func bool(at offset: Int) throws -> Bool {
        switch try byte(at: offset) {
        case BinaryCoding.Tag.yes.rawValue: return true
        case BinaryCoding.Tag.no.rawValue: return false
        default: throw Self.damaged
        }
    }

    func string(at offset: Int) throws -> String {
        guard try byte(at: offset) == BinaryCoding.Tag.string.rawValue else { throw Self.damaged }
        var cursor = offset + 1
        return string(try stringRange(at: &cursor))
    }

    func signed(at offset: Int) throws -> Int64 {
        guard try byte(at: offset) == BinaryCoding.Tag.int.rawValue else { throw Self.damaged }
        var cursor = offset + 1
        let zigzag = try varint(at: &cursor)
        return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    }

    func unsigned(at offset: Int) throws -> UInt64 {
        guard try byte(at: offset) == BinaryCoding.Tag.uint.rawValue else { throw Self.damaged }
        var cursor = offset + 1
        return try varint(at: &cursor)
    }

    func double(at offset: Int) throws -> Double {
        guard try byte(at: offset) == BinaryCoding.Tag.double.rawValue, offset + 9 <= bytes.count else { throw Self.damaged }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + 1 + index]) << (8 * UInt64(index)) }
        return Double(bitPattern: bits)
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) throws -> T {
        let value: T? = T.isSigned ? T(exactly: try signed(at: offset)) : T(exactly: try unsigned(at: offset))
        guard let value else { throw Self.damaged }
        return value
    }
}
