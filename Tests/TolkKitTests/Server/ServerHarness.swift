import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// A preview server running in the test process on a free loopback port, against a
/// temporary project; `withServer` always stops it, so no port or thread outlives a test.
final class RunningServer: @unchecked Sendable {
    let server: PreviewServer
    let project: TemporaryProject
    let port: Int
    private let task: Task<Void, Error>
    private let log: Locked<[PreviewEvent]>

    private init(server: PreviewServer, project: TemporaryProject, port: Int, task: Task<Void, Error>, log: Locked<[PreviewEvent]>) {
        self.server = server
        self.project = project
        self.port = port
        self.task = task
        self.log = log
    }

    var events: [PreviewEvent] { log.current }

    static func start(_ project: TemporaryProject, polling: Bool = false, reviewer: String? = nil) async throws -> RunningServer {
        let log = Locked<[PreviewEvent]>([])
        let configuration = PreviewConfiguration(root: project.root, host: "127.0.0.1", port: 0, handlesSignals: false, polling: polling,
                                                 reviewer: reviewer)
        let server = PreviewServer(configuration) { event in
            log.withLock { $0.append(event) }
        }
        let task = Task { try await server.run() }
        // Listening comes first; the first build follows. The whole suite runs at once on two
        // cores, and a first build has been seen to take over a minute then: the wait is long,
        // and only a server that never builds waits it out.
        guard let port = try await eventually(timeout: .seconds(180), { server.hasBuilt ? server.port : nil }) else {
            await server.shutdown()
            _ = try? await task.value
            throw TestFailure("the server did not start listening")
        }
        return RunningServer(server: server, project: project, port: port, task: task, log: log)
    }

    /// Shuts down gracefully and waits for `run()` to return.
    func stop() async throws {
        await server.shutdown()
        try await task.value
    }

    func get(_ target: String, _ method: String = "GET", headers: [String: String] = [:]) async throws -> RawHTTP.Reply {
        try await RawHTTP.send(port: port, method, target, headers: headers)
    }

    /// Writes a project file the way an editor saves: a new file renamed over the old one.
    func save(_ path: String, _ text: String) throws {
        let url = project.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

/// Runs `body` against a started server and always stops it (and removes the project).
func withServer(_ project: TemporaryProject, polling: Bool = false, reviewer: String? = nil,
                _ body: (RunningServer) async throws -> Void) async throws {
    let running = try await RunningServer.start(project, polling: polling, reviewer: reviewer)
    do {
        try await body(running)
    } catch {
        try? await running.stop()
        try? FileManager.default.removeItem(at: project.root)
        throw error
    }
    try await running.stop()
    try? FileManager.default.removeItem(at: project.root)
}

/// Polls `condition` every 10 ms until it gives a value or `timeout` passes.
func eventually<T>(timeout: Duration = .seconds(10), _ condition: () async throws -> T?) async throws -> T? {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if let value = try await condition() { return value }
        try await Task.sleep(for: .milliseconds(10))
    }
    return try await condition()
}

/// Polls until `condition` holds; records an issue when it never does.
func waitUntil(_ what: String, timeout: Duration = .seconds(10), sourceLocation: Testing.SourceLocation = #_sourceLocation,
               _ condition: () async throws -> Bool) async throws {
    let held = try await eventually(timeout: timeout) { try await condition() ? true : nil }
    #expect(held == true, "timed out waiting until \(what)", sourceLocation: sourceLocation)
    if held != true { throw TestFailure("timed out waiting until \(what)") }
}
