import ArgumentParser
import Foundation
import TolkKit
import TolkServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it (into the project's .tolk/serve/ while serving), serve it, and rebuild and reload on every save.",
        discussion: """
            Watches Content/, Locales/ and Site/. A save rebuilds what it touches (one topic, exercise or translation file: \
            that page and its handouts at once, then the indexes and sitemap if what they list changed; anything else: the \
            whole site) and reloads the open pages that changed. A build that fails (bad YAML, broken XLIFF) shows its errors \
            over every page, while the last good build stays served; fixing the file clears them.

            Translator view: add ?review=1 to a page (or use the link in the corner): blocks that are missing, stale or not \
            yet reviewed are outlined, the source text shows on hover and focus, and the page's problems from `tolk check` \
            are listed below it. ?review=0 turns it off.

            Workbench: in the translator view, click a block (or press Enter on it) to edit its translation beside the \
            Norwegian source; Ctrl+Enter saves it to its .xlf file, Ctrl+Shift+Enter approves it (state reviewed, with \
            --reviewer and the time in a note). A file changed elsewhere since the page was opened is never overwritten. \
            Editing is on when listening on loopback; on another address only with --allow-edits.

            Listens on 127.0.0.1 only, unless --host says otherwise. Stop with Ctrl-C.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8000

    @Option(help: ArgumentHelp("The address to listen on. Other than loopback, anyone on the network can read the preview.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(name: .customLong("lang"), help: ArgumentHelp("Open this language's index (the printed URL).", valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp("Serve this profile (a clinic of `profiles:` in site.yml). Default: the first profile.", valueName: "name"))
    var profile: String?

    @Flag(help: "Watch by comparing modification times instead of inotify (for network file systems).")
    var poll = false

    @Flag(help: "Allow editing translations in the page when --host is not loopback (anyone who can reach the server could).")
    var allowEdits = false

    @Option(help: ArgumentHelp("The name approvals are recorded with (otherwise the page asks).", valueName: "name"))
    var reviewer: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port).") }
        if let reviewer, reviewer.trimmingCharacters(in: .whitespaces).isEmpty || reviewer.count > 200 {
            throw ValidationError("--reviewer must be a name of 1 to 200 characters.")
        }
    }

    func run() throws {
        let console = Console()
        let root = project.root
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/site.yml").path) else {
            _ = try project.load(console: console)
            throw ExitCode.failure
        }
        let profiles = SiteBuild.profiles(root: root, requested: profile)
        if profiles.diagnostics.hasErrors {
            console.print(profiles.diagnostics)
            throw ExitCode(2)
        }
        let served = profile ?? profiles.value.first ?? nil
        if let language, let loaded = ProjectLoader.load(at: root, profile: served).value {
            if language != loaded.config.sourceLanguage { try validateLanguages([language], in: loaded) }
        }
        let configuration = PreviewConfiguration(root: root, host: host, port: port, language: language, polling: poll,
                                                 allowEdits: allowEdits, reviewer: reviewer, profile: served)
        if !configuration.isLoopback {
            console.error("warning: listening on \(host): anyone who can reach this machine can read the preview, unpublished translations included.")
            console.error(allowEdits ? "warning: --allow-edits: anyone who can reach this machine and open a page can change translations."
                                     : "note: editing in the page is off (not loopback); --allow-edits turns it on.")
        }
        let server = PreviewServer(configuration) { event in Self.print(event, console: console) }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error as? PreviewServer.PortInUse {
            console.error("error: \(error); try --port \(error.suggestion)")
            throw ExitCode.failure
        }
        if let error = outcome.error {
            console.error("error: could not serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        console.out("Stopped.")
    }

    private static func print(_ event: PreviewEvent, console: Console) {
        switch event {
        case .listening(let url, _, _):
            console.out("Serving \(url)  (translator view: \(url)?review=1; Ctrl-C to stop)")
        case .built(let files, let changedFiles, let changed, let full, let duration, let pagesReady, let diagnostics):
            if changed.isEmpty && full {
                console.print(diagnostics)
                console.out("Built \(files) files in \(milliseconds(duration)) ms.")
            } else {
                console.print(diagnostics.filter { $0.severity == .error })
                let what = changed.isEmpty ? "a change" : changed.count == 1 ? changed[0] : "\(changed.count) files"
                let timing = pagesReady.map { ", pages in \(milliseconds($0)) ms, indexes in \(milliseconds(duration)) ms" }
                    ?? " in \(milliseconds(duration)) ms"
                console.out("Rebuilt after \(what)\(full ? " (everything)" : ""): \(changedFiles) files changed\(timing).")
            }
        case .failed(let diagnostics, _):
            console.print(diagnostics.filter { $0.severity == .error })
            console.error("Build failed; still serving the last good build, with the errors shown in the page.")
        case .polling(let reason):
            console.error("note: inotify is not available (\(reason)); watching by polling.")
        }
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.0f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}

/// The server's result, handed from its task to the waiting command.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var error: Error? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
