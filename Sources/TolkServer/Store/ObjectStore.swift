import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The served files of one server run, on disk: `<project>/.tolk/serve/<run>/objects/<sha-256>`.
///
/// Snapshots of the site only name objects, so the server's memory does not grow with the site.
/// Objects are written once (identical files share one) and atomically (a temporary file renamed
/// into place), so a request never reads half of one. `collect` removes what no snapshot names
/// any more; a request that already opened an object keeps reading it (the name goes, the inode
/// stays while it is open).
///
/// The run folder holds a `lock` file the server keeps an exclusive `flock` on until it stops.
/// The lock dies with the process however it ends, so the next start can tell the folder of a
/// killed server (lock free) from one of a server still running (lock held), whatever its pid.
final class ObjectStore: Sendable {
    /// `<project>/.tolk/serve`: every run's folder.
    let parent: URL
    /// This run's folder: `<pid>-<random>`, for a person looking at the project.
    let folder: URL
    /// `folder/objects`.
    let objects: URL
    /// The digests of the objects on disk.
    private let present = Locked<Set<SHA256Digest>>([])
    /// The open descriptor of `folder/lock` while the store is open; -1 before and after.
    private let lock = Locked<Int32>(-1)

    /// A folder without a lock file is one a server is just creating, unless it is older than this.
    static let unlockedGrace: TimeInterval = 60

    init(projectRoot: URL) {
        parent = projectRoot.appendingPathComponent(".tolk/serve", isDirectory: true)
        let random = UUID().uuidString.prefix(8).lowercased()
        folder = parent.appendingPathComponent("\(getpid())-\(random)", isDirectory: true)
        objects = folder.appendingPathComponent("objects", isDirectory: true)
    }

    /// Removes the folders of servers that are gone, then creates this run's folder and locks it.
    func create() throws {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.removeLeftovers(in: parent)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let descriptor = open(folder.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.io("cannot create \(folder.path)/lock", errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            throw StoreError.io("cannot lock \(folder.path)/lock", code)
        }
        lock.withLock { $0 = descriptor }
        try FileManager.default.createDirectory(at: objects, withIntermediateDirectories: false)
    }

    /// Removes this run's folder and every object in it (the server stopped).
    func remove() {
        try? FileManager.default.removeItem(at: folder)
        present.withLock { $0.removeAll() }
        let descriptor = lock.withLock { descriptor -> Int32 in
            defer { descriptor = -1 }
            return descriptor
        }
        if descriptor >= 0 { close(descriptor) }
        // The last run leaves no empty `.tolk/serve/` behind (fails, harmlessly, while another runs).
        rmdir(parent.path)
    }

    /// The path of the object with `digest`.
    func path(of digest: SHA256Digest) -> String { objects.appendingPathComponent(digest.hex).path }

    /// Whether the object with `digest` is on disk.
    func contains(_ digest: SHA256Digest) -> Bool { present.withLock { $0.contains(digest) } }

    /// Writes `data` as the object `digest` unless it is there already. Safe from several threads.
    func put(_ data: Data, digest: SHA256Digest) throws {
        if contains(digest) { return }
        let target = path(of: digest)
        let temporary = objects.appendingPathComponent(".tmp-\(UUID().uuidString)").path
        try Self.writeFile(data, to: temporary)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw StoreError.io("cannot rename \(temporary) to \(target)", code)
        }
        _ = present.withLock { $0.insert(digest) }
    }

    /// Removes every object not in `referenced`; returns how many it removed.
    @discardableResult
    func collect(keeping referenced: Set<SHA256Digest>) -> Int {
        let unreferenced = present.withLock { present -> Set<SHA256Digest> in
            let gone = present.subtracting(referenced)
            present.subtract(gone)
            return gone
        }
        for digest in unreferenced { unlink(path(of: digest)) }
        return unreferenced.count
    }

    /// Removes the objects of `digests` (no snapshot names them any more).
    func remove(_ digests: Set<SHA256Digest>) {
        let gone = present.withLock { present -> Set<SHA256Digest> in
            let gone = present.intersection(digests)
            present.subtract(gone)
            return gone
        }
        for digest in gone { unlink(path(of: digest)) }
    }

    /// The objects on disk now, by digest.
    var count: Int { present.withLock { $0.count } }

    private static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.io("cannot create \(path)", errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    unlink(path)
                    throw StoreError.io("cannot write \(path)", code)
                }
                written += result
            }
        }
    }

    /// Removes every run folder in `parent` whose server is gone: its lock can be taken (or it
    /// has none and is older than `unlockedGrace`). A running server's folder is never touched.
    static func removeLeftovers(in parent: URL) {
        guard let entries = try? FileManager.default.contentsOfDirectory(at: parent, includingPropertiesForKeys: [.contentModificationDateKey]) else { return }
        for entry in entries {
            let descriptor = open(entry.appendingPathComponent("lock").path, O_RDWR | O_CLOEXEC)
            if descriptor >= 0 {
                defer { close(descriptor) }
                // Held by a live server: leave it. Free: its server is gone.
                guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
                try? FileManager.default.removeItem(at: entry)
            } else if errno == ENOENT {
                let modified = (try? entry.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast
                if Date().timeIntervalSince(modified) > unlockedGrace { try? FileManager.default.removeItem(at: entry) }
            }
        }
    }
}

/// A failure of the file store, with the system's reason.
enum StoreError: Error, CustomStringConvertible {
    case io(String, Int32)

    var description: String {
        switch self {
        case .io(let what, let code): "\(what): \(String(cString: strerror(code)))"
        }
    }
}
