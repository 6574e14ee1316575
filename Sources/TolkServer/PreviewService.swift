import Foundation
import ServiceLifecycle

/// Runs the watcher (which rebuilds on its own thread) and keeps event streams alive, for as
/// long as the server runs; stops the watcher and ends the streams on shutdown.
struct PreviewService: Service {
    let watcher: any ChangeWatcher
    let rebuilder: Rebuilder
    let events: EventBroadcaster

    func run() async throws {
        let rebuilder = self.rebuilder
        try watcher.start { paths in rebuilder.rebuild(changed: paths) }
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                events.heartbeat()
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
}
