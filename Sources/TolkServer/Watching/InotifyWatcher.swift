#if os(Linux)
import Foundation
import Glibc

/// Watches with Linux inotify: one watch per folder (inotify is not recursive), added for new
/// folders as they appear. Events are batched until the folders are quiet for a moment.
final class InotifyWatcher: ChangeWatcher, @unchecked Sendable {
    private let root: URL
    private let fd: Int32
    private let wake: WakePipe
    private let finished = DispatchSemaphore(value: 0)
    private let started = Locked(false)
    /// Watch descriptor → project-relative folder ("" is the project folder). Filled before the
    /// thread starts, then only touched by it.
    private var folders: [Int32: String] = [:]

    private static let folderMask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM)
        | UInt32(IN_MOVED_TO) | UInt32(IN_DONT_FOLLOW) | UInt32(IN_ONLYDIR)
    /// The project folder itself: only to notice Content/, Locales/ or Site/ appearing or going.
    private static let rootMask = UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ONLYDIR)

    /// Sets up every watch at once, so changes made as soon as this returns are seen.
    init(root: URL) throws {
        self.root = root
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw WatchError.system("inotify_init1", errno) }
        guard let wake = try? WakePipe() else {
            close(fd)
            throw WatchError.system("pipe", errno)
        }
        self.fd = fd
        self.wake = wake
        // Fully initialised from here: a throw runs deinit, which closes the descriptor.
        try watch("", mask: Self.rootMask)
        for name in WatchedFolders.names { try watchTree(name) }
    }

    func start(onChange: @escaping @Sendable (Set<String>?) -> Void) throws {
        started.withLock { $0 = true }
        let thread = Thread { [self] in
            run(onChange)
            finished.signal()
        }
        thread.name = "tolk inotify"
        thread.start()
    }

    func stop() {
        guard started.withLock({ value in defer { value = false }; return value }) else { return }
        wake.wake()
        finished.wait()
    }

    deinit { close(fd) }

    private func run(_ onChange: @Sendable (Set<String>?) -> Void) {
        let clock = ContinuousClock()
        while waitForEvents(timeout: nil) {
            var batch: Set<String> = []
            var lost = false
            drain(into: &batch, lost: &lost)
            // Wait for a quiet moment, so a save (write, rename, chmod) is one batch.
            let first = clock.now
            while clock.now - first < WatchedFolders.maximumBatch {
                let left = min(WatchedFolders.debounce, WatchedFolders.maximumBatch - (clock.now - first))
                guard let ready = waitForEventsOrTimeout(left) else { return }
                if !ready { break }
                drain(into: &batch, lost: &lost)
            }
            if lost { onChange(nil) } else if !batch.isEmpty { onChange(batch) }
        }
    }

    /// Blocks until events arrive (true) or `stop` (false).
    private func waitForEvents(timeout: Duration?) -> Bool {
        waitForEventsOrTimeout(timeout) ?? false
    }

    /// true: events; false: timed out; nil: stopped.
    private func waitForEventsOrTimeout(_ timeout: Duration?) -> Bool? {
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
        let milliseconds = timeout.map { Int32($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? -1
        while true {
            let result = poll(&fds, 2, milliseconds)
            if result < 0 && errno == EINTR { continue }
            if fds[1].revents != 0 || result < 0 { return nil }
            return result > 0
        }
    }

    /// Reads every queued event and records the paths they name.
    private func drain(into batch: inout Set<String>, lost: inout Bool) {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, size)
            if count <= 0 { return }
            var offset = 0
            while offset + 16 <= count {
                let wd = buffer.load(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                let name = length > 0 ? String(cString: buffer.advanced(by: offset + 16).assumingMemoryBound(to: CChar.self)) : ""
                offset += 16 + length
                handle(wd: wd, mask: mask, name: name, batch: &batch, lost: &lost)
            }
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, batch: inout Set<String>, lost: inout Bool) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            lost = true
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders.removeValue(forKey: wd)
            return
        }
        guard let folder = folders[wd], !name.isEmpty else { return }
        if folder.isEmpty && !WatchedFolders.names.contains(name) { return }
        let path = folder.isEmpty ? name : "\(folder)/\(name)"
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder && mask & (UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO)) != 0 {
            // A moved folder keeps its watches under the old path: start again with fresh ones.
            rewatch()
            lost = true
            return
        }
        batch.insert(path)
        if isFolder && mask & UInt32(IN_CREATE) != 0 {
            // Files may have been written into it before its watch existed: report them too.
            try? watchTree(path)
            batch.formUnion(Self.files(under: root.appendingPathComponent(path), prefix: path))
        }
    }

    private func rewatch() {
        for wd in folders.keys where folders[wd] != "" { inotify_rm_watch(fd, wd) }
        folders = folders.filter { $0.value.isEmpty }
        for name in WatchedFolders.names { try? watchTree(name) }
    }

    /// Watches a folder and every folder below it (not following symbolic links).
    private func watchTree(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return }
        try watch(path, mask: Self.folderMask)
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey]
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: keys) else { return }
        let base = url.standardizedFileURL.path
        for case let child as URL in enumerator {
            let values = try? child.resourceValues(forKeys: Set(keys))
            guard values?.isDirectory == true, values?.isSymbolicLink != true else { continue }
            try watch(path + String(child.standardizedFileURL.path.dropFirst(base.count)), mask: Self.folderMask)
        }
    }

    private func watch(_ path: String, mask: UInt32) throws {
        let wd = inotify_add_watch(fd, root.appendingPathComponent(path).path, mask)
        // ENOSPC: the user's inotify watch limit is reached; the caller falls back to polling.
        guard wd >= 0 else { throw WatchError.system("inotify_add_watch(\(path))", errno) }
        folders[wd] = path
    }

    static func files(under folder: URL, prefix: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { ($0 as? String).map { "\(prefix)/\($0)" } }
    }
}
#endif
