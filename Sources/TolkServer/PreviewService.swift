import Foundation
import ServiceLifecycle

/// Builds the site, then runs the watcher (which rebuilds on its own thread) and keeps event
/// streams alive for as long as the server runs; stops the watcher and ends the streams on
/// shutdown.
struct PreviewService: Service {
    let watcher: any ChangeWatcher
    let rebuilder: Rebuilder
    let events: EventBroadcaster

    func run() async throws {
        await firstBuild()
        if !Task.isCancelled && !Task.isShuttingDownGracefully {
            let rebuilder = self.rebuilder
            try watcher.start { paths in rebuilder.rebuild(changed: paths) }
            try? await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(15))
                    events.heartbeat()
                }
            }
        }
        // stop() waits for a rebuild under way: do it off the cooperative pool.
        let watcher = self.watcher
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                watcher.stop()
                continuation.resume()
            }
        }
        events.close()
    }

    /// The first build, off the cooperative pool (it keeps every core busy for a while). Ctrl-C
    /// during it does not wait for it: the build cannot be interrupted, but nobody needs it.
    private func firstBuild() async {
        let waiter = OneShot()
        let rebuilder = self.rebuilder
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    waiter.wait(continuation)
                    DispatchQueue.global(qos: .userInitiated).async {
                        rebuilder.rebuild(changed: nil)
                        waiter.resume()
                    }
                }
            } onCancel: {
                waiter.resume()
            }
        } onGracefulShutdown: {
            waiter.resume()
        }
    }
}

/// A continuation resumed once, by whichever comes first (even before it is stored).
private final class OneShot: Sendable {
    private let state = Locked<(continuation: CheckedContinuation<Void, Never>?, done: Bool)>((nil, false))

    func wait(_ continuation: CheckedContinuation<Void, Never>) {
        let resumeNow = state.withLock { state -> Bool in
            if state.done { return true }
            state.continuation = continuation
            return false
        }
        if resumeNow { continuation.resume() }
    }

    func resume() {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.done else { return nil }
            state.done = true
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume()
    }
}
