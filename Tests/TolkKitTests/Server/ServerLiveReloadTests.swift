import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// Saving a file rebuilds, tells open pages to reload, and serves the new site; a broken file
/// shows its errors over the last good build until it is fixed.
@Suite(.serialized) struct ServerLiveReloadTests {
    static let editedTopic = SiteFixture.topic.replacingOccurrences(of: "Ryggsmerter er **vanlige**.", with: "Ryggsmerter er **svært vanlige**.")

    @Test func anEditSendsAReloadEventAndThenServesTheNewText() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            #expect(try await server.get("/nb/topics/back/").text.contains("Ryggsmerter er <strong>vanlige</strong>."))
            let oldIndex = try await server.get("/en/").text

            try server.save("Content/topics/back.md", Self.editedTopic)
            try await waitUntil("a reload of the page") { events.reloaded("/nb/topics/back/") }
            // The event is sent after the new site is in place: no waiting needed here.
            #expect(try await server.get("/nb/topics/back/").text.contains("Ryggsmerter er <strong>svært vanlige</strong>."))
            // The source changed, so the English translation is stale: that page is withheld now,
            // and the English index says so (it follows in a second event).
            #expect(try await server.get("/en/topics/back/").text.contains("<meta name=\"robots\" content=\"noindex\">"))
            try await waitUntil("a reload of the English index") { events.reloaded("/en/") }
            #expect(try await server.get("/en/").text != oldIndex)
            // Pages the edit did not touch are not told to reload.
            #expect(!events.reloaded("/nb/exercises/chin/"))
            #expect(events.reloadsOfEveryPage == 0)
        }
    }

    @Test func aTranslationEditReachesThatLanguagesPage() async throws {
        let project = try SiteFixture.make()
        try await withServer(project) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            let xliff = try project.read("Locales/en/topics/back.xlf")
            #expect(xliff.contains("<target>Go for a walk.</target>"))
            try server.save("Locales/en/topics/back.xlf", xliff.replacingOccurrences(of: "<target>Go for a walk.</target>", with: "<target>Take a walk.</target>"))
            try await waitUntil("a reload of the page") { events.reloaded("/en/topics/back/") }
            let page = try await server.get("/en/topics/back/")
            #expect(page.text.contains("Take a walk."))
            #expect(!page.text.contains("Go for a walk."))
        }
    }

    @Test func aBrokenFileShowsAnOverlayOverTheLastGoodBuildUntilFixed() async throws {
        let project = try SiteFixture.make()
        try await withServer(project) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }

            try server.save("Content/exercises/chin.yml", "title: Haketrekk <script>alert(1)</script>\nregion: [neck\nlevel: 1\n")
            try await waitUntil("every page reloads after the break") { events.reloadsOfEveryPage == 1 }
            for path in ["/nb/", "/en/topics/back/", "/nb/exercises/chin/", "/nothing/"] {
                let reply = try await server.get(path)
                #expect(reply.text.contains("id=\"tolk-overlay\""), "\(path)")
                #expect(reply.text.contains("Content/exercises/chin.yml:"), "\(path)")
                #expect(reply.text.contains("[yaml]"), "\(path)")
                #expect(!reply.text.contains("<script>alert(1)"), "\(path): unescaped source in the overlay")
            }
            // The last good build is still served underneath.
            let exercise = try await server.get("/nb/exercises/chin/")
            #expect(exercise.status == 200)
            #expect(exercise.text.contains("<h1>Haketrekk</h1>") || exercise.text.contains(">Haketrekk<"))

            try server.save("Content/exercises/chin.yml", SiteFixture.exercise.replacingOccurrences(of: "title: Haketrekk", with: "title: Haketrekk rolig"))
            try await waitUntil("every page reloads after the fix") { events.reloadsOfEveryPage == 2 }
            let fixed = try await server.get("/nb/exercises/chin/")
            #expect(!fixed.text.contains("tolk-overlay"))
            #expect(fixed.text.contains("Haketrekk rolig"))
        }
    }

    @Test func aBrokenXLIFFFileShowsAnOverlayAndKeepsThatLanguagesPages() async throws {
        let project = try SiteFixture.make()
        try await withServer(project) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            let good = try project.read("Locales/ur/topics/back.xlf")
            let urdu = try await server.get("/ur/topics/back/").text

            try server.save("Locales/ur/topics/back.xlf", String(good.prefix(good.count / 2)))
            try await waitUntil("every page reloads after the break") { events.reloadsOfEveryPage == 1 }
            let broken = try await server.get("/ur/topics/back/")
            #expect(broken.status == 200)
            #expect(broken.text.contains("Locales/ur/topics/back.xlf:"))
            #expect(broken.text.replacingOccurrences(of: try #require(Self.overlay(in: broken.text)), with: "") == urdu)

            // A loaded machine can see the broken save as two changes (two reloads): count from
            // what has arrived, and wait for the page itself rather than for the second reload.
            let afterBreak = events.reloadsOfEveryPage
            try server.save("Locales/ur/topics/back.xlf", good)
            try await waitUntil("every page reloads after the fix") { events.reloadsOfEveryPage > afterBreak }
            try await waitUntil("the page is as before the break") { try await server.get("/ur/topics/back/").text == urdu }
        }
    }

    @Test func aProjectBrokenAtStartShowsTheOverlayThenTheSiteOnceFixed() async throws {
        let project = try SiteFixture.make()
        try project.write("Content/topics/back.md", "---\ntitle: [Vondt\n---\n\nTekst.\n")
        try await withServer(project) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            let reply = try await server.get("/nb/")
            #expect(reply.status == 503)
            #expect(reply.text.contains("Content/topics/back.md:"))
            #expect(reply.text.contains("EventSource"))

            try server.save("Content/topics/back.md", SiteFixture.topic)
            try await waitUntil("every page reloads after the fix") { events.reloadsOfEveryPage == 1 }
            let fixed = try await server.get("/nb/topics/back/")
            #expect(fixed.status == 200)
            #expect(!fixed.text.contains("tolk-overlay"))
        }
    }

    @Test func thePollingWatcherAlsoRebuilds() async throws {
        try await withServer(try SiteFixture.make(), polling: true) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            try server.save("Content/topics/back.md", Self.editedTopic)
            try await waitUntil("a reload of the page") { events.reloaded("/nb/topics/back/") }
            #expect(try await server.get("/nb/topics/back/").text.contains("svært vanlige"))
        }
    }

    @Test func anEditorsSwapFilesDoNotReload() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            try server.save("Content/topics/.back.md.swp", "x")
            try server.save("Content/topics/back.md~", "x")
            try server.save("Content/topics/notes.txt", "x")
            // A real edit, to know the watcher has seen the files above.
            try server.save("Content/topics/back.md", Self.editedTopic)
            try await waitUntil("a reload of the page") { events.reloaded("/nb/topics/back/") }
            try await Task.sleep(for: .milliseconds(300))
            let reloads = events.count("reload")
            try server.save("Content/topics/.back.md.swp", "y")
            try server.save("Content/topics/4913", "")
            try await Task.sleep(for: .milliseconds(300))
            #expect(events.count("reload") == reloads)
        }
    }

    /// The overlay's markup (its div and style), to compare the page underneath.
    static func overlay(in html: String) -> String? {
        guard let start = html.range(of: "<div class=\"tolk-overlay\""), let end = html.range(of: "</style>\n", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
