import Foundation

/// The bytes of a parsed source in the source cache (`SourceCache`), written field by field
/// in a fixed order with no tags or keys: a rebuild reads back every topic, and a generic
/// `Codable` decoder cost about as much as parsing the Markdown again. Only the same Tolk
/// executable reads it back (the cache is keyed by it), so the layout carries no version.
struct SourceWriter {
    private(set) var bytes: [UInt8] = []
    /// The path of the document being written: a location in it is written as a flag alone.
    var documentPath: String?

    mutating func int(_ value: Int) {
        let value = Int64(value)
        BinaryWriter.appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)), to: &bytes)
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            BinaryWriter.appendVarint(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func string(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index)))) }
    }

    mutating func raw(_ value: [UInt8]) { raw(value[...]) }

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    /// Hands the bytes written so far to `emit` and starts again in the same storage.
    mutating func drain(into emit: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        try bytes.withUnsafeBytes { try emit($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Bytes as they are, without a length.
    mutating func append<Bytes: Sequence>(_ value: Bytes) where Bytes.Element == UInt8 { bytes.append(contentsOf: value) }

    mutating func raw(_ value: ArraySlice<UInt8>) {
        BinaryWriter.appendVarint(UInt64(value.count), to: &bytes)
        bytes.append(contentsOf: value)
    }

    mutating func array<T>(_ items: [T], _ each: (inout SourceWriter, T) -> Void) {
        int(items.count)
        for item in items { each(&self, item) }
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }
}

/// Reads what `SourceWriter` wrote; damaged bytes throw and are never read out of bounds.
/// It reads from `cursor` up to `end` of its bytes, which may be a whole file of entries.
struct SourceReader {
    let reader: BinaryReader
    var cursor: Int
    let end: Int
    /// The path of the document being read, which its units' locations share (one string, not one per unit).
    var documentPath: String?

    init(bytes: [UInt8], at start: Int = 0, end: Int? = nil) {
        reader = BinaryReader(bytes: bytes)
        cursor = start
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { cursor == end }

    mutating func int() throws -> Int {
        let zigzag = try reader.varint(at: &cursor)
        return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func bool() throws -> Bool {
        let byte = try reader.byte(at: cursor)
        cursor += 1
        guard byte <= 1 else { throw BinaryReader.damaged }
        return byte == 1
    }

    mutating func string() throws -> String { reader.string(try reader.stringRange(at: &cursor)) }

    mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    mutating func double() throws -> Double {
        guard cursor + 8 <= reader.bytes.count else { throw BinaryReader.damaged }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(reader.bytes[cursor + index]) << (8 * UInt64(index)) }
        cursor += 8
        return Double(bitPattern: bits)
    }

    mutating func raw() throws -> [UInt8] { Array(reader.bytes[try rawRange()]) }

    /// Where in the bytes what `raw` wrote is (nothing is copied).
    mutating func rawRange() throws -> Range<Int> {
        let range = try reader.stringRange(at: &cursor)
        guard range.upperBound <= end else { throw BinaryReader.damaged }
        return range
    }

    /// A count of items to read: never more than the bytes left (each item takes one at least).
    mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= end - cursor else { throw BinaryReader.damaged }
        return count
    }

    mutating func array<T>(_ each: (inout SourceReader) throws -> T) throws -> [T] {
        let count = try count()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try each(&self)) }
        return items
    }

    mutating func strings() throws -> [String] { try array { try $0.string() } }
}
