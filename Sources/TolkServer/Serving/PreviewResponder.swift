import Foundation
import Hummingbird
import ServiceLifecycle
import TolkKit

/// Routes every request of the preview: the event stream, and files of the site in the store
/// (reader's or translator's view), with the error overlay while the newest build failed.
struct PreviewResponder: HTTPResponder {
    typealias Context = PreviewContext

    let state: Locked<PreviewState>
    let events: EventBroadcaster
    let rebuilder: Rebuilder
    /// Where the files of every snapshot are.
    let store: ObjectStore
    /// Identifies this server process in the `hello` event, so a page reloads after a restart.
    let token: String
    /// The workbench's API, and whether review pages carry its editor.
    let api: WorkbenchAPI

    func respond(to request: Request, context: Context) async throws -> Response {
        if request.uri.path.hasPrefix("/_tolk/api/") { return await api.respond(to: request) }
        if let asset = WorkbenchAssets.file(request.uri.path), request.method == .get || request.method == .head {
            return FileResponse.make(asset, path: request.uri.path, request: request)
        }
        guard request.method == .get || request.method == .head else {
            return FileResponse.text(.methodNotAllowed, "Only GET and HEAD.", request: request, headers: [.allow: "GET, HEAD"])
        }
        if request.uri.path == PreviewChrome.eventsPath { return eventStream(request, client: context.clientAddress) }
        guard case .file(let path, let directory) = RequestPath(request.uri.path) else {
            return FileResponse.text(.badRequest, "Bad request path.", request: request)
        }
        let mode = ReviewMode(request)
        // Twice at most: an object collected between taking the snapshot and opening it means a
        // newer build is in, and the answer comes from that one.
        for _ in 0..<2 {
            let current = state.current
            guard var snapshot = current.site else {
                // No good build yet: every page is the error overlay (or a note that the first build runs).
                let overlay = current.failure?.overlay ?? "<p lang=\"en\">Building the site… this page reloads when it is ready.</p>\n"
                let page = ServedFile(Data(ErrorOverlay.page(overlay).utf8))
                return FileResponse.make(page, path: "index.html", request: request, status: .serviceUnavailable)
            }
            if mode.isOn { snapshot = await reviewSnapshot(current) ?? snapshot }
            guard var response = try answer(request, path: path, directory: directory, mode: mode, snapshot: snapshot, failure: current.failure) else { continue }
            if let cookie = mode.setCookie { response.headers[.setCookie] = cookie }
            return response
        }
        return FileResponse.text(.serviceUnavailable, "The site changed while answering; reload the page.", request: request)
    }

    /// The answer from `snapshot`: the file, a redirect into its folder, or 404; nil when an
    /// object of the snapshot is no longer on disk.
    private func answer(_ request: Request, path: String, directory: Bool, mode: ReviewMode, snapshot: SiteSnapshot, failure: BuildFailure?) throws -> Response? {
        if let file = snapshot.files[path] {
            return try serve(file, path: path, request: request, status: .ok, mode: mode, snapshot: snapshot, failure: failure)
        } else if !directory, snapshot.files[path + "/index.html"] != nil {
            // `/en` → `/en/`: relative links in the page only work from inside the folder.
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: request.uri.path + "/" + query, .contentLength: "0"])
        } else if let notFound = snapshot.files["404.html"] {
            return try serve(notFound, path: "404.html", request: request, status: .notFound, mode: mode, snapshot: snapshot, failure: failure)
        }
        return FileResponse.text(.notFound, "Not found.", request: request)
    }

    /// `file` from the store, as it is or (HTML) with what `decoration` adds read into memory.
    private func serve(_ file: StoredFile, path: String, request: Request, status: HTTPResponse.Status, mode: ReviewMode,
                       snapshot: SiteSnapshot, failure: BuildFailure?) throws -> Response? {
        guard let object = OpenObject(file, in: store) else { return nil }
        let (head, tail) = decoration(path: path, mode: mode, snapshot: snapshot, failure: failure)
        if head.isEmpty && tail.isEmpty { return try FileResponse.make(object, path: path, request: request, status: status) }
        var served = ServedFile(try object.read(offset: 0, count: file.size))
        if !head.isEmpty { served = FileResponse.inserting(head, into: served, before: "</head>") }
        return FileResponse.make(FileResponse.inserting(tail, into: served), path: path, request: request, status: status)
    }

    /// What an HTML page gets at response time: before `</head>`, and before `</body>` (the
    /// overlay of a failed build and, in the translator view, the page's review panel and the editor).
    private func decoration(path: String, mode: ReviewMode, snapshot: SiteSnapshot, failure: BuildFailure?) -> (head: String, tail: String) {
        guard ContentType.isHTML(path) else { return ("", "") }
        var extra = failure?.overlay ?? ""
        if mode.isOn, let panel = ReviewPanel.html(for: path, site: snapshot.site) { extra = panel + extra }
        guard mode.isOn, api.guardian.configuration.editsEnabled else { return ("", extra) }
        // The editor: its token in the head (only this server's pages can read it), its script last.
        let head = WorkbenchAssets.meta(token: api.guardian.token, reviewer: api.guardian.configuration.reviewer)
        return (head, extra + WorkbenchAssets.tags)
    }

    /// The translator view of the current build, rendered on first use (most previews never need it).
    private func reviewSnapshot(_ current: PreviewState) async -> SiteSnapshot? {
        if let review = current.review { return review }
        return await rebuilder.enableReview()
    }

    /// `text/event-stream`: a `hello` now, a `reload` after every build a browser should see.
    private func eventStream(_ request: Request, client: String?) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        guard request.method == .get else { return Response(status: .ok, headers: headers) }
        guard let (id, stream) = events.subscribe(client: client, limit: ServerLimits.eventStreamsPerClient) else {
            return FileResponse.text(.tooManyRequests, "Too many live-reload connections from this address.", request: request)
        }
        let hello = "retry: 1000\n" + EventBroadcaster.encode("hello", data: "\(token) \(state.current.generation)")
        let events = self.events
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer { events.unsubscribe(id) }
            // The stream never ends by itself: end it when the server shuts down, or shutdown
            // would wait for every open tab.
            try await withGracefulShutdownHandler {
                try await writer.write(ByteBuffer(string: hello))
                for await event in stream { try await writer.write(ByteBuffer(string: event)) }
            } onGracefulShutdown: {
                events.unsubscribe(id)
            }
            try await writer.finish(nil)
        })
    }
}

/// Whether a request wants the translator view: `?review=1` turns it on and `?review=0` off,
/// and a cookie keeps it on while the translator follows links.
struct ReviewMode {
    static let cookie = "tolk-review"
    let isOn: Bool
    /// The Set-Cookie value when the query changed the mode.
    let setCookie: String?

    init(_ request: Request) {
        let query = request.uri.queryParameters["review"].map(String.init)
        switch query {
        case "1":
            isOn = true
            setCookie = "\(Self.cookie)=1; Path=/; SameSite=Strict"
        case "0":
            isOn = false
            setCookie = "\(Self.cookie)=; Path=/; Max-Age=0; SameSite=Strict"
        default:
            isOn = request.cookies[Self.cookie]?.value == "1"
            setCookie = nil
        }
    }
}
