import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The preview server of `tolk serve`: builds the site into `.tolk/serve/`, serves it over HTTP, rebuilds
/// what a change touches and reloads open pages; failed builds show in the page.
///
/// ```swift
/// let server = PreviewServer(PreviewConfiguration(root: project)) { event in print(event) }
/// try await server.run()   // until SIGINT/SIGTERM or `shutdown()`
/// ```
public final class PreviewServer: Sendable {
    public let configuration: PreviewConfiguration
    private let report: @Sendable (PreviewEvent) -> Void
    private let state = Locked(PreviewState())
    private let events = EventBroadcaster()
    private let rebuilder: Rebuilder
    private let group = Locked<ServiceGroup?>(nil)
    private let stopRequested = Locked(false)
    private let boundPort = Locked<Int?>(nil)
    /// The token review pages carry and every workbench write must send (`X-Tolk-Token`).
    let editToken = EditGuard.makeToken()

    public init(_ configuration: PreviewConfiguration, report: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.configuration = configuration
        self.report = report
        self.rebuilder = Rebuilder(root: configuration.root, profile: configuration.profile, state: state, events: events, report: report)
    }

    /// This run's folder of served files (`.tolk/serve/<run>`), there while `run()` runs.
    var storeFolder: URL { rebuilder.store.folder }

    /// The snapshot served now (the reader's view), nil before the first good build.
    var currentSite: SiteSnapshot? { state.current.site }

    /// The port the server listens on, once it does.
    public var port: Int? { boundPort.current }

    /// Whether the first build has finished (with a site, or with errors shown instead).
    public var hasBuilt: Bool { state.withLock { $0.site != nil || $0.failure != nil } }

    /// Serves the site (building it first) until shutdown. Throws when the address cannot be bound.
    public func run() async throws {
        let configuration = self.configuration
        // The served files live in the project's `.tolk/serve/` while the server runs, and go with it.
        let store = rebuilder.store
        try store.create()
        defer { store.remove() }
        // Watch before the first build, so that a save during it is not missed.
        let watcher: any ChangeWatcher = configuration.polling
            ? PollingWatcher(root: configuration.root) : ChangeWatchers.make(root: configuration.root, report: report)
        let rebuilder = self.rebuilder
        // The first build runs in `PreviewService` while the server already listens: a taken port
        // is reported at once, and a large site shows "building" and reloads when it is ready.
        let api = WorkbenchAPI(state: state, guardian: EditGuard(token: editToken, configuration: configuration, port: boundPort))
        let responder = PreviewResponder(state: state, events: events, rebuilder: rebuilder, store: store,
                                          token: UUID().uuidString, api: api)
        let logger = Logger(label: "tolk.serve") { _ in SwiftLogNoOpLogHandler() }
        let boundPort = self.boundPort
        let report = self.report
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: ServerLimits.idleTimeout)),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                boundPort.withLock { $0 = port }
                report(.listening(url: configuration.url(port: port), host: configuration.host, port: port))
            },
            logger: logger)
        let service = PreviewService(watcher: watcher, rebuilder: rebuilder, events: events)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [service, app],
            gracefulShutdownSignals: configuration.handlesSignals ? [.sigint, .sigterm] : [],
            logger: logger)
        // Open keep-alive connections must not hold up Ctrl-C for long.
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(3)
        let group = ServiceGroup(configuration: groupConfiguration)
        let stopEarly = self.group.withLock { current -> Bool in
            current = group
            return stopRequested.current
        }
        if stopEarly { await group.triggerGracefulShutdown() }
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            // NIO's words ("bind(descriptor:ptr:bytes:) failed: Address already in use") name a system call.
            throw PortInUse(host: configuration.host, port: configuration.port)
        }
    }

    /// The address to listen on is taken, most often by another `tolk serve`.
    public struct PortInUse: Error, CustomStringConvertible, Sendable {
        public var host: String
        public var port: Int
        /// A port to try instead: the next one.
        public var suggestion: Int { port < 65535 ? port + 1 : 0 }
        public var description: String { "port \(port) is already in use" }
    }

    /// Stops serving: open event streams end, the watcher stops, `run()` returns.
    public func shutdown() async {
        let group = self.group.withLock { current -> ServiceGroup? in
            stopRequested.withLock { $0 = true }
            return current
        }
        await group?.triggerGracefulShutdown()
    }
}
