import Foundation

/// Fans Server-Sent Events out to every open `/_tolk/events` connection.
final class EventBroadcaster: Sendable {
    private struct Subscribers {
        var next = 0
        var open: [Int: AsyncStream<String>.Continuation] = [:]
        /// The client address of each open stream, for the per-client limit.
        var clients: [Int: String] = [:]
        var closed = false
    }

    private let subscribers = Locked(Subscribers())

    /// A new subscriber's stream of encoded events; its id is for `unsubscribe`.
    func subscribe() -> (id: Int, events: AsyncStream<String>) {
        // Events are small and a slow browser only needs the newest reload: keep a few, drop the rest.
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        let id = subscribers.withLock { state -> Int in
            state.next += 1
            if state.closed { continuation.finish() } else { state.open[state.next] = continuation }
            return state.next
        }
        return (id, stream)
    }

    /// A subscription counted against `client`'s streams; nil when it already has `limit` open.
    func subscribe(client: String?, limit: Int) -> (id: Int, events: AsyncStream<String>)? {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        let id = subscribers.withLock { state -> Int? in
            let key = client ?? ""
            guard state.clients.values.filter({ $0 == key }).count < limit else { return nil }
            state.next += 1
            if state.closed { continuation.finish() } else {
                state.open[state.next] = continuation
                state.clients[state.next] = key
            }
            return state.next
        }
        guard let id else { return nil }
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        subscribers.withLock { state in
            state.clients.removeValue(forKey: id)
            return state.open.removeValue(forKey: id)
        }?.finish()
    }

    /// Sends `event: name` with `data` to every subscriber.
    func send(_ name: String, data: String) {
        broadcast(Self.encode(name, data: data))
    }

    /// A comment line: keeps idle connections alive through proxies, and a write to a browser
    /// that went away fails, which ends its stream.
    func heartbeat() {
        broadcast(": keep-alive\n\n")
    }

    /// Ends every stream (server shutdown); later subscribers get a finished stream.
    func close() {
        let open = subscribers.withLock { state -> [AsyncStream<String>.Continuation] in
            state.closed = true
            defer { state.open = [:] }
            return Array(state.open.values)
        }
        for continuation in open { continuation.finish() }
    }

    var count: Int { subscribers.withLock { $0.open.count } }

    /// The text/event-stream form of one event.
    static func encode(_ name: String, data: String) -> String {
        "event: \(name)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }

    private func broadcast(_ text: String) {
        let open = subscribers.withLock { Array($0.open.values) }
        for continuation in open { continuation.yield(text) }
    }
}
