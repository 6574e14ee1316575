import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// Nothing outside the built site can be reached, in any spelling of `..`.
@Suite(.serialized) struct ServerTraversalTests {
    static let attempts = [
        "/../etc/passwd", "/../../../../etc/passwd", "/%2e%2e/", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/Site/site.yml",
        "/en/%2e%2e/%2e%2e/Site/site.yml", "/en/../../Site/site.yml", "/en%2f..%2f..%2fSite%2fsite.yml", "/en%2f..%2f..",
        "/..%5c", "/..%5c..%5cSite%5csite.yml", "/en\\..\\..\\Site\\site.yml", "/en/.%2e/.%2e/Site/site.yml",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/en/./../Site/site.yml", "/images/%00.svg", "/%zz", "/%c0%ae%c0%ae/etc/passwd",
    ]

    @Test func everyTraversalFormIsRefused() async throws {
        let project = try SiteFixture.make()
        try await withServer(project) { server in
            for target in Self.attempts {
                let reply = try await server.get(target)
                #expect(reply.status == 400 || reply.status == 404, "\(target): \(reply.status)")
                #expect(!reply.text.contains("source_language"), "\(target) leaked site.yml")
                #expect(!reply.text.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
            }
        }
    }

    @Test func aSymbolicLinkInsideTheProjectPointingOutIsNotServed() async throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("TOP-SECRET".utf8).write(to: outside.appendingPathComponent("secret.svg"))
        let project = try SiteFixture.make()
        let images = project.root.appendingPathComponent("Content/images")
        try FileManager.default.createSymbolicLink(at: images.appendingPathComponent("leak.svg"), withDestinationURL: outside.appendingPathComponent("secret.svg"))
        try FileManager.default.createSymbolicLink(at: images.appendingPathComponent("outside"), withDestinationURL: outside)
        try await withServer(project) { server in
            // The links are `path` errors, so there is no good build: every answer is the error
            // page (503), and that page must not quote the file outside either.
            for target in ["/images/leak.svg", "/images/outside/secret.svg", "/images/chin.svg/../leak.svg", "/images/chin.svg"] {
                let reply = try await server.get(target)
                #expect([400, 404, 503].contains(reply.status), "\(target): \(reply.status)")
                #expect(!reply.text.contains("TOP-SECRET"), "\(target)")
            }
            let page = try await server.get("/")
            #expect(page.text.contains("<code>Content/images/leak.svg:1:1</code> <b>[path]</b> the image `Content/images/leak.svg` is a symbolic link"))
        }
    }

    @Test func requestPathsAreNormalisedOrRejected() {
        #expect(RequestPath("/") == .file("index.html", directory: true))
        #expect(RequestPath("/en/") == .file("en/index.html", directory: true))
        #expect(RequestPath("/en") == .file("en", directory: false))
        #expect(RequestPath("//en//topics/back/") == .file("en/topics/back/index.html", directory: true))
        #expect(RequestPath("/images/a%20b.svg") == .file("images/a b.svg", directory: false))
        #expect(RequestPath("/ur/%D8%A7/") == .file("ur/ا/index.html", directory: true))
        for target in Self.attempts + ["en", "", "/a/./b", "/a/%2E/b", "/%c0%ae", "/a/%00", "/a%0d%0aSet-Cookie:x"] {
            #expect(RequestPath(target) == .rejected, "\(target)")
        }
    }
}
