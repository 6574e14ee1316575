import Foundation

/// Watches a project's Content/, Locales/ and Site/ and calls back with batches of changed
/// project-relative paths (nil: "anything may have changed", after lost events).
///
/// The callback runs on the watcher's own thread and may take long (it rebuilds): changes made
/// meanwhile wait in the kernel's queue (inotify) or are found by the next scan (polling), and
/// become the next batch.
protocol ChangeWatcher: AnyObject, Sendable {
    /// Starts watching; `onChange` is called on the watcher's thread.
    func start(onChange: @escaping @Sendable (Set<String>?) -> Void) throws
    /// Stops and waits until the thread has finished (and a callback under way has returned).
    func stop()
}

/// The folders of a project that the pipeline reads.
enum WatchedFolders {
    static let names = ["Content", "Locales", "Site"]

    /// Quiet time that ends a batch: an editor's save is several events within a few ms.
    static let debounce: Duration = .milliseconds(30)
    /// A batch is cut after this even if events keep coming (a `tolk sync` writing many files).
    static let maximumBatch: Duration = .milliseconds(300)
}

/// Chooses inotify on Linux and polling where it is not available (or out of watches).
enum ChangeWatchers {
    static func make(root: URL, report: @escaping @Sendable (PreviewEvent) -> Void) -> any ChangeWatcher {
        #if os(Linux)
        do {
            return try InotifyWatcher(root: root)
        } catch {
            report(.polling(reason: "\(error)"))
        }
        #endif
        return PollingWatcher(root: root)
    }
}

/// A pipe that wakes a watcher thread blocked in poll(2), to stop it.
final class WakePipe: @unchecked Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw WatchError.system("pipe", errno) }
        readEnd = fds[0]
        writeEnd = fds[1]
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    }

    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }
}

enum WatchError: Error, CustomStringConvertible {
    case system(String, Int32)

    var description: String {
        switch self {
        case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
