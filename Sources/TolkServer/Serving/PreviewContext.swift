import Hummingbird
import NIOCore

/// The request context of the preview: Hummingbird's basic one plus the client's address, which
/// the live-reload limit counts connections by.
struct PreviewContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's IP address (`127.0.0.1`), nil when the channel has none.
    let clientAddress: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }
}
