import Foundation

/// One file of a snapshot: which object of the store holds its bytes, and how many there are.
struct StoredFile: Sendable, Equatable {
    let digest: SHA256Digest
    let size: Int

    /// `"<length>-<first 64 bits of the digest>"`, both hex: changes whenever the bytes do.
    var etag: String { "\"\(String(size, radix: 16))-\(String(digest.prefix64, radix: 16))\"" }

    /// Hashes `files` (after `transform`) and writes each into `store` unless an identical one is
    /// there, on every core (as `StoreSink` does for a render that streams its files).
    static func ingest(_ files: [String: Data], into store: ObjectStore,
                       transform: @escaping @Sendable (String, Data) -> Data) throws -> [String: StoredFile] {
        let entries = Array(files)
        let sink = StoreSink(store: store, transform: transform)
        let failure = Locked<Error?>(nil)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            do {
                try sink.write(entries[index].key, entries[index].value)
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
        if let error = failure.current { throw error }
        return sink.files
    }
}
