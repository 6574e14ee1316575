import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// `?review=1`: blocks annotated and outlined by status, focusable, with the page's problems.
@Suite(.serialized) struct ServerTranslatorViewTests {
    @Test func annotatedBlocksAreMadeFocusableByteForByteAsAStringReplaceWould() {
        let pages = ["<p data-unit=\"a\">x</p>", "<p data-unit=\"a\">Å</p><li data-unit=\"b\">ب data-unit</li> data-unit=\"",
                     "no units here", "", " data-unit=", "<p  data-unit=\"c\"> data-unit=\"d\"</p>"]
        for page in pages {
            let expected = page.replacingOccurrences(of: " data-unit=\"", with: " tabindex=\"0\" data-unit=\"")
            #expect(String(decoding: Rebuilder.focusable("a/index.html", Data(page.utf8)), as: UTF8.self) == expected)
        }
        #expect(Rebuilder.focusable("style.css", Data(pages[0].utf8)) == Data(pages[0].utf8))
    }

    @Test func reviewQueryServesTheAnnotatedPageWithItsProblems() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let reply = try await server.get("/en/topics/back/?review=1")
            #expect(reply.status == 200)
            #expect(reply.headers["set-cookie"]?.hasPrefix("tolk-review=1;") == true)
            // Imported as `translated`: below reviewed, so every block is marked for review.
            #expect(reply.text.contains("tabindex=\"0\" data-unit=\""))
            #expect(reply.text.contains("data-status=\"unreviewed\""))
            #expect(reply.text.contains("title=\"Ryggsmerter er vanlige. Les mer på helsenorge.no.\"") || reply.text.contains("title=\"Ryggsmerter er"))
            #expect(reply.text.contains("[data-status=missing]"))
            #expect(reply.text.contains("<aside class=\"tolk-review\""))
            #expect(reply.text.contains("Locales/en/topics/back.xlf"))
            #expect(reply.text.contains("?review=0"))

            // The cookie keeps the view while following links; without it, the reader's view.
            let followed = try await server.get("/en/exercises/chin/", headers: ["Cookie": "tolk-review=1"])
            #expect(followed.text.contains("data-unit="))
            let reader = try await server.get("/en/topics/back/")
            #expect(!reader.text.contains("data-unit="))
            #expect(!reader.text.contains("tolk-review\""))
            let off = try await server.get("/en/topics/back/?review=0", headers: ["Cookie": "tolk-review=1"])
            #expect(!off.text.contains("data-unit="))
            #expect(off.headers["set-cookie"]?.contains("Max-Age=0") == true)
        }
    }

    @Test func withheldPagesAreShownWithTheirMissingBlocks() async throws {
        let project = try SiteFixture.make()
        try await withServer(project) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            _ = try await server.get("/en/?review=1")
            try server.save("Content/topics/back.md", ServerLiveReloadTests.editedTopic)
            try await waitUntil("a reload of the page in the translator view") { events.reloaded("/en/topics/back/") }
            #expect(try await server.get("/en/topics/back/").text.contains("<meta name=\"robots\" content=\"noindex\">"))
            let review = try await server.get("/en/topics/back/", headers: ["Cookie": "tolk-review=1"])
            #expect(review.status == 200)
            // The edited paragraph is stale before sync, as sync will mark it: its old translation
            // is paired with the new source, and the panel shows the words that changed.
            #expect(review.text.contains("data-status=\"stale\""))
            #expect(!review.text.contains("data-status=\"missing\""))
            #expect(review.text.contains("not published in en yet"))
            #expect(review.text.contains("[stale]"))
            #expect(review.text.contains("<ins>svært</ins>"))
            #expect(!review.text.contains("[unknown-unit]"))
            let index = try await server.get("/en/", headers: ["Cookie": "tolk-review=1"])
            #expect(index.text.contains("<a href=\"topics/back/\">topics/back/</a>"))
        }
    }
}
