import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// Byte ranges, so that a browser can seek in a video of the preview (206, 416, If-Range).
@Suite(.serialized) struct ServerRangeTests {
    @Test func rangeHeadersAreReadAsTheRFCSays() {
        #expect(ByteRange.parse(nil, length: 100) == .whole)
        #expect(ByteRange.parse("bytes=0-9", length: 100) == .part(ByteRange(lower: 0, upper: 9)))
        #expect(ByteRange.parse("bytes=90-", length: 100) == .part(ByteRange(lower: 90, upper: 99)))
        #expect(ByteRange.parse("bytes=90-500", length: 100) == .part(ByteRange(lower: 90, upper: 99)))
        #expect(ByteRange.parse("bytes=-10", length: 100) == .part(ByteRange(lower: 90, upper: 99)))
        #expect(ByteRange.parse("bytes=-500", length: 100) == .part(ByteRange(lower: 0, upper: 99)))
        #expect(ByteRange.parse("bytes=100-", length: 100) == .unsatisfiable)
        #expect(ByteRange.parse("bytes=-0", length: 100) == .unsatisfiable)
        // Several ranges, other units and nonsense: the whole file.
        for header in ["bytes=0-1,5-6", "items=0-1", "bytes=abc", "bytes=9-3", "bytes=-", "bytes="] {
            #expect(ByteRange.parse(header, length: 100) == .whole, "\(header)")
        }
    }

    @Test func aRangeOfAFileIsServedAsPartialContent() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let whole = try await server.get("/images/chin.svg")
            #expect(whole.status == 200)
            #expect(whole.headers["accept-ranges"] == "bytes")
            let length = whole.body.count
            let first = try await server.get("/images/chin.svg", headers: ["Range": "bytes=0-9"])
            #expect(first.status == 206)
            #expect(first.headers["content-range"] == "bytes 0-9/\(length)")
            #expect(first.body == whole.body.prefix(10))
            let tail = try await server.get("/images/chin.svg", headers: ["Range": "bytes=-4"])
            #expect(tail.status == 206)
            #expect(tail.body == whole.body.suffix(4))
            let past = try await server.get("/images/chin.svg", headers: ["Range": "bytes=\(length)-"])
            #expect(past.status == 416)
            #expect(past.headers["content-range"] == "bytes */\(length)")
            // The browser's part came from another version of the file: the whole new one.
            let changed = try await server.get("/images/chin.svg", headers: ["Range": "bytes=0-9", "If-Range": "\"old\""])
            #expect(changed.status == 200)
            #expect(changed.body == whole.body)
            let current = try await server.get("/images/chin.svg", headers: ["Range": "bytes=0-9", "If-Range": try #require(whole.headers["etag"])])
            #expect(current.status == 206)
        }
    }
}
