import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// The preview serves the in-memory site: types, caching headers, HEAD, 404, redirects.
@Suite(.serialized) struct ServerServingTests {
    /// The smallest valid PNG (1×1), to check that binary assets keep their bytes and type.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

    static func project() throws -> TemporaryProject {
        let project = try SiteFixture.make()
        let url = project.root.appendingPathComponent("Site/assets/logo.png")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try png.write(to: url)
        return project
    }

    @Test func servesPagesAndFilesWithTheirContentTypes() async throws {
        try await withServer(try Self.project()) { server in
            let expected = [
                "/": "text/html; charset=utf-8", "/en/": "text/html; charset=utf-8",
                "/ur/topics/back/": "text/html; charset=utf-8", "/nb/exercises/chin/index.html": "text/html; charset=utf-8",
                "/assets/style.css": "text/css; charset=utf-8", "/images/chin.svg": "image/svg+xml",
                "/sitemap.xml": "application/xml", "/robots.txt": "text/plain; charset=utf-8", "/assets/logo.png": "image/png",
            ]
            for (path, type) in expected {
                let reply = try await server.get(path)
                #expect(reply.status == 200, "\(path)")
                #expect(reply.headers["content-type"] == type, "\(path)")
                #expect(reply.headers["cache-control"] == "no-cache", "\(path)")
                #expect(reply.headers["content-length"] == String(reply.body.count), "\(path)")
            }
            #expect(try await server.get("/assets/logo.png").body == Self.png)
            let page = try await server.get("/en/topics/back/")
            #expect(page.text.contains("<h1"))
            #expect(page.text.contains("Back pain"))
            // The preview adds its reload script; `tolk build` output never has it.
            #expect(page.text.contains("new EventSource(\"/_tolk/events\")"))
            #expect(page.text.contains("?review=1"))
        }
    }

    @Test func theBuiltSiteHasNoPreviewScript() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        for (path, data) in tree.files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("_tolk"), "\(path)")
        }
    }

    @Test func contentTypesOfOtherFiles() {
        #expect(ContentType.of("handouts/en/neck-pain.pdf") == "application/pdf")
        #expect(ContentType.of("a/b.PNG") == "image/png")
        #expect(ContentType.of("README") == "application/octet-stream")
    }

    @Test func unknownPathsGetTheSites404Page() async throws {
        try await withServer(try Self.project()) { server in
            for path in ["/en/topics/nothing/", "/nothing.css", "/Site/site.yml", "/Content/topics/back.md", "/_tolk/other"] {
                let reply = try await server.get(path)
                #expect(reply.status == 404, "\(path)")
                #expect(reply.headers["content-type"] == "text/html; charset=utf-8", "\(path)")
                #expect(reply.text == (try await server.get("/404.html")).text, "\(path)")
            }
        }
    }

    @Test func aFolderWithoutItsSlashRedirects() async throws {
        try await withServer(try Self.project()) { server in
            let reply = try await server.get("/en")
            #expect(reply.status == 301)
            #expect(reply.headers["location"] == "/en/")
            let deep = try await server.get("/en/topics/back?review=1")
            #expect(deep.status == 301)
            #expect(deep.headers["location"] == "/en/topics/back/?review=1")
        }
    }

    @Test func etagsAndConditionalRequests() async throws {
        try await withServer(try Self.project()) { server in
            let first = try await server.get("/en/topics/back/")
            let etag = try #require(first.headers["etag"])
            #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
            #expect(try await server.get("/en/topics/back/").headers["etag"] == etag)
            #expect(try await server.get("/nb/topics/back/").headers["etag"] != etag)

            let cached = try await server.get("/en/topics/back/", headers: ["If-None-Match": etag])
            #expect(cached.status == 304)
            #expect(cached.body.isEmpty)
            #expect(cached.headers["etag"] == etag)
            #expect(try await server.get("/en/topics/back/", headers: ["If-None-Match": "\"other\", W/\(etag)"]).status == 304)
            #expect(try await server.get("/en/topics/back/", headers: ["If-None-Match": "\"other\""]).status == 200)
        }
    }

    @Test func headSendsTheHeadersOfGetWithoutABody() async throws {
        try await withServer(try Self.project()) { server in
            for path in ["/en/topics/back/", "/assets/logo.png", "/nothing/"] {
                let get = try await server.get(path)
                let head = try await server.get(path, "HEAD")
                #expect(head.status == get.status, "\(path)")
                #expect(head.body.isEmpty, "\(path)")
                #expect(head.headers["content-length"] == String(get.body.count), "\(path)")
                #expect(head.headers["etag"] == get.headers["etag"], "\(path)")
                #expect(head.headers["content-type"] == get.headers["content-type"], "\(path)")
            }
            let post = try await server.get("/en/", "POST")
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
        }
    }

    @Test func stoppingFreesThePort() async throws {
        let running = try await RunningServer.start(try Self.project())
        let port = running.port
        let events = try EventStreamClient(port: port)
        try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
        let clock = ContinuousClock()
        let started = clock.now
        try await running.stop()
        // An open event stream must not hold shutdown up (the group would wait 3 s, then cancel).
        #expect(clock.now - started < .seconds(2))
        try await waitUntil("the event stream ends") { events.isFinished }
        events.close()
        #expect(throws: (any Error).self) { try LoopbackSocket(port: port) }
        try? FileManager.default.removeItem(at: running.project.root)
    }
}
