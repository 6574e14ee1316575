import Foundation

/// A build's view of the previous one: which documents' files can be taken over from the
/// current output, and which files each document has in the new one. Shared by the
/// document jobs of `SiteRenderer.renderByDocument`, which run on all cores.
public final class ReusedOutputs: @unchecked Sendable {
    let previous: [String: DocumentRecord]
    let current: URL
    let staging: URL
    private let lock = NSLock()
    private var keys: [String: String] = [:]
    private var files: [String: [String]] = [:]
    private var reused = 0

    /// - Parameters: `previous` the records of a cache that matched this build; `current` the
    ///   output folder being replaced; `staging` the folder being built.
    init(previous: [String: DocumentRecord], keys: [String: String], current: URL, staging: URL) {
        self.previous = previous
        self.keys = keys
        self.current = current
        self.staging = staging
    }

    /// How many files were taken over instead of rendered.
    var reusedFiles: Int { lock.withLock { reused } }

    /// Each document's key and its files in the new output.
    var records: [String: DocumentRecord] {
        lock.withLock { files.reduce(into: [:]) { $0[$1.key] = DocumentRecord(key: keys[$1.key] ?? "", files: $1.value.map { OutputFileStat(path: $0, size: 0, mtimeNanoseconds: 0, inode: 0) }) } }
    }

    /// Takes a document's files over from the current output into staging when its key is the
    /// one recorded and every file is still what the cache recorded (a regular file of the
    /// recorded size, mtime and inode): by hard link, or by copy where linking fails. Returns
    /// false, with nothing left in staging, when the document has to be rendered.
    func reuse(_ document: SourceDocument) -> Bool {
        guard let key = keys[document.path], let record = previous[document.path], record.key == key else { return false }
        for file in record.files where OutputFileStat.read(file.path, in: current) != file { return false }
        var linked: [String] = []
        for file in record.files {
            guard place(file.path) else {
                for path in linked { unlink(staging.appendingPathComponent(path).path) }
                return false
            }
            linked.append(file.path)
        }
        lock.withLock {
            files[document.path] = linked
            reused += linked.count
        }
        return true
    }

    /// Remembers the files a document's render wrote.
    func rendered(_ document: SourceDocument, paths: [String]) {
        lock.withLock { files[document.path] = paths }
    }

    private func place(_ path: String) -> Bool {
        let source = current.appendingPathComponent(path)
        let target = staging.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch { return false }
        if link(source.path, target.path) == 0 { return true }
        // Across file systems (or where links are not allowed), a copy.
        return (try? FileManager.default.copyItem(at: source, to: target)) != nil
    }
}

/// Passes files on and notes their paths: what a document's render wrote.
final class RecordingSink: OutputSink, @unchecked Sendable {
    let inner: OutputSink
    private let lock = NSLock()
    private var written: [String] = []

    init(inner: OutputSink) { self.inner = inner }

    var paths: [String] { lock.withLock { written } }

    func write(_ path: String, _ data: Data) throws {
        try inner.write(path, data)
        lock.withLock { written.append(path) }
    }
}
