import Hummingbird
import NIOCore

/// How much one client may hold of the preview server (issue 17).
enum ServerLimits {
    /// A connection that sends no complete request part for this long is closed: a client that
    /// sends its request slowly or never finishes it (slowloris) holds a socket no longer than
    /// this. Open live-reload streams are not idle (a request is being answered) and stay.
    static let idleTimeout: TimeAmount = .seconds(10)
    /// Open live-reload streams (`/_tolk/events`) per client address: a browser needs one per
    /// tab; beyond this the request is answered 429 and the stream is not opened.
    static let eventStreamsPerClient = 32
}
