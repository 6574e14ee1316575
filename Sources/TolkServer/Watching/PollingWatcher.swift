import Foundation

/// Watches by comparing each file's modification time and size every few hundred
/// milliseconds: for systems without inotify, or when the inotify watch limit is reached.
final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    private struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
    }

    private let root: URL
    private let interval: Duration
    private let wake: WakePipe?
    private let finished = DispatchSemaphore(value: 0)
    private let stopping = Locked(false)
    private let started = Locked(false)
    /// The state of the files at the last scan; taken at init so changes right after count.
    private var stamps: [String: Stamp] = [:]

    init(root: URL, interval: Duration = .milliseconds(250)) {
        self.root = root
        self.interval = interval
        self.wake = try? WakePipe()
        self.stamps = Self.scan(root)
    }

    func start(onChange: @escaping @Sendable (Set<String>?) -> Void) throws {
        started.withLock { $0 = true }
        let thread = Thread { [self] in
            while sleep() {
                let now = Self.scan(root)
                let changed = Set(now.keys.filter { now[$0] != stamps[$0] }).union(stamps.keys.filter { now[$0] == nil })
                stamps = now
                if !changed.isEmpty { onChange(changed) }
            }
            finished.signal()
        }
        thread.name = "tolk polling"
        thread.start()
    }

    func stop() {
        guard started.withLock({ value in defer { value = false }; return value }) else { return }
        stopping.withLock { $0 = true }
        wake?.wake()
        finished.wait()
    }

    /// Waits one interval; false when stopped.
    private func sleep() -> Bool {
        if let wake {
            var fds = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
            let milliseconds = Int32(interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000)
            _ = poll(&fds, 1, milliseconds)
        } else {
            Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
        }
        return !stopping.current
    }

    /// Every file and folder below the watched folders with its time and size.
    private static func scan(_ root: URL) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        for name in WatchedFolders.names {
            let folder = root.appendingPathComponent(name)
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            let base = root.standardizedFileURL.path
            for case let url as URL in enumerator {
                let values = try? url.resourceValues(forKeys: Set(keys))
                stamps[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = Stamp(modified: values?.contentModificationDate, size: values?.fileSize)
            }
        }
        return stamps
    }
}
