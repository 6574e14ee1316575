import Foundation

/// A compact binary form of `Codable` values, for the build cache: a rebuild decodes one record
/// per document and one parsed source per topic, and JSON text cost more to decode than parsing
/// the Markdown again. Only Tolk reads it back, and only the same executable (the cache is keyed
/// by it), so the form carries no version of its own.
///
/// Each value is a tag byte and its payload: nil, false, true; an integer as a LEB128 varint
/// (signed ones zigzagged); a double as its 8-byte bit pattern; a string as a varint length and
/// UTF-8; a keyed or unkeyed container as a 4-byte length (so a reader can skip it), a 4-byte
/// count, then its entries (a keyed entry is its key as a string, then its value).
enum BinaryCoding {
    enum Tag: UInt8 { case null = 0, no, yes, int, uint, double, string, keyed, unkeyed }

    /// The value's bytes.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = BinaryEncodingSlot()
        try value.encode(to: BinaryEncodingNode(slot: root))
        var writer = BinaryWriter()
        writer.write(root)
        return writer.bytes
    }
}

/// Where one value goes while a value is encoded: a scalar already in bytes, or a container
/// still being filled (containers can be handed out before their contents are known).
final class BinaryEncodingSlot {
    enum Content { case empty, scalar([UInt8]), keyed(BinaryKeyedStorage), unkeyed(BinaryUnkeyedStorage) }
    var content: Content = .empty
}

final class BinaryKeyedStorage {
    var entries: [(key: String, slot: BinaryEncodingSlot)] = []
    func slot(for key: String) -> BinaryEncodingSlot {
        let slot = BinaryEncodingSlot()
        entries.append((key, slot))
        return slot
    }
}

final class BinaryUnkeyedStorage {
    var items: [BinaryEncodingSlot] = []
    func next() -> BinaryEncodingSlot {
        let slot = BinaryEncodingSlot()
        items.append(slot)
        return slot
    }
}

/// Writes slots as bytes, each container's length patched in after its contents.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func write(_ slot: BinaryEncodingSlot) {
        switch slot.content {
        case .empty: bytes.append(BinaryCoding.Tag.null.rawValue)
        case .scalar(let scalar): bytes.append(contentsOf: scalar)
        case .keyed(let storage):
            container(.keyed, count: storage.entries.count) {
                for entry in storage.entries {
                    $0.writeString(entry.key)
                    $0.write(entry.slot)
                }
            }
        case .unkeyed(let storage):
            container(.unkeyed, count: storage.items.count) {
                for item in storage.items { $0.write(item) }
            }
        }
    }

    private mutating func container(_ tag: BinaryCoding.Tag, count: Int, _ contents: (inout BinaryWriter) -> Void) {
        bytes.append(tag.rawValue)
        let lengthAt = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        appendFixed(UInt32(truncatingIfNeeded: count))
        contents(&self)
        let length = UInt32(truncatingIfNeeded: bytes.count - lengthAt - 4)
        for index in 0..<4 { bytes[lengthAt + index] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(index))) }
    }

    private mutating func appendFixed(_ value: UInt32) {
        for index in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(index)))) }
    }

    mutating func writeString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            BinaryWriter.appendVarint(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    static func scalar(_ tag: BinaryCoding.Tag, varint: UInt64) -> [UInt8] {
        var bytes = [tag.rawValue]
        appendVarint(varint, to: &bytes)
        return bytes
    }

    static func scalar(_ value: Int64) -> [UInt8] {
        scalar(.int, varint: UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    static func scalar(_ value: Double) -> [UInt8] {
        var bytes = [BinaryCoding.Tag.double.rawValue]
        let bits = value.bitPattern
        for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index)))) }
        return bytes
    }

    static func scalar(_ string: String) -> [UInt8] {
        var writer = BinaryWriter(bytes: [BinaryCoding.Tag.string.rawValue])
        writer.writeString(string)
        return writer.bytes
    }
}

/// The `Encoder` handed to a value: it fills one slot.
struct BinaryEncodingNode: Encoder {
    let slot: BinaryEncodingSlot
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(BinaryKeyedEncoding<Key>(storage: keyedStorage()))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer { BinaryUnkeyedEncoding(storage: unkeyedStorage()) }

    func singleValueContainer() -> SingleValueEncodingContainer { BinarySingleValueEncoding(slot: slot) }

    // A value that asks twice gets the same container (as JSONEncoder does).
    private func keyedStorage() -> BinaryKeyedStorage {
        if case .keyed(let storage) = slot.content { return storage }
        let storage = BinaryKeyedStorage()
        slot.content = .keyed(storage)
        return storage
    }

