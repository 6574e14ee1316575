import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a loopback socket. Not URLSession: it would normalise
/// `/../` and percent-escapes away, and the traversal tests must send paths exactly as written.
enum RawHTTP {
    struct Reply {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends one request (Connection: close) and reads the whole reply, off the cooperative
    /// pool: the server under test runs its handlers there.
    /// `headers` may replace the Host header; a `body` is sent with its Content-Length.
    static func send(port: Int, _ method: String = "GET", _ target: String, headers: [String: String] = [:], body: String? = nil) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try sendBlocking(port: port, method, target, headers: headers, body: body) })
            }
        }
    }

    static func sendBlocking(port: Int, _ method: String, _ target: String, headers: [String: String], body: String? = nil) throws -> Reply {
        let socket = try LoopbackSocket(port: port)
        defer { socket.close() }
        var request = "\(method) \(target) HTTP/1.1\r\n"
        if headers["Host"] == nil { request += "Host: 127.0.0.1:\(port)\r\n" }
        request += "Connection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request += "\(name): \(value)\r\n" }
        if let body { request += "Content-Length: \(body.utf8.count)\r\n" }
        try socket.write(request + "\r\n" + (body ?? ""))
        var data = Data()
        while let chunk = try socket.read() { data.append(chunk) }
        return try parse(data)
    }

    static func parse(_ data: Data) throws -> Reply {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw TestFailure("no complete HTTP head in \(data.count) bytes") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw TestFailure("bad status line")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}

/// A blocking TCP connection to 127.0.0.1 with a receive timeout, so a test cannot hang (a minute:
/// with the whole suite running on two cores, an answer has been seen to take over ten seconds).
final class LoopbackSocket: @unchecked Sendable {
    private let fd: Int32

    init(port: Int, timeoutSeconds: Int = 60) throws {
        #if canImport(Glibc)
        fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw TestFailure("socket() failed") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw TestFailure("connect to 127.0.0.1:\(port) failed: \(String(cString: strerror(code)))")
        }
    }

    func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw TestFailure("send failed") }
            sent += count
        }
    }

    /// The next bytes, nil at the end of the stream; throws on timeout.
    func read() throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        if count == 0 { return nil }
        guard count > 0 else { throw TestFailure("recv failed: \(String(cString: strerror(errno)))") }
        return Data(buffer[..<count])
    }

    /// Unblocks a reader on another thread, then releases the descriptor.
    func shutdown() { _ = Glibc.shutdown(fd, Int32(SHUT_RDWR)) }

    func close() { _ = Glibc.close(fd) }
}

/// An open `/_tolk/events` stream whose text is collected on a background thread.
final class EventStreamClient: @unchecked Sendable {
    private let socket: LoopbackSocket
    private let lock = NSLock()
    private var received = ""
    private let done = DispatchSemaphore(value: 0)

    init(port: Int) throws {
        socket = try LoopbackSocket(port: port, timeoutSeconds: 60)
        try socket.write("GET /_tolk/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in
            while let chunk = try? socket.read() {
                lock.withLock { received += String(decoding: chunk, as: UTF8.self) }
            }
            done.signal()
        }
        thread.start()
    }

    var text: String { lock.withLock { received } }

    /// How many times `event: name` has arrived.
    func count(_ name: String) -> Int { text.components(separatedBy: "event: \(name)\n").count - 1 }

    /// The data of each `reload` event: the generation, then the URL paths of the changed pages or `*`.
    var reloads: [[String]] {
        text.components(separatedBy: "event: reload\ndata: ").dropFirst().map { event in
            Array(event.prefix { $0 != "\n" }.split(separator: " ").dropFirst().map(String.init))
        }
    }

    /// Whether a reload event told the page at `path` to reload (by name, or all pages with `*`).
    func reloaded(_ path: String) -> Bool { reloads.contains { $0.contains(path) } }

    /// How many reload events told every page to reload (a build failed or was fixed).
    var reloadsOfEveryPage: Int { reloads.filter { $0 == ["*"] }.count }

    /// Whether the server ended the stream.
    var isFinished: Bool { done.wait(timeout: .now()) == .success ? { done.signal(); return true }() : false }

    func close() {
        socket.shutdown()
        done.wait()
        socket.close()
    }
}
