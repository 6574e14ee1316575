import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An object of the store opened for one response. Opened before the response starts, so that
/// an object collected in the meantime is noticed while another answer can still be given; open,
/// it stays readable even once collected. Closed when the response is done with it.
final class OpenObject: @unchecked Sendable {
    /// Parts of a large file are read and sent this many bytes at a time.
    static let chunk = 256 * 1024
    /// Files up to this size are read whole, and sent as one buffer.
    static let whole = 1024 * 1024

    private let descriptor: Int32
    let file: StoredFile

    /// Opens the object of `file`; nil when it is not on disk (a newer build collected it).
    init?(_ file: StoredFile, in store: ObjectStore) {
        let descriptor = open(store.path(of: file.digest), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.file = file
    }

    deinit { close(descriptor) }

    /// `count` bytes from `offset`.
    func read(offset: Int, count: Int) throws -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: count)
        var done = 0
        while done < count {
            var result = 0
            _ = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count - done) { target in
                result = pread(descriptor, target.baseAddress!, count - done, off_t(offset + done))
                return max(result, 0)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw StoreError.io("cannot read object \(file.digest.hex)", result < 0 ? errno : EIO) }
            done += result
        }
        return buffer
    }

    /// The body for `count` bytes from `offset`: one buffer when small, else read chunk by
    /// chunk as the client takes them (a video need not be in memory all at once).
    func body(offset: Int, count: Int) throws -> ResponseBody {
        if count <= Self.whole { return ResponseBody(byteBuffer: try read(offset: offset, count: count)) }
        return ResponseBody { writer in
            var position = offset
            let end = offset + count
            while position < end {
                let part = try self.read(offset: position, count: min(Self.chunk, end - position))
                try await writer.write(part)
                position += part.readableBytes
            }
            try await writer.finish(nil)
        }
    }
}
