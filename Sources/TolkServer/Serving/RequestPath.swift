import Foundation

/// A request path turned into a key of the site's snapshot, or rejected.
///
/// A path is only ever a key of the snapshot (objects on disk are named by digest, never by
/// request), so nothing outside the site can be reached through the file system;
/// but a path is still checked strictly, so that `..` in any spelling (`%2e%2e`, `%2f`-joined,
/// backslashes) never means anything: such requests are refused, not resolved.
enum RequestPath: Equatable {
    /// A site-relative file path; `directory` when the request ended in `/` (serve its index.html).
    case file(String, directory: Bool)
    /// A path that is malformed or tries to leave the site.
    case rejected

    init(_ raw: String) {
        guard raw.hasPrefix("/"), let decoded = Self.percentDecoded(raw) else {
            self = .rejected
            return
        }
        // Decoded, not raw: `%2f` becomes a separator here, so `en%2f..%2f..` is seen as `..`.
        if decoded.contains(where: { $0 == "\\" || $0 == "\0" || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7f } == true }) {
            self = .rejected
            return
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) {
            self = .rejected
            return
        }
        let directory = decoded.hasSuffix("/")
        let path = segments.joined(separator: "/")
        self = .file(directory || path.isEmpty ? (path.isEmpty ? "index.html" : path + "/index.html") : path,
                     directory: directory || path.isEmpty)
    }

    /// `%XX` decoded as UTF-8; nil for a malformed escape or bytes that are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
