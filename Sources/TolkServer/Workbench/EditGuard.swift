import Foundation
import Hummingbird
import TolkKit

/// Who may use the workbench API. A preview has no accounts, so writing is limited to the
/// preview's own pages: the request must name this server as its Host (a page on another site
/// that re-points its DNS name at 127.0.0.1 fails here), come from no other Origin, and carry the
/// token that only the server's own review pages hold (another page in the same browser cannot
/// read it). Editing is off on other addresses than loopback unless `--allow-edits`.
struct EditGuard: Sendable {
    let token: String
    let configuration: PreviewConfiguration
    let port: Locked<Int?>

    /// A fresh random token: 128 bits as hex.
    static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: 0...UInt32.max, using: &generator)) }.joined()
    }

    /// Why a request may not read or write, nil when it may. `writes`: a request that changes files.
    func refusal(_ request: Request, writes: Bool) -> (HTTPResponse.Status, String)? {
        guard let authority = request.head.authority, isOwn(authority) else {
            return (.forbidden, "the Host header does not name this server")
        }
        guard writes else { return nil }
        guard configuration.editsEnabled else {
            return (.forbidden, "editing is off: the server listens on \(configuration.host); start it with --allow-edits to edit")
        }
        guard let sent = request.headers[.init("X-Tolk-Token")!], Self.equal(sent, token) else {
            return (.forbidden, "the X-Tolk-Token header is missing or wrong (reload the page)")
        }
        if let origin = request.headers[.init("Origin")!], origin.lowercased() != "http://\(authority.lowercased())" {
            return (.forbidden, "requests from \(origin) may not edit")
        }
        if let site = request.headers[.init("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            return (.forbidden, "cross-site requests may not edit")
        }
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/json" else { return (.unsupportedMediaType, "the body must be application/json") }
        return nil
    }

    /// `host:port` naming this server: the bound port, and a host that is an IP address,
    /// `localhost` or the address given with --host. A DNS name (rebinding) never is.
    func isOwn(_ authority: String) -> Bool {
        let host: Substring, portText: Substring
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let rest = authority[authority.index(after: close)...]
            guard rest.hasPrefix(":") else { return false }
            portText = rest.dropFirst()
        } else {
            let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return false }
            (host, portText) = (parts[0], parts[1])
        }
        guard let bound = port.current, Int(portText) == bound else { return false }
        let name = host.lowercased()
        if name == "localhost" || name == configuration.host.lowercased() { return true }
        return Self.isIPv4(name) || (authority.hasPrefix("[") && name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." })
    }

    private static func isIPv4(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil }
    }

    /// Compares without stopping at the first difference.
    private static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
