import CZlib
import Foundation

/// The .zip files of translation kits: written with stored (uncompressed) entries, which every
/// unzip and CAT tool reads; read with stored and deflated entries, which is what tools and
/// file managers write when a translator sends the kit back. Nothing else (no encryption, no
/// ZIP64, no multi-disk archives): such an archive is refused with a reason, never guessed at.
public enum ZipArchive {
    /// One file in an archive: its path (with `/`) and bytes.
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var data: Data
        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// Why an archive cannot be read.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The limit on one entry's unpacked size (a kit's files are small; a zip bomb is not).
    static let maximumEntrySize = 256 << 20

    /// An archive of `entries`, stored, with a fixed date so the same kit gives the same bytes.
    public static func write(_ entries: [Entry]) -> Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let name = Data(entry.path.utf8)
            let crc = crc32(entry.data)
            let offset = UInt32(out.count)
            var header = Data()
            header.append(le32: 0x0403_4b50)
            header.append(le16: 20); header.append(le16: 0x0800)  // version, flags: UTF-8 names
            header.append(le16: 0)                                 // stored
            header.append(le16: 0); header.append(le16: 0x21)      // 1980-01-01 00:00
            header.append(le32: crc); header.append(le32: UInt32(entry.data.count)); header.append(le32: UInt32(entry.data.count))
            header.append(le16: UInt16(name.count)); header.append(le16: 0)
            out.append(header); out.append(name); out.append(entry.data)
            central.append(le32: 0x0201_4b50)
            central.append(le16: 20); central.append(le16: 20); central.append(le16: 0x0800); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0x21)
            central.append(le32: crc); central.append(le32: UInt32(entry.data.count)); central.append(le32: UInt32(entry.data.count))
            central.append(le16: UInt16(name.count)); central.append(le16: 0); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0); central.append(le32: 0); central.append(le32: offset)
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32: 0x0605_4b50)
        out.append(le16: 0); out.append(le16: 0)
        out.append(le16: UInt16(entries.count)); out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(central.count)); out.append(le32: centralOffset); out.append(le16: 0)
        return out
    }

    /// The files of an archive (folders left out), from its central directory.
    public static func read(_ data: Data) -> Result<[Entry], ReadError> {
        let bytes = [UInt8](data)
        func fail(_ message: String) -> Result<[Entry], ReadError> { .failure(ReadError(description: message)) }
        guard bytes.count >= 22 else { return fail("it is too short to be a .zip file") }
        // The end record is in the last 22 + 65535 bytes (it may be followed by a comment).
        var end = -1
        for position in stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1)
        where bytes.u32(position) == 0x0605_4b50 { end = position; break }
        guard end >= 0 else { return fail("it has no zip directory (not a .zip file, or cut short)") }
        let count = Int(bytes.u16(end + 10))
        var position = Int(bytes.u32(end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard position + 46 <= bytes.count, bytes.u32(position) == 0x0201_4b50 else { return fail("its zip directory is damaged") }
            let flags = bytes.u16(position + 8), method = bytes.u16(position + 10)
            let crc = bytes.u32(position + 16)
            let packed = Int(bytes.u32(position + 20)), size = Int(bytes.u32(position + 24))
            let nameLength = Int(bytes.u16(position + 28)), extra = Int(bytes.u16(position + 30)), comment = Int(bytes.u16(position + 32))
            let local = Int(bytes.u32(position + 42))
            guard position + 46 + nameLength <= bytes.count else { return fail("its zip directory is damaged") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            position += 46 + nameLength + extra + comment
            if name.hasSuffix("/") { continue }
            guard flags & 1 == 0 else { return fail("\(name) is encrypted") }
            guard packed != 0xFFFF_FFFF, size != 0xFFFF_FFFF, size <= maximumEntrySize else { return fail("\(name) is too large") }
            guard local + 30 <= bytes.count, bytes.u32(local) == 0x0403_4b50 else { return fail("the entry \(name) is damaged") }
            let start = local + 30 + Int(bytes.u16(local + 26)) + Int(bytes.u16(local + 28))
            guard start + packed <= bytes.count else { return fail("the entry \(name) is cut short") }
            let raw = Data(bytes[start..<(start + packed)])
            let content: Data
            switch method {
            case 0: content = raw
            case 8:
                guard let inflated = inflate(raw, size: size) else { return fail("the entry \(name) cannot be unpacked") }
                content = inflated
            default: return fail("\(name) is packed with method \(method); only stored and deflated entries are read")
            }
            guard crc32(content) == crc else { return fail("the entry \(name) is damaged (its checksum does not match)") }
            entries.append(Entry(path: name, data: content))
        }
        return .success(entries)
    }

    /// Raw deflate (zip's method 8) to exactly `size` bytes.
    private static func inflate(_ data: Data, size: Int) -> Data? {
        var output = [UInt8](repeating: 0, count: max(size, 1))
        var input = [UInt8](data)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(size)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { return nil }
        return Data(output.prefix(size))
    }

    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { buffer in
            UInt32(CZlib.crc32(0, buffer.bindMemory(to: Bytef.self).baseAddress, uInt(buffer.count)))
        }
    }
}

private extension Data {
    mutating func append(le16 value: UInt16) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
    mutating func append(le32 value: UInt32) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
}

private extension [UInt8] {
    func u16(_ at: Int) -> UInt16 { at + 2 <= count ? UInt16(self[at]) | UInt16(self[at + 1]) << 8 : 0 }
    func u32(_ at: Int) -> UInt32 { at + 4 <= count ? UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 : 0 }
}
