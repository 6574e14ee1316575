import Foundation

/// The `Decoder` handed to a value: the value at one offset.
struct BinaryDecodingNode: Decoder {
    let reader: BinaryReader
    let offset: Int
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try BinaryKeyedDecoding<Key>(reader: reader, offset: offset))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer { try BinaryUnkeyedDecoding(reader: reader, offset: offset) }

    func singleValueContainer() throws -> SingleValueDecodingContainer { BinarySingleValueDecoding(reader: reader, offset: offset) }
}

struct BinarySingleValueDecoding: SingleValueDecodingContainer {
    let reader: BinaryReader
    let offset: Int
    var codingPath: [CodingKey] { [] }

    func decodeNil() -> Bool { (try? reader.isNil(at: offset)) ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: offset)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: offset) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: offset) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: offset) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: offset) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: offset) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: offset) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        var end = 0
        return try reader.decode(type, at: offset, end: &end)
    }
}

/// A keyed container. Values are looked for from where the last one was found, since a type
/// decodes its keys in the order it encoded them; a key not there is looked for from the start.
final class BinaryKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let reader: BinaryReader
    private let start: Int
    private let end: Int
    private let count: Int
    private var next: Int
    private var nextIndex = 0
    var codingPath: [CodingKey] { [] }

    init(reader: BinaryReader, offset: Int) throws {
        self.reader = reader
        (start, end, count) = try reader.container(.keyed, at: offset)
        next = start
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var cursor = start
        for _ in 0..<count {
            guard let range = try? reader.stringRange(at: &cursor), let valueEnd = try? reader.end(ofValueAt: cursor) else { break }
            if let key = Key(stringValue: reader.string(range)) { keys.append(key) }
            cursor = valueEnd
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { (try? find(key)) != nil }

    /// The offset of a key's value, nil when the container does not have it.
    private func find(_ key: Key) throws -> Int? {
        let name = key.stringValue
        var cursor = next
        var index = nextIndex
        for _ in 0..<count {
            if index == count {
                cursor = start
                index = 0
            }
            let range = try reader.stringRange(at: &cursor)
            let valueAt = cursor
            cursor = try reader.end(ofValueAt: valueAt)
            guard cursor <= end else { throw BinaryReader.damaged }
            index += 1
            if name.utf8.elementsEqual(reader.bytes[range]) {
                next = cursor
                nextIndex = index
                return valueAt
            }
        }
        return nil
    }

    private func value(_ key: Key) throws -> Int {
        guard let offset = try find(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no value for \(key.stringValue)"))
        }
        return offset
    }

    func decodeNil(forKey key: Key) throws -> Bool { try reader.isNil(at: try value(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        var valueEnd = 0
        return try reader.decode(type, at: try value(key), end: &valueEnd)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let offset = try find(key), !(try reader.isNil(at: offset)) else { return nil }
        var valueEnd = 0
        return try reader.decode(type, at: offset, end: &valueEnd)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try BinaryKeyedDecoding<NestedKey>(reader: reader, offset: try value(key)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try BinaryUnkeyedDecoding(reader: reader, offset: try value(key))
    }

    func superDecoder() throws -> Decoder {
        guard let offset = try find(Key(stringValue: "super")!) else { throw BinaryReader.damaged }
        return BinaryDecodingNode(reader: reader, offset: offset)
    }

    func superDecoder(forKey key: Key) throws -> Decoder { BinaryDecodingNode(reader: reader, offset: try value(key)) }
}

/// An unkeyed container, read front to back.
final class BinaryUnkeyedDecoding: UnkeyedDecodingContainer {
    private let reader: BinaryReader
    private let end: Int
    private var cursor: Int
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: BinaryReader, offset: Int) throws {
        self.reader = reader
        let header = try reader.container(.unkeyed, at: offset)
        (cursor, end, count) = (header.start, header.end, header.count)
    }

    /// The next value's offset, moving past it.
    private func advance() throws -> Int {
        guard !isAtEnd else { throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "no more values")) }
        let offset = cursor
        cursor = try reader.end(ofValueAt: offset)
        guard cursor <= end else { throw BinaryReader.damaged }
        currentIndex += 1
        return offset
    }

    func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.isNil(at: cursor) else { return false }
        _ = try advance()
        return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        var valueEnd = 0
        return try reader.decode(type, at: try advance(), end: &valueEnd)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try BinaryKeyedDecoding<NestedKey>(reader: reader, offset: try advance()))
    }

    func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try BinaryUnkeyedDecoding(reader: reader, offset: try advance()) }

    func superDecoder() throws -> Decoder { BinaryDecodingNode(reader: reader, offset: try advance()) }
}