    private func unkeyedStorage() -> BinaryUnkeyedStorage {
        if case .unkeyed(let storage) = slot.content { return storage }
        let storage = BinaryUnkeyedStorage()
        slot.content = .unkeyed(storage)
        return storage
    }
}

/// Puts one value into a slot: scalars as bytes, anything else through its own `encode(to:)`.
private func fill<T: Encodable>(_ slot: BinaryEncodingSlot, with value: T) throws {
    switch value {
    case let string as String: slot.content = .scalar(BinaryWriter.scalar(string))
    case let int as Int: slot.content = .scalar(BinaryWriter.scalar(Int64(int)))
    case let bool as Bool: slot.content = .scalar([bool ? BinaryCoding.Tag.yes.rawValue : BinaryCoding.Tag.no.rawValue])
    default: try value.encode(to: BinaryEncodingNode(slot: slot))
    }
}

struct BinarySingleValueEncoding: SingleValueEncodingContainer {
    let slot: BinaryEncodingSlot
    var codingPath: [CodingKey] { [] }

    func encodeNil() { slot.content = .scalar([BinaryCoding.Tag.null.rawValue]) }
    func encode(_ value: Bool) { slot.content = .scalar([value ? BinaryCoding.Tag.yes.rawValue : BinaryCoding.Tag.no.rawValue]) }
    func encode(_ value: String) { slot.content = .scalar(BinaryWriter.scalar(value)) }
    func encode(_ value: Double) { slot.content = .scalar(BinaryWriter.scalar(value)) }
    func encode(_ value: Float) { slot.content = .scalar(BinaryWriter.scalar(Double(value))) }
    func encode(_ value: Int) { slot.content = .scalar(BinaryWriter.scalar(Int64(value))) }
    func encode(_ value: Int8) { slot.content = .scalar(BinaryWriter.scalar(Int64(value))) }
    func encode(_ value: Int16) { slot.content = .scalar(BinaryWriter.scalar(Int64(value))) }
    func encode(_ value: Int32) { slot.content = .scalar(BinaryWriter.scalar(Int64(value))) }
    func encode(_ value: Int64) { slot.content = .scalar(BinaryWriter.scalar(value)) }
    func encode(_ value: UInt) { slot.content = .scalar(BinaryWriter.scalar(.uint, varint: UInt64(value))) }
    func encode(_ value: UInt8) { slot.content = .scalar(BinaryWriter.scalar(.uint, varint: UInt64(value))) }
    func encode(_ value: UInt16) { slot.content = .scalar(BinaryWriter.scalar(.uint, varint: UInt64(value))) }
    func encode(_ value: UInt32) { slot.content = .scalar(BinaryWriter.scalar(.uint, varint: UInt64(value))) }
    func encode(_ value: UInt64) { slot.content = .scalar(BinaryWriter.scalar(.uint, varint: value)) }
    func encode<T: Encodable>(_ value: T) throws { try fill(slot, with: value) }
}

struct BinaryKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: BinaryKeyedStorage
    var codingPath: [CodingKey] { [] }

    func encodeNil(forKey key: Key) { storage.slot(for: key.stringValue).content = .scalar([BinaryCoding.Tag.null.rawValue]) }
    func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try fill(storage.slot(for: key.stringValue), with: value) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        BinaryEncodingNode(slot: storage.slot(for: key.stringValue)).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        BinaryEncodingNode(slot: storage.slot(for: key.stringValue)).unkeyedContainer()
    }

    func superEncoder() -> Encoder { BinaryEncodingNode(slot: storage.slot(for: "super")) }
    func superEncoder(forKey key: Key) -> Encoder { BinaryEncodingNode(slot: storage.slot(for: key.stringValue)) }
}

struct BinaryUnkeyedEncoding: UnkeyedEncodingContainer {
    let storage: BinaryUnkeyedStorage
    var codingPath: [CodingKey] { [] }
    var count: Int { storage.items.count }

    func encodeNil() { storage.next().content = .scalar([BinaryCoding.Tag.null.rawValue]) }
    func encode<T: Encodable>(_ value: T) throws { try fill(storage.next(), with: value) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        BinaryEncodingNode(slot: storage.next()).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { BinaryEncodingNode(slot: storage.next()).unkeyedContainer() }
    func superEncoder() -> Encoder { BinaryEncodingNode(slot: storage.next()) }
}
