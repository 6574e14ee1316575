import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints HTML files to PDF with one headless Chromium for all of them: `Page.printToPDF`
/// (tagged PDF, the page size of the handout's CSS, backgrounds) in a few tabs in parallel.
public final class ChromiumPDF: @unchecked Sendable {
    /// One file to print: an HTML file on disk and the PDF to write.
    public struct Job: Sendable {
        public var html: URL
        public var pdf: URL
        /// The date written as the PDF's creation date (`2025-03-14`), so the same input gives
        /// the same bytes; nil for 1970-01-01 (as with SOURCE_DATE_EPOCH=0).
        public var date: String?

        public init(html: URL, pdf: URL, date: String? = nil) {
            self.html = html
            self.pdf = pdf
            self.date = date
        }
    }

    /// Why no PDF engine could be started: what was looked for, and the install hint.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Where Chromium is looked for.
    public static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]

    /// The first Chromium found, or nil.
    public static func locate() -> URL? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    private let pipe: DevToolsPipe
    private let profile: URL
    private var tabs: [Tab] = []
    private var closed = false

    /// Starts the browser with `tabs` pages (one per core is a good number).
    public init(executable: URL? = nil, tabs: Int = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))) throws {
        guard let executable = executable ?? Self.locate() else {
            throw Unavailable(description: "no Chromium found (looked for \(Self.candidates.joined(separator: ", "))); install the Debian package `chromium`")
        }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        var arguments = [
            "--headless", "--user-data-dir=\(profile.path)", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-default-apps",
            "--disable-component-update", "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--disable-gpu", "--disable-dev-shm-usage", "--disable-renderer-backgrounding",
            "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows", "--disable-ipc-flooding-protection",
            "--disable-hang-monitor", "--mute-audio", "--hide-scrollbars", "--font-render-hinting=none",
            "about:blank",
        ]
        // Chromium refuses to run as root with its sandbox; what it prints are Tolk's own handouts, which have no scripts.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        do {
            pipe = try DevToolsPipe(executable: executable.path, arguments: arguments,
                                    stderrPath: profile.appendingPathComponent("chromium.log").path)
        } catch {
            try? FileManager.default.removeItem(at: profile)
            throw Unavailable(description: "\(error)")
        }
        do {
            try pipe.call("Browser.getVersion", timeout: 30)
            for _ in 0..<max(1, tabs) { self.tabs.append(try openTab()) }
        } catch {
            close()
            throw Unavailable(description: "Chromium (\(executable.path)) did not start: \(error)\(logTail())")
        }
    }

    deinit { close() }

    /// Prints every job, spreading them over the tabs; returns the jobs that failed and why.
    public func print(_ jobs: [Job]) -> [(job: Job, error: String)] {
        let work = WorkList(jobs)
        let tabs = tabs
        DispatchQueue.concurrentPerform(iterations: tabs.count) { tab in
            while let job = work.next() {
                do {
                    try print(job, tab: tabs[tab])
                } catch {
                    work.fail(job, "\(error)")
                }
            }
        }
        return work.failures.sorted { $0.job.pdf.path < $1.job.pdf.path }
    }

    /// Ends the browser and deletes its temporary profile.
    public func close() {
        guard !closed else { return }
        closed = true
        pipe.terminate()
        try? FileManager.default.removeItem(at: profile)
    }

    // MARK: Printing

    /// A tab: its flat session and its main frame.
    private struct Tab {
        var session: String
        var frame: String
    }

    private func openTab() throws -> Tab {
        let target = try pipe.call("Target.createTarget", ["url": "about:blank"])
        guard let targetID = target["targetId"] as? String else { throw DevToolsPipe.Failure(description: "no target id") }
        let attached = try pipe.call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw DevToolsPipe.Failure(description: "no session id") }
        try pipe.call("Page.enable", session: session)
        try pipe.call("Page.setLifecycleEventsEnabled", ["enabled": true], session: session)
        // A file: document, so that the documents put into it may load file: images.
        let blank = profile.appendingPathComponent("blank.html")
        if !FileManager.default.fileExists(atPath: blank.path) {
            try Data("<!DOCTYPE html><title></title>".utf8).write(to: blank, options: .atomic)
        }
        let navigation = try pipe.call("Page.navigate", ["url": blank.absoluteString], session: session)
        guard let frame = navigation["frameId"] as? String else { throw DevToolsPipe.Failure(description: "no frame id") }
        let loader = navigation["loaderId"] as? String
        try pipe.waitForEvent(session: session, description: "a blank page") { method, params in
            method == "Page.lifecycleEvent" && params["name"] as? String == "load" && (loader == nil || params["loaderId"] as? String == loader)
        }
        try pipe.call("Page.setLifecycleEventsEnabled", ["enabled": false], session: session)
        pipe.discardEvents(session: session)
        return Tab(session: session, frame: frame)
    }

    /// Waits until every image of the document has loaded (or failed) and the fonts are ready.
    private static let settled = """
        Promise.all(Array.from(document.images, image => image.complete ? 0 : new Promise(done => { \
        image.addEventListener('load', done); image.addEventListener('error', done); }))).then(() => document.fonts.ready).then(() => true)
        """

    /// Prints one file. The tab's document is replaced (`Page.setDocumentContent`) instead of
    /// navigated: a navigation costs the browser process about as much as printing, and this
    /// halves the CPU time per handout. A `<base>` keeps relative image paths resolving from the file.
    private func print(_ job: Job, tab: Tab) throws {
        var html = try String(contentsOf: job.html, encoding: .utf8)
        let base = "\n<base href=\"\(HTML.escape(job.html.absoluteString))\">"
        if let head = html.range(of: "<head>", options: .caseInsensitive) {
            html.insert(contentsOf: base, at: head.upperBound)
        } else {
            html = base + html
        }
        try pipe.call("Page.setDocumentContent", ["frameId": tab.frame, "html": html], session: tab.session)
        let settled = try pipe.call("Runtime.evaluate", ["expression": Self.settled, "awaitPromise": true, "returnByValue": true],
                                    session: tab.session)
        if let exception = settled["exceptionDetails"] as? DevToolsPipe.Message {
            throw DevToolsPipe.Failure(description: "\(job.html.lastPathComponent) did not load: \(exception["text"] as? String ?? "")")
        }
        let result = try pipe.call("Page.printToPDF", [
            "printBackground": true, "preferCSSPageSize": true, "generateTaggedPDF": true,
            "displayHeaderFooter": false, "marginTop": 0, "marginBottom": 0, "marginLeft": 0, "marginRight": 0,
        ], session: tab.session, timeout: 120)
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw DevToolsPipe.Failure(description: "Chromium returned no PDF for \(job.html.path)")
        }
        try ReproduciblePDF.normalize(data, date: job.date).write(to: job.pdf, options: .atomic)
    }

    private func logTail() -> String {
        guard let log = try? String(contentsOf: profile.appendingPathComponent("chromium.log"), encoding: .utf8) else { return "" }
        let lines = log.split(separator: "\n").suffix(3)
        return lines.isEmpty ? "" : " (Chromium said: \(lines.joined(separator: " / ")))"
    }
}

/// Jobs handed out to the tabs one at a time, and the failures.
private final class WorkList: @unchecked Sendable {
    private let lock = NSLock()
    private let jobs: [ChromiumPDF.Job]
    private var index = 0
    private var failed: [(job: ChromiumPDF.Job, error: String)] = []

    init(_ jobs: [ChromiumPDF.Job]) { self.jobs = jobs }

    func next() -> ChromiumPDF.Job? {
        lock.withLock {
            guard index < jobs.count else { return nil }
            defer { index += 1 }
            return jobs[index]
        }
    }

    func fail(_ job: ChromiumPDF.Job, _ error: String) { lock.withLock { failed.append((job, error)) } }

    var failures: [(job: ChromiumPDF.Job, error: String)] { lock.withLock { failed } }
}

