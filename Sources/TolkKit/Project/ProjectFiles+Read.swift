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
            // `pread` leaves the offset where it was: when a half comes back short (the file
            // changed), the loop below reads it from there as before.
            if capacity > Self.halvesFrom, (info.st_mode & S_IFMT) == S_IFREG, lseek(descriptor, 0, SEEK_CUR) == 0,
               Self.readInHalves(descriptor, size: capacity - 1, into: buffer.baseAddress!) {
                initialized = capacity - 1
                return
            }
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

    /// Files larger than this are read in two halves at once.
    static let halvesFrom = 8 << 20

    /// Reads `size` bytes of the open file into `buffer` as two halves on two threads, and true
    /// when both came whole and the file has nothing after them. The source cache is 54 MB at
    /// 5,000 topics: read on one core it was 3 % of a one-edit rebuild while the other idled (the
    /// time goes to the fresh pages of the buffer and the copy, which both halve).
    private static func readInHalves(_ descriptor: Int32, size: Int, into buffer: UnsafeMutablePointer<UInt8>) -> Bool {
        let middle = size / 2
        let whole = ResultSlots<Bool>(count: 2)
        // Each thread writes its own half of the buffer, which outlives the loop.
        nonisolated(unsafe) let buffer = buffer
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let start = half == 0 ? 0 : middle, end = half == 0 ? middle : size
            var done = start
            while done < end {
                let read = pread(descriptor, buffer + done, end - done, off_t(done))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { break }
                done += read
            }
            whole[half] = done == end
        }
        guard whole[0] == true, whole[1] == true else { return false }
        // A byte after them: the file grew while being read.
        var after: UInt8 = 0
        return pread(descriptor, &after, 1, off_t(size)) == 0
    }
}
