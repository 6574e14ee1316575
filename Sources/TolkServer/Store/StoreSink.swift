import Foundation
import TolkKit

/// An output sink that puts each rendered file into the store as it comes and keeps only its
/// name: a full render of a 25,000-page site (1.5 GB with its handouts) then never sits in
/// memory. Written from every core of the render at once.
final class StoreSink: OutputSink, @unchecked Sendable {
    private let store: ObjectStore
    private let transform: @Sendable (String, Data) -> Data
    private let lock = NSLock()
    private var stored: [String: StoredFile] = [:]

    /// `transform` adapts each file before it is hashed and stored (the translator view's tab stops).
    init(store: ObjectStore, transform: @escaping @Sendable (String, Data) -> Data = { $1 }) {
        self.store = store
        self.transform = transform
    }

    func write(_ path: String, _ data: Data) throws {
        let data = transform(path, data)
        let digest = SHA256Digest.of(data)
        try store.put(data, digest: digest)
        let file = StoredFile(digest: digest, size: data.count)
        lock.withLock { stored[path] = file }
    }

    /// The files written so far, by site-relative path.
    var files: [String: StoredFile] { lock.withLock { stored } }
}
