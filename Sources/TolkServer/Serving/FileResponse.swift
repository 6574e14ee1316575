import Foundation
import Hummingbird

/// Responses for files of the site: type, entity tag, revalidation, HEAD.
enum FileResponse {
    /// The response for `file` served as `path`; 304 when the browser's copy is current.
    static func make(_ file: ServedFile, path: String, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        make(etag: file.etag, length: file.bytes.readableBytes, path: path, request: request, status: status) { offset, count in
            guard offset != 0 || count != file.bytes.readableBytes else { return ResponseBody(byteBuffer: file.bytes) }
            return ResponseBody(byteBuffer: file.bytes.getSlice(at: file.bytes.readerIndex + offset, length: count) ?? file.bytes)
        }
    }

    /// The response for an object of the store served as `path`, read from disk.
    static func make(_ object: OpenObject, path: String, request: Request, status: HTTPResponse.Status = .ok) throws -> Response {
        try make(etag: object.file.etag, length: object.file.size, path: path, request: request, status: status) { offset, count in
            try object.body(offset: offset, count: count)
        }
    }

    /// Headers, revalidation, HEAD and byte ranges for a file of `length` bytes; `body` gives
    /// the `count` bytes from `offset` when they are to be sent.
    private static func make(etag: String, length: Int, path: String, request: Request, status: HTTPResponse.Status,
                             body: (_ offset: Int, _ count: Int) throws -> ResponseBody) rethrows -> Response {
        var headers: HTTPFields = [
            .contentType: ContentType.of(path),
            // Always revalidate: a preview changes under the browser, and a 304 is cheap.
            .cacheControl: "no-cache",
            .eTag: etag,
            // The same URL serves the reader's or the translator's view depending on the cookie.
            .vary: "Cookie",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if status == .ok, let tags = request.headers[.ifNoneMatch], matches(tags, etag) {
            return Response(status: .notModified, headers: headers)
        }
        if status == .ok {
            headers[.acceptRanges] = "bytes"
            // A range of a file that changed since the browser's first part would mix two versions.
            let sameVersion = request.headers[.ifRange].map { $0 == etag } ?? true
            switch sameVersion ? ByteRange.parse(request.headers[.range], length: length) : .whole {
            case .whole: break
            case .unsatisfiable:
                headers[.contentRange] = "bytes */\(length)"
                headers[.contentLength] = "0"
                return Response(status: .rangeNotSatisfiable, headers: headers)
            case .part(let range):
                headers[.contentRange] = "bytes \(range.lower)-\(range.upper)/\(length)"
                headers[.contentLength] = String(range.upper - range.lower + 1)
                if request.method == .head { return Response(status: .partialContent, headers: headers) }
                return Response(status: .partialContent, headers: headers, body: try body(range.lower, range.upper - range.lower + 1))
            }
        }
        headers[.contentLength] = String(length)
        if request.method == .head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: try body(0, length))
    }

    /// `file` with `html` inserted before its last `marker` (by default the closing `</body>`:
    /// the overlay, the review panel); at the end when there is none.
    static func inserting(_ html: String, into file: ServedFile, before marker: String = "</body>") -> ServedFile {
        guard !html.isEmpty else { return file }
        var bytes = Array(file.bytes.readableBytesView)
        let marker = Array(marker.utf8)
        var at = bytes.count
        if bytes.count >= marker.count {
            for start in stride(from: bytes.count - marker.count, through: 0, by: -1) where bytes[start] == marker[0] {
                if Array(bytes[start..<start + marker.count]) == marker {
                    at = start
                    break
                }
            }
        }
        bytes.insert(contentsOf: Array(html.utf8), at: at)
        return ServedFile(ByteBuffer(bytes: bytes))
    }

    /// Whether an If-None-Match value (`*`, or a list of tags, weak or strong) names `etag`.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    /// A short plain-text response (400, 405, 503 without a site).
    static func text(_ status: HTTPResponse.Status, _ text: String, request: Request, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"]
        headers.append(contentsOf: extra)
        let body = ByteBuffer(string: text + "\n")
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: body))
    }
}
