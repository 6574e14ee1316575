import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A headless Chromium driven over the DevTools protocol on `--remote-debugging-pipe`: the
/// browser reads commands from its fd 3 and writes replies and events to its fd 4, each a JSON
/// message ending in a NUL byte. One process serves any number of pages (tabs), each attached
/// as a flat session, and calls from several threads at once.
///
/// The two channels are Unix socket pairs rather than pipes, so writing to a browser that died
/// fails with EPIPE (MSG_NOSIGNAL) instead of killing the process with SIGPIPE.
final class DevToolsPipe: @unchecked Sendable {
    /// A protocol error, a browser that stopped answering, or one that could not start.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    typealias Message = [String: Any]

    let processID: pid_t
    private let commandSocket: Int32
    private let replySocket: Int32
    private let condition = NSCondition()
    private var nextID = 1
    private var replies: [Int: Message] = [:]
    private var events: [String: [Message]] = [:]
    private var failure: String?
    private var exited = false

    /// Starts `executable` with `arguments` (the pipe flag is added) and reads its replies on a thread.
    init(executable: String, arguments: [String], stderrPath: String) throws {
        let toBrowser = try Self.socketPair()
        let fromBrowser = try Self.socketPair()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser.1, 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser.1, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so the browser's helper processes can be ended with it;
        // default signal handling and an empty mask, whatever the caller set.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGCHLD] { sigaddset(&defaults, signal) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = [executable] + arguments + ["--remote-debugging-pipe"]
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, &cArguments, environ)
        close(toBrowser.1)
        close(fromBrowser.1)
        guard status == 0 else {
            close(toBrowser.0)
            close(fromBrowser.0)
            throw Failure(description: "\(executable) could not be started: \(String(cString: strerror(status)))")
        }
        processID = pid
        commandSocket = toBrowser.0
        replySocket = fromBrowser.0
        let thread = Thread { [self] in readReplies() }
        thread.name = "tolk-devtools-reader"
        thread.start()
    }

    deinit {
        close(commandSocket)
        close(replySocket)
    }

    /// Sends a command and waits for its result; a protocol error or a silent browser throws.
    @discardableResult
    func call(_ method: String, _ params: Message = [:], session: String? = nil, timeout: TimeInterval = 60) throws -> Message {
        condition.lock()
        let id = nextID
        nextID += 1
        if let failure { condition.unlock(); throw Failure(description: failure) }
        condition.unlock()
        var message: Message = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try write(data)
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while replies[id] == nil {
            if let failure { throw Failure(description: failure) }
            guard condition.wait(until: deadline) else {
                throw Failure(description: "Chromium did not answer \(method) within \(Int(timeout)) s")
            }
        }
        let reply = replies.removeValue(forKey: id)!
        if let error = reply["error"] as? Message {
            throw Failure(description: "\(method): \(error["message"] as? String ?? "error") \(error["data"] as? String ?? "")")
        }
        return reply["result"] as? Message ?? [:]
    }

    /// Forgets the events a session has received so far.
    func discardEvents(session: String) {
        condition.lock()
        events[session] = []
        condition.unlock()
    }

    /// Waits for an event of a session that `matches`, and removes it and those before it.
    func waitForEvent(session: String, timeout: TimeInterval = 60, description: String, matches: (String, Message) -> Bool) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let queue = events[session], let index = queue.firstIndex(where: { matches($0["method"] as? String ?? "", $0["params"] as? Message ?? [:]) }) {
                events[session]!.removeFirst(index + 1)
                return
            }
            if let failure { throw Failure(description: failure) }
            guard condition.wait(until: deadline) else {
                throw Failure(description: "Chromium did not report \(description) within \(Int(timeout)) s")
            }
        }
    }

    /// Ends the browser: politely, then its whole process group after `grace` seconds.
    func terminate(grace: TimeInterval = 5) {
        _ = try? call("Browser.close", timeout: grace)
        let deadline = Date(timeIntervalSinceNow: grace)
        var status: Int32 = 0
        while waitpid(processID, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(-processID, SIGKILL)
                waitpid(processID, &status, 0)
                break
            }
            usleep(10_000)
        }
        // Helpers that outlived the browser (they normally exit with it).
        kill(-processID, SIGKILL)
    }

    // MARK: Transport

    private func write(_ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let sent = send(commandSocket, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: "Chromium closed its DevTools pipe (\(String(cString: strerror(errno))))")
                }
                offset += sent
            }
        }
    }

    private func readReplies() {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(replySocket, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            pending.append(contentsOf: buffer[0..<count])
            while let end = pending.firstIndex(of: 0) {
                let message = pending[pending.startIndex..<end]
                pending = Data(pending[pending.index(after: end)...])
                guard let object = try? JSONSerialization.jsonObject(with: message) as? Message else { continue }
                condition.lock()
                if let id = object["id"] as? Int {
                    replies[id] = object
                } else if let session = object["sessionId"] as? String {
                    events[session, default: []].append(object)
                }
                condition.broadcast()
                condition.unlock()
            }
        }
        condition.lock()
        failure = failure ?? "Chromium exited or closed its DevTools pipe"
        condition.broadcast()
        condition.unlock()
    }

    /// A connected pair of Unix stream sockets, both above the standard descriptors and fds
    /// 3 and 4 (so the child's dup2 onto 3 and 4 never meets itself) and closed on exec.
    private static func socketPair() throws -> (Int32, Int32) {
        var fds: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
            throw Failure(description: "socketpair failed: \(String(cString: strerror(errno)))")
        }
        return (try lift(fds[0]), try lift(fds[1]))
    }

    private static func lift(_ fd: Int32) throws -> Int32 {
        guard fd < 10 else { return fd }
        let moved = fcntl(fd, F_DUPFD_CLOEXEC, 10)
        close(fd)
        guard moved >= 0 else { throw Failure(description: "fcntl failed: \(String(cString: strerror(errno)))") }
        return moved
    }
}
