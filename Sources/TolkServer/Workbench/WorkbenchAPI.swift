import Foundation
import Hummingbird
import TolkKit

/// The workbench's HTTP API (documented in the README's preview section):
///
/// - `GET /_tolk/api/page?path=/pl/topics/neck-pain/` → `{"file", "language", "direction", "units": [...]}`
/// - `POST /_tolk/api/unit` with `{"file", "unit", "target", "state", "version"}` → the unit as saved;
///   409 when it changed since `version`, 400 for malformed codes, 403/415 (see `EditGuard`).
///
/// Files are read from disk on every request, so the answer is never older than the files.
struct WorkbenchAPI: Sendable {
    static let pagePath = "/_tolk/api/page"
    static let unitPath = "/_tolk/api/unit"

    let state: Locked<PreviewState>
    let guardian: EditGuard
    /// One save at a time: the version check and the rename must not interleave.
    private let saving = NSLock()

    init(state: Locked<PreviewState>, guardian: EditGuard) {
        self.state = state
        self.guardian = guardian
    }

    /// The body sent to `POST /_tolk/api/unit`.
    private struct SaveBody: Decodable {
        var file: String
        var unit: String
        var target: String
        var state: String?
        var version: String
        /// Used when the server was started without --reviewer.
        var reviewer: String?
    }

    func respond(to request: Request) async -> Response {
        let writes = request.uri.path == Self.unitPath
        if let (status, message) = guardian.refusal(request, writes: writes) { return Self.error(status, message) }
        guard let project = state.current.site?.prepared.site.project else {
            return Self.error(.serviceUnavailable, "the site has not been built yet")
        }
        switch (request.uri.path, request.method) {
        case (Self.pagePath, .get):
            guard let raw = request.uri.queryParameters["path"].map(String.init), case .file(let path, _) = RequestPath(raw),
                  let (document, language) = Workbench.document(ofFile: path, in: project) else {
                return Self.error(.notFound, "no translated topic or exercise page at that path")
            }
            return Self.json(.ok, Workbench.page(document, language: language, project: project))
        case (Self.unitPath, .post):
            var request = request
            guard let body = try? await request.collectBody(upTo: 1_000_000),
                  let save = try? JSONDecoder().decode(SaveBody.self, from: Data(buffer: body)) else {
                return Self.error(.badRequest, "the body must be JSON with file, unit, target and version")
            }
            return self.save(save, project: project)
        default:
            return Self.error(.methodNotAllowed, "GET \(Self.pagePath) or POST \(Self.unitPath)")
        }
    }

    private func save(_ body: SaveBody, project: Project) -> Response {
        guard let state = TranslationState(rawValue: body.state ?? "translated") else {
            return Self.error(.badRequest, "state must be translated, reviewed or final")
        }
        var approval: UnitEdit.Approval?
        if state >= .reviewed {
            let name = (guardian.configuration.reviewer ?? body.reviewer ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, name.count <= 200, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                return Self.error(.badRequest, "an approval needs the reviewer's name (tolk serve --reviewer NAME, or reviewer in the body)")
            }
            approval = UnitEdit.Approval(reviewer: name, date: Date())
        }
        let request = UnitSaveRequest(file: body.file, unit: body.unit, target: body.target, state: state,
                                      version: body.version, approval: approval)
        let outcome = saving.withLock { Workbench.save(request, project: project) }
        switch outcome {
        case .saved(let unit): return Self.json(.ok, unit)
        case .conflict(let message, let current): return Self.json(.conflict, Conflict(error: message, current: current))
        case .malformed(let message): return Self.error(.badRequest, message)
        case .notFound(let message): return Self.error(.notFound, message)
        }
    }

    private struct Conflict: Encodable {
        var error: String
        var current: WorkbenchUnit?
    }

    private struct Failure: Encodable {
        var error: String
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, Failure(error: message))
    }

    static func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        let headers: HTTPFields = [
            .contentType: "application/json", .cacheControl: "no-store", .contentLength: String(data.count),
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
