import Foundation

extension ProjectFiles {
    /// A whole file's bytes read straight into the array that is returned; nil when it cannot be
    /// read or is a folder. The caches (`.tolk/sources/cache.bin`, the build cache) are tens of
    /// megabytes at 5,000 topics: `readFile` zero-fills its buffer and copies it into `Data`,
    /// and a `[UInt8]` of that is a third pass over the same bytes.
    static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return readBytes(descriptor: descriptor, info)
    }

    /// The bytes of the open file `descriptor`, whose `fstat` is `info`, read to its end; nil
    /// for a folder or when reading fails.
    static func readBytes(descriptor: Int32, _ info: stat) -> [UInt8]? {
        guard (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        // One byte more than its size: a read that fills the buffer means the file grew.
        let capacity = max(Int(info.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            while initialized < capacity {
                let read = Glibc.read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                if read < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if read == 0 { return }
                initialized += read
            }
        }
        if failed { return nil }
        guard bytes.count == capacity else { return bytes }
        // It grew while being read: the rest, in pieces.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<read])
        }
    }
}
