import Foundation
import TolkKit

/// Turns changed files into new snapshots of the site and tells the browsers.
///
/// Every build runs on one serial queue, off Swift's cooperative pool (a build keeps all
/// cores busy for a while, and requests must still be answered meanwhile); the pipeline state
/// is only touched there. The result is swapped into `state` in one step.
final class Rebuilder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "tolk.serve.rebuild", qos: .userInitiated)
    private let state: Locked<PreviewState>
    private let events: EventBroadcaster
    private let report: @Sendable (PreviewEvent) -> Void
    private let root: URL
    // Only touched on `queue`:
    private var build: IncrementalBuild
    private var reviewWanted = false

    init(root: URL, state: Locked<PreviewState>, events: EventBroadcaster, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.root = root
        self.state = state
        self.events = events
        self.report = report
        self.build = IncrementalBuild(root: root)
    }

    /// Builds from scratch (nil) or after changes to project-relative paths; blocks until done.
    func rebuild(changed paths: Set<String>?) {
        queue.sync { rebuildOnQueue(paths) }
    }

    /// Renders the translator view of the current build once, and from then on with every build.
    func enableReview() async -> SiteSnapshot? {
        await withCheckedContinuation { continuation in
            queue.async {
                if self.state.current.review == nil { self.renderReview() }
                continuation.resume(returning: self.state.current.review)
            }
        }
    }

    private func rebuildOnQueue(_ paths: Set<String>?) {
        let clock = ContinuousClock()
        let started = clock.now
        let update = build.update(changed: paths)
        let wasFailing = state.current.failure != nil
        guard let prepared = update.prepared else {
            let overlay = ErrorOverlay.html(update.diagnostics, root: root)
            state.withLock { state in
                state.failure = BuildFailure(diagnostics: update.diagnostics, overlay: overlay)
                state.generation += 1
            }
            announce()
            report(.failed(diagnostics: update.diagnostics, changed: paths.map { $0.sorted() } ?? []))
            return
        }
        do {
            let site = try SiteRenderer(site: prepared.site, theme: prepared.theme, options: PreviewChrome.readerOptions)
                .render(update.invalidation)
            var review: PartialRender?
            if reviewWanted {
                review = try SiteRenderer(site: prepared.site, theme: prepared.theme, options: PreviewChrome.reviewOptions)
                    .render(update.invalidation, includeWithheld: true)
            }
            let changed = state.withLock { state -> Int in
                var changed = 0
                if let old = state.site {
                    (state.site, changed) = old.applying(site, prepared: prepared)
                } else {
                    state.site = SiteSnapshot.make(site, prepared: prepared)
                    changed = site.files.count
                }
                if let review, let old = state.review {
                    state.review = old.applying(review, prepared: prepared, transform: Self.focusable).0
                }
                state.failure = nil
                if changed > 0 || wasFailing { state.generation += 1 }
                return changed
            }
            if changed > 0 || wasFailing { announce() }
            let count = state.current.site?.files.count ?? 0
            report(.built(files: count, changedFiles: changed, changed: paths.map { $0.sorted() } ?? [],
                          full: update.wasFullReload, duration: clock.now - started, diagnostics: update.diagnostics))
        } catch {
            let diagnostic = Diagnostic.error("output", at: nil, "the site could not be rendered: \(error)")
            state.withLock { state in
                state.failure = BuildFailure(diagnostics: [diagnostic], overlay: ErrorOverlay.html([diagnostic], root: root))
                state.generation += 1
            }
            announce()
            report(.failed(diagnostics: [diagnostic], changed: []))
        }
    }

    /// A full render of the translator view from the site currently served.
    private func renderReview() {
        reviewWanted = true
        guard let snapshot = state.current.site else { return }
        let prepared = snapshot.prepared
        guard let render = try? SiteRenderer(site: prepared.site, theme: prepared.theme, options: PreviewChrome.reviewOptions)
            .render(.everything, includeWithheld: true) else { return }
        let review = SiteSnapshot.make(render, prepared: prepared, transform: Self.focusable)
        state.withLock { $0.review = review }
    }

    private func announce() {
        events.send("reload", data: String(state.current.generation))
    }

    /// Makes annotated blocks reachable with Tab, so the source text shows on focus too.
    static func focusable(_ path: String, _ data: Data) -> Data {
        guard path.hasSuffix(".html") else { return data }
        let text = String(decoding: data, as: UTF8.self)
        return Data(text.replacingOccurrences(of: " data-unit=\"", with: " tabindex=\"0\" data-unit=\"").utf8)
    }
}
