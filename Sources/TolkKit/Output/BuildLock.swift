import Foundation

/// Keeps two builds from writing the same output at once: an exclusive `flock` on a lock file
/// beside the output (`.NAME.tolk-lock`). The kernel drops the lock when its process ends, also
/// on `kill -9`, so a killed build never blocks the next one.
public final class BuildLock {
    /// The check name of "another build holds the lock".
    public static let check = "output-lock"

    public let url: URL
    private var descriptor: Int32

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    /// The lock file of an output folder.
    public static func lockFile(for target: URL) -> URL {
        let target = target.standardizedFileURL
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tolk-lock")
    }

    /// Takes the lock of `target`'s output without waiting: a lock, or an error naming the folder
    /// (and the process that holds it) when another build is writing it.
    public static func acquire(for target: URL) -> Staged<BuildLock?> {
        let url = lockFile(for: target)
        let shown = target.standardizedFileURL.path
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // The file is deleted when a build ends; a build that opened it just before may then hold
        // a lock on a deleted file, so after locking, check the path is still the file locked.
        for _ in 0..<100 {
            let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let reason = String(cString: strerror(errno))
                return Staged(nil, diagnostics: [.error(check, at: nil,
                    "could not create the lock file \(url.path) beside the output: \(reason); nothing was changed",
                    hint: "the folder that holds \(shown) must be writable")])
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let holder = String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                close(fd)
                let who = Int32(holder).map { " (process \($0))" } ?? ""
                return Staged(nil, diagnostics: [.error(check, at: nil,
                    "another build\(who) is writing \(shown) right now; this build stopped and changed nothing",
                    hint: "wait for it to finish, then build again")])
            }
            var locked = stat(), current = stat()
            if fstat(fd, &locked) == 0, stat(url.path, &current) == 0,
               locked.st_dev == current.st_dev, locked.st_ino == current.st_ino {
                let pid = Data("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
                ftruncate(fd, 0)
                _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                return Staged(BuildLock(url: url, descriptor: fd))
            }
            close(fd)
        }
        return Staged(nil, diagnostics: [.error(check, at: nil,
            "could not lock \(url.path): other builds keep replacing it; nothing was changed")])
    }

    /// Deletes the lock file and releases the lock (in that order, see `acquire`).
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(url.path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
