import Foundation

/// How `tolk serve` runs.
public struct PreviewConfiguration: Sendable {
    /// The project folder (holding Site/site.yml).
    public var root: URL
    /// The address to listen on; loopback unless the user asks otherwise.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The language whose index the printed URL opens.
    public var language: String?
    /// Shut down gracefully on SIGINT and SIGTERM (the CLI); tests call `shutdown()` instead.
    public var handlesSignals: Bool
    /// Compare modification times instead of using inotify.
    public var polling: Bool
    /// Allow the workbench to write translation files when listening on an address other than
    /// loopback (on loopback it always may).
    public var allowEdits: Bool
    /// The name approvals are recorded with; nil: the page asks for it.
    public var reviewer: String?
    /// The profile served (`--profile`); nil serves the first profile of site.yml, if any.
    public var profile: String?

    public init(root: URL, host: String = "127.0.0.1", port: Int = 8000, language: String? = nil,
                handlesSignals: Bool = true, polling: Bool = false, allowEdits: Bool = false, reviewer: String? = nil,
                profile: String? = nil) {
        self.profile = profile
        self.root = root
        self.host = host
        self.port = port
        self.language = language
        self.handlesSignals = handlesSignals
        self.polling = polling
        self.allowEdits = allowEdits
        self.reviewer = reviewer
    }

    /// Whether the translator view may write translation files: always on loopback, elsewhere
    /// only with `allowEdits` (anyone on the network could otherwise change them).
    public var editsEnabled: Bool { isLoopback || allowEdits }

    /// Whether only this machine can connect: a preview shows unpublished text and has no access control.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// The URL to open, for a bound port.
    public func url(port: Int) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : (host == "0.0.0.0" ? "127.0.0.1" : host)
        return "http://\(shownHost):\(port)/" + (language.map { "\($0)/" } ?? "")
    }
}
