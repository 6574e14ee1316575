import Foundation
import TolkKit

/// Turns changed files into new snapshots of the site and tells the browsers.
///
/// Every build runs on one serial queue, off Swift's cooperative pool (a build keeps all
/// cores busy for a while, and requests must still be answered meanwhile); the pipeline state
/// is only touched there. Each result is swapped into `state` in one step.
final class Rebuilder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "tolk.serve.rebuild", qos: .userInitiated)
    private let state: Locked<PreviewState>
    private let events: EventBroadcaster
    private let report: @Sendable (PreviewEvent) -> Void
    private let root: URL
    /// The served files on disk; the snapshots in `state` name its objects.
    let store: ObjectStore
    // Only touched on `queue`:
    private var build: IncrementalBuild
    private var reviewWanted = false
    /// What the served snapshots name, so an edit removes the objects it made unused.
    private var references = ObjectReferences([])

    init(root: URL, profile: String? = nil, state: Locked<PreviewState>, events: EventBroadcaster,
         report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.root = root
        self.store = ObjectStore(projectRoot: root)
        self.state = state
        self.events = events
        self.report = report
        self.build = IncrementalBuild(root: root, profile: profile)
        FreedMemory.configureForServer()
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
        // A full reload renders into these as it loads: the site goes to disk, never all into memory.
        let reader = StoreSink(store: store)
        let review = reviewWanted ? StoreSink(store: store, transform: Self.focusable) : nil
        let update = build.update(changed: paths, views: views(reader: reader, review: review))
        let sources = paths.map { $0.filter { IncrementalChange(path: $0) != .none }.sorted() } ?? []
        guard let prepared = update.prepared else {
            fail(update.diagnostics)
            report(.failed(diagnostics: update.diagnostics, changed: sources))
            return
        }
        do {
            var changed: Int
            var pagesReady: Duration?
            if update.wasFullReload {
                changed = publishComplete(site: reader.files, review: review?.files, prepared)
            } else {
                // The edited pages first, so they reload at once; then the indexes that list them.
                let (pages, listings) = update.invalidation.split
                changed = try publish(pages, prepared)
                if listings != .nothing {
                    pagesReady = clock.now - started
                    changed += try publish(listings, prepared)
                }
            }
            // After the reload events went out: the render's own buffers are free now.
            FreedMemory.release()
            report(.built(files: state.current.site?.files.count ?? 0, changedFiles: changed, changed: sources,
                          full: update.wasFullReload, duration: clock.now - started, pagesReady: pagesReady,
                          diagnostics: update.diagnostics))
        } catch {
            let diagnostic = Diagnostic.error("output", at: nil, "the site could not be rendered: \(error)")
            fail([diagnostic])
            report(.failed(diagnostics: [diagnostic], changed: sources))
        }
    }

    /// The reader's view into `reader`, and the translator view into `review` once it is wanted.
    private func views(reader: StoreSink, review: StoreSink?) -> [SiteView] {
        var views = [SiteView(options: PreviewChrome.readerOptions(profile: build.profile), into: reader)]
        if let review { views.append(Self.reviewView(profile: build.profile, into: review)) }
        return views
    }

    private static func reviewView(profile: String?, into sink: StoreSink) -> SiteView {
        SiteView(options: PreviewChrome.reviewOptions(profile: profile), includeWithheld: true, into: sink)
    }

    /// Swaps in the snapshots of a complete render (a full reload), whose files are in the
    /// store already; returns how many files changed.
    private func publishComplete(site: [String: StoredFile], review: [String: StoredFile]?, _ prepared: SiteBuild.Prepared) -> Int {
        let current = state.current
        let (newSite, siteChanges) = current.site?.replaced(by: site, prepared: prepared)
            ?? (SiteSnapshot(files: site, prepared: prepared), Set(site.keys))
        var changed = siteChanges
        var newReview: SiteSnapshot?
        if let review {
            let (snapshot, reviewChanges) = current.review?.replaced(by: review, prepared: prepared)
                ?? (SiteSnapshot(files: review, prepared: prepared), [])
            newReview = snapshot
            changed.formUnion(reviewChanges)
        }
        swapIn(newSite, review: newReview, changed: changed, complete: true)
        return changed.count
    }

    /// Renders `invalidation` (and the translator view, once wanted), swaps the result in and
    /// tells the pages that changed to reload; returns how many files changed.
    private func publish(_ invalidation: Invalidation, _ prepared: SiteBuild.Prepared) throws -> Int {
        let site = try SiteRenderer(site: prepared.site, theme: prepared.theme, options: PreviewChrome.readerOptions(profile: build.profile)).render(invalidation)
        var review: PartialRender?
        if reviewWanted {
            review = try SiteRenderer(site: prepared.site, theme: prepared.theme, options: PreviewChrome.reviewOptions(profile: build.profile))
                .render(invalidation, includeWithheld: true)
        }
        // Hashing and writing the files happens before the lock: requests go on meanwhile. Only
        // this queue replaces `site` and `review`, so the snapshots read here stay current.
        let current = state.current
        var changed: Set<String> = []
        let newSite: SiteSnapshot
        if let old = current.site {
            let applied = try old.applying(site, prepared: prepared, store: store)
            newSite = applied.0
            changed = applied.changed
        } else {
            newSite = try SiteSnapshot.make(site, prepared: prepared, store: store)
            changed = Set(site.files.keys)
        }
        var newReview: SiteSnapshot?
        if let review, let old = current.review {
            let applied = try old.applying(review, prepared: prepared, store: store, transform: Self.focusable)
            newReview = applied.0
            changed.formUnion(applied.changed)
        }
        swapIn(newSite, review: newReview, changed: changed, complete: current.site == nil)
        return changed.count
    }

    /// Serves the new snapshots, drops the objects nothing names any more and tells the pages
    /// whose files changed to reload. After a `complete` render every object is looked at;
    /// otherwise those of the changed files.
    private func swapIn(_ newSite: SiteSnapshot, review newReview: SiteSnapshot?, changed: Set<String>, complete: Bool) {
        let old = state.current
        let (recovered, generation) = state.withLock { state -> (Bool, Int) in
            state.site = newSite
            if let newReview { state.review = newReview }
            let recovered = state.failure != nil
            state.failure = nil
            if !changed.isEmpty || recovered { state.generation += 1 }
            return (recovered, state.generation)
        }
        // Before the reload events: once a page hears of this build, the store holds only what it names.
        if complete {
            references = ObjectReferences([newSite, newReview ?? old.review])
            store.collect(keeping: references.all)
        } else {
            references.update(changed, from: old.site, to: newSite)
            if let newReview { references.update(changed, from: old.review, to: newReview) }
            store.remove(references.takeUnreferenced())
        }
        // Without an overlay to take away, only the pages whose files changed need to reload.
        if recovered {
            announce(generation, pages: nil)
        } else if !changed.isEmpty {
            announce(generation, pages: changed)
        }
    }

    /// Keeps the last good site and puts the errors over every page.
    private func fail(_ diagnostics: [Diagnostic]) {
        let overlay = ErrorOverlay.html(diagnostics, root: root)
        let generation = state.withLock { state -> Int in
            state.failure = BuildFailure(diagnostics: diagnostics, overlay: overlay)
            state.generation += 1
            return state.generation
        }
        announce(generation, pages: nil)
    }

    /// A full render of the translator view of the site currently served. The served state
    /// keeps only what the site-wide pages show of each translation, so the pages are rendered
    /// from their .xlf files, read again.
    private func renderReview() {
        reviewWanted = true
        guard let prepared = state.current.site?.prepared else { return }
        let project = prepared.site.project
        let sink = StoreSink(store: store, transform: Self.focusable)
        guard (try? SiteRenderer.renderByDocument(project: project, theme: prepared.theme, views: [Self.reviewView(profile: build.profile, into: sink)],
                                                  translations: SiteBuild.translations(of: project))) != nil else { return }
        let review = SiteSnapshot(files: sink.files, prepared: prepared)
        state.withLock { $0.review = review }
        references = ObjectReferences([state.current.site, review])
        FreedMemory.release()
    }

    /// `reload` with the generation and the URL paths of the changed pages (`*`: every page).
    private func announce(_ generation: Int, pages: Set<String>?) {
        var data = "\(generation) *"
        if let pages, pages.count <= 500 {
            let urls = pages.map { "/" + ($0.hasSuffix("index.html") ? String($0.dropLast("index.html".count)) : $0) }
            // A missing page shows 404.html: when that changes, every missing page changes.
            data = pages.contains("404.html") ? "\(generation) *" : "\(generation) " + urls.sorted().joined(separator: " ")
        }
        events.send("reload", data: data)
    }

    /// Makes annotated blocks reachable with Tab, so the source text shows on focus too: each
    /// ` data-unit="` gets ` tabindex="0"` before it. Byte by byte, since every page of the
    /// translator view goes through it (Foundation's replace was a twentieth of an edit).
    static func focusable(_ path: String, _ data: Data) -> Data {
        guard path.hasSuffix(".html") else { return data }
        let needle = Array(" data-unit=\"".utf8), insert = Array(" tabindex=\"0\"".utf8)
        var result = Data()
        result.reserveCapacity(data.count + data.count / 16)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var copied = 0, index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                    result.append(contentsOf: bytes[copied..<index])
                    result.append(contentsOf: insert)
                    copied = index
                    index += needle.count
                } else {
                    index += 1
                }
            }
            result.append(contentsOf: bytes[copied...])
        }
        return result
    }
}
