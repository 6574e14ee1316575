import Foundation

/// Writes a file so that readers see the old or the new content, never half of it: the text goes
/// into a temporary file beside the target (`.NAME.tolk-tmp-PID-TOKEN`, same folder so the rename
/// is atomic), which is then renamed over the target. A process killed in between leaves only
/// the temporary file, which `removeLeftovers(under:)` deletes on the next run.
public enum AtomicFile {
    /// Why a file could not be written, naming it; nothing was changed.
    public struct WriteError: Error, CustomStringConvertible, LocalizedError {
        public var path: String
        public var reason: String
        public var description: String { "could not write \(path): \(reason); the file was left as it was" }
        public var errorDescription: String? { description }
    }

    static let marker = ".tolk-tmp-"

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { emit in
            try data.withUnsafeBytes { try emit($0) }
        }
    }

    /// `write`, with the content given in pieces by `produce`: a cache of tens of megabytes need
    /// not be put together in memory first. Small pieces are gathered in one buffer of a
    /// megabyte, written whenever it fills; a piece larger than that is written as it is. What
    /// `produce` throws is thrown after the temporary file is removed.
    static func write(to url: URL, _ produce: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        func failure(_ reason: String) -> WriteError { WriteError(path: url.path, reason: reason) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw failure("its folder could not be made (\(posixReason(error)))")
        }
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent)\(marker)\(token)")
        // An existing file keeps its permissions (a translator's read-only file stays read-only to them).
        let mode = (try? manager.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int).map { mode_t($0) } ?? 0o644
        // No fsync: a killed process cannot lose what it wrote (it is in the page cache), and a
        // sync of thousands of files would wait for the disk thousands of times. ext4 and XFS
        // flush a file replaced by rename before the rename on their own (auto_da_alloc).
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_CLOEXEC | O_EXCL, mode)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        do {
            var buffer: [UInt8] = []
            func flush() throws {
                if let reason = buffer.withUnsafeBytes({ writeAll($0, to: descriptor) }) { throw failure(reason) }
                buffer.removeAll(keepingCapacity: true)
            }
            try produce { piece in
                if !buffer.isEmpty, buffer.count + piece.count > bufferSize { try flush() }
                if piece.count >= bufferSize {
                    if let reason = writeAll(piece, to: descriptor) { throw failure(reason) }
                } else {
                    buffer.append(contentsOf: piece)  // grows to about a megabyte once, then is reused
                }
            }
            try flush()
            fchmod(descriptor, mode)
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        close(descriptor)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw failure(reason)
        }
    }

    /// How much `write(to:_:)` gathers before writing.
    private static let bufferSize = 1 << 20

    /// Writes all of `buffer` to an open file; the reason when it failed, nil when it worked.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        guard let base = buffer.baseAddress else { return nil }
        var written = 0
        while written < buffer.count {
            let count = Foundation.write(descriptor, base + written, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += count
        }
        return nil
    }

    /// Deletes the temporary files that killed writers left under `folder` (its whole tree);
    /// a file of a writer that is still running is left to it.
    public static func removeLeftovers(under folder: URL) {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return }
        for case let relative as String in walker {
            let name = (relative as NSString).lastPathComponent
            guard let range = name.range(of: marker), name.hasPrefix(".") else { continue }
            let parts = name[range.upperBound...].split(separator: "-")
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, parts[1].count == 8 else { continue }
            if AtomicDirectory.isRunning(pid) { continue }
            unlink(folder.appendingPathComponent(relative).path)
        }
    }

    /// Writes `data` into a new file at `path` with POSIX calls (their errno is the reason a user
    /// reads: "No space left on device"); the reason when it failed, nil when it worked.
    static func writeFile(_ data: Data, to path: String, flags: Int32 = O_TRUNC, mode: mode_t = 0o644, sync: Bool = false) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, mode)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var problem = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if problem == nil && sync && fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
        if problem == nil && (flags & O_EXCL) != 0 { fchmod(descriptor, mode) }
        return problem
    }

    static func posixReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
