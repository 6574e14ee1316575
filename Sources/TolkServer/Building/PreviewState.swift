import TolkKit

/// What the server serves right now: the last good site (and its translator view, once asked
/// for), and the errors of the newest build attempt, if it failed.
struct PreviewState: Sendable {
    /// The last good build, nil until one succeeds.
    var site: SiteSnapshot?
    /// The translator view of the same build, nil until a request asks for it.
    var review: SiteSnapshot?
    /// The errors of the newest build attempt, nil when it succeeded; pages show them in an overlay.
    var failure: BuildFailure?
    /// Counts builds whose result a browser should see; sent with each reload event.
    var generation = 0
}

/// The errors that stopped the newest build, and the overlay that shows them.
struct BuildFailure: Sendable {
    var diagnostics: [Diagnostic]
    /// Made once per failure (it reads the offending lines from disk), inserted into every page.
    var overlay: String
}
