import Foundation

/// One file of a snapshot: which object of the store holds its bytes, and how many there are.
struct StoredFile: Sendable, Equatable {
    let digest: SHA256Digest
    let size: Int

    /// `"<length>-<first 64 bits of the digest>"`, both hex: changes whenever the bytes do.
    var etag: String { "\"\(String(size, radix: 16))-\(String(digest.prefix64, radix: 16))\"" }

    /// Hashes `files` (after `transform`) and writes each into `store` unless an identical one is
    /// there: on every core, as a first build brings the whole site at once.
    static func ingest(_ files: [String: Data], into store: ObjectStore,
                       transform: @Sendable (String, Data) -> Data) throws -> [(path: String, file: StoredFile)] {
        let entries = Array(files)
        let failure = Locked<Error?>(nil)
        var results = [(path: String, file: StoredFile)?](repeating: nil, count: entries.count)
        results.withUnsafeMutableBufferPointer { results in
            // Each iteration writes its own slot only.
            nonisolated(unsafe) let slots = results
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                let (path, raw) = entries[index]
                let data = transform(path, raw)
                let digest = SHA256Digest.of(data)
                do {
                    try store.put(data, digest: digest)
                    slots[index] = (path, StoredFile(digest: digest, size: data.count))
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                }
            }
        }
        if let error = failure.current { throw error }
        return results.compactMap { $0 }
    }
}
