import Foundation
import Hummingbird

/// A file the server sends from memory: the workbench's assets, the error page, and pages with
/// something inserted at response time. The bytes are in NIO's buffer (shared, not copied, by
/// every response); the entity tag is computed once.
struct ServedFile: Sendable {
    let bytes: ByteBuffer
    let etag: String

    init(_ data: Data) {
        self.init(ByteBuffer(bytes: data))
    }

    init(_ bytes: ByteBuffer) {
        self.bytes = bytes
        self.etag = bytes.withUnsafeReadableBytes(ServedFile.etag(of:))
    }

    /// `"<length>-<hash>"`: a 64-bit FNV-1a over 8-byte words. Not cryptographic: it only has to
    /// change when the bytes do, and it is fast enough to tag thousands of pages at start-up.
    static func etag(of bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
        }
        for index in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
        }
        return "\"\(String(bytes.count, radix: 16))-\(String(hash, radix: 16))\""
    }
}
