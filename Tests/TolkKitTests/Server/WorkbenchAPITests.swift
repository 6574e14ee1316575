import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// The workbench API on a real loopback port: every step compares the .xlf file on disk exactly.
@Suite(.serialized) struct WorkbenchAPITests {
    static let file = "Locales/en/topics/back.xlf"
    static let path = "/en/topics/back/"
    static let oldTarget = #"<target>Back pain is <pc id="1" type="fmt" subType="xlf:b">common</pc>. Read more at <pc id="2" type="link" dataRefStart="d2" dataRefEnd="d2e">helsenorge.no</pc>.</target>"#
    static let newTarget = #"<target>Back pain is <pc id="1" type="fmt" subType="xlf:b">very common</pc>. Read more at <pc id="2" type="link" dataRefStart="d2" dataRefEnd="d2e">helsenorge.no</pc>.</target>"#
    static let newMarkup = #"Back pain is <pc id="1">very common</pc>. Read more at <pc id="2">helsenorge.no</pc>."#

    /// The paragraph's unit as the API gives it.
    static func paragraph(_ server: RunningServer) async throws -> [String: Any] {
        let units = try await server.page(path).json["units"] as? [[String: Any]] ?? []
        guard let unit = units.first(where: { $0["kind"] as? String == "paragraph" }) else { throw TestFailure("no paragraph") }
        return unit
    }

    @Test func pageListsTheUnitsWithSourceTargetStateAndVersion() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let page = try await server.page(Self.path)
            #expect(page.status == 200)
            #expect(page.json["language"] as? String == "en")
            #expect(page.json["direction"] as? String == "ltr")
            let unit = try await Self.paragraph(server)
            #expect(unit["file"] as? String == Self.file)
            #expect(unit["source"] as? String == #"Ryggsmerter er <pc id="1">vanlige</pc>. Les mer på <pc id="2">helsenorge.no</pc>."#)
            #expect(unit["target"] as? String == #"Back pain is <pc id="1">common</pc>. Read more at <pc id="2">helsenorge.no</pc>."#)
            #expect(unit["state"] as? String == "translated")
            #expect(unit["stale"] as? Bool == false)
            #expect((unit["version"] as? String)?.isEmpty == false)
            #expect((unit["problems"] as? [Any])?.isEmpty == true)
            let urdu = try await server.page("/ur/exercises/chin/")
            #expect(urdu.json["direction"] as? String == "rtl")
            #expect(try await server.page("/nb/topics/back/").status == 404)
            #expect(try await server.page("/en/topics/nothing/").status == 404)
        }
    }

    @Test func saveThenApproveThenChangeWritesExactlyThatUnit() async throws {
        try await withServer(try SiteFixture.make(), reviewer: "Kari Nordmann") { server in
            let original = try server.project.read(Self.file)
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            let unit = try await Self.paragraph(server)
            let id = try #require(unit["unit"] as? String)

            // Save: only the target line changes; the page reloads with the new text.
            let saved = try await server.postUnit(["file": Self.file, "unit": id, "target": Self.newMarkup, "version": unit["version"]!])
            #expect(saved.status == 200)
            #expect(saved.json["state"] as? String == "translated")
            #expect(saved.json["target"] as? String == Self.newMarkup)
            let afterSave = original.replacingOccurrences(of: Self.oldTarget, with: Self.newTarget)
            #expect(afterSave != original)
            #expect(try server.project.read(Self.file) == afterSave)
            #expect(saved.json["version"] as? String != unit["version"] as? String)
            try await waitUntil("a reload of the edited page") { events.reloaded(Self.path) }
            #expect(try await server.get(Self.path).text.contains("<strong>very common</strong>"))

            // Approve: state reviewed and a note with the reviewer and the time.
            let before = Date(timeIntervalSinceNow: -1)
            let approved = try await server.postUnit(["file": Self.file, "unit": id, "target": Self.newMarkup,
                                                      "state": "reviewed", "version": saved.json["version"]!])
            #expect(approved.status == 200)
            #expect(approved.json["state"] as? String == "reviewed")
            let text = try server.project.read(Self.file)
            let stamp = try #require(text.firstMatch(of: /Approved by Kari Nordmann on (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)/)?.1)
            let date = try #require(ISO8601DateFormatter().date(from: String(stamp)))
            #expect(date >= before.addingTimeInterval(-1) && date <= Date().addingTimeInterval(1))
            let approvedUnit = Self.unitText(afterSave, id: id)
                .replacingOccurrences(of: " state=\"translated\">", with: " state=\"reviewed\">")
                .replacingOccurrences(of: "</note>\n      </notes>", with: "</note>\n        <note category=\"review\">Approved by Kari Nordmann on \(stamp)</note>\n      </notes>")
            let afterApproval = afterSave.replacingOccurrences(of: Self.unitText(afterSave, id: id), with: approvedUnit)
            #expect(text == afterApproval)

            // A changed target after approval: back to translated, the approval note goes.
            let changed = try await server.postUnit(["file": Self.file, "unit": id, "target": Self.newMarkup.replacingOccurrences(of: "very", with: "quite"),
                                                     "state": "translated", "version": approved.json["version"]!])
            #expect(changed.status == 200)
            #expect(changed.json["state"] as? String == "translated")
            #expect(try server.project.read(Self.file) == afterSave.replacingOccurrences(of: ">very common<", with: ">quite common<"))
        }
    }

    @Test func aChangeOnDiskSinceTheVersionIsAConflictAndNothingIsWritten() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let unit = try await Self.paragraph(server)
            let id = try #require(unit["unit"] as? String)
            // A CAT tool (or git pull) changes the same unit while the page is open.
            let theirs = try server.project.read(Self.file).replacingOccurrences(of: ">common<", with: ">frequent<")
            try server.save(Self.file, theirs)
            let reply = try await server.postUnit(["file": Self.file, "unit": id, "target": Self.newMarkup, "version": unit["version"]!])
            #expect(reply.status == 409)
            #expect((reply.json["current"] as? [String: Any])?["target"] as? String == Self.newMarkup.replacingOccurrences(of: "very common", with: "frequent"))
            #expect(try server.project.read(Self.file) == theirs)

            // Two editors: the second save, made against the version both opened, is refused.
            let fresh = try await Self.paragraph(server)
            let first = try await server.postUnit(["file": Self.file, "unit": id, "target": Self.newMarkup, "version": fresh["version"]!])
            #expect(first.status == 200)
            let written = try server.project.read(Self.file)
            let second = try await server.postUnit(["file": Self.file, "unit": id, "target": "Other.", "version": fresh["version"]!])
            #expect(second.status == 409)
            #expect(try server.project.read(Self.file) == written)
        }
    }

    @Test func writesWithoutTheTokenFromAnotherOriginOrHostOrNotJSONAreRefused() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let original = try server.project.read(Self.file)
            let unit = try await Self.paragraph(server)
            let body: [String: Any] = ["file": Self.file, "unit": unit["unit"]!, "target": Self.newMarkup, "version": unit["version"]!]
            let refusals: [(String, [String: String], Int)] = [
                ("no token", ["X-Tolk-Token": ""], 403),
                ("a wrong token", ["X-Tolk-Token": "0123456789abcdef0123456789abcdef"], 403),
                ("another page's Origin", ["Origin": "http://evil.example"], 403),
                ("another port's Origin", ["Origin": "http://127.0.0.1:1"], 403),
                ("a cross-site fetch", ["Sec-Fetch-Site": "cross-site"], 403),
                ("a rebinding DNS name as Host", ["Host": "evil.example:\(server.port)", "Origin": "http://evil.example:\(server.port)"], 403),
                ("another port as Host", ["Host": "127.0.0.1:1"], 403),
                ("a form post", ["Content-Type": "application/x-www-form-urlencoded"], 415),
                ("text/plain", ["Content-Type": "text/plain"], 415),
            ]
            for (what, headers, status) in refusals {
                let reply = try await server.postUnit(body, headers: headers)
                #expect(reply.status == status, "\(what)")
                #expect(reply.json["error"] is String, "\(what)")
            }
            // Reading is refused to a foreign Host too (DNS rebinding).
            #expect(try await server.page(Self.path, headers: ["Host": "evil.example:\(server.port)"]).status == 403)
            // Only the project's translation files can be written, whatever the path says.
            let site = try server.project.read("Site/site.yml")
            for file in ["Site/site.yml", "Locales/en/../../Site/site.yml", "/etc/passwd", "Locales/en/topics/other.xlf"] {
                var elsewhere = body
                elsewhere["file"] = file
                #expect(try await server.postUnit(elsewhere).status == 404, "\(file)")
            }
            #expect(try server.project.read("Site/site.yml") == site)
            // Malformed codes: 400, nothing written.
            for target in [#"<b>Back</b> pain."#, #"Back <pc id="9">pain</pc>."#, #"Back <ph id="1"/>."#, #"<pc id="1">Back"#,
                           #"<pc id="1">a</pc><pc id="1">b</pc>"#, "Back & pain"] {
                var malformed = body
                malformed["target"] = target
                let reply = try await server.postUnit(malformed)
                #expect(reply.status == 400, "\(target)")
            }
            var notJSON = try await server.postUnit(body, headers: ["Content-Type": "application/json"])
            #expect(notJSON.status == 200)
            notJSON = try await RawHTTP.send(port: server.port, "POST", "/_tolk/api/unit", headers: [
                "Content-Type": "application/json", "X-Tolk-Token": server.editToken], body: "{not json").status == 400 ? (400, [:]) : (0, [:])
            #expect(notJSON.status == 400)
            #expect(try server.project.read(Self.file) == original.replacingOccurrences(of: Self.oldTarget, with: Self.newTarget))
        }
    }

    @Test func aTargetWithProblemsIsSavedAndTheProblemsAnswer() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let units = try await server.page(Self.path).json["units"] as? [[String: Any]] ?? []
            let item = try #require(units.first { ($0["source"] as? String)?.contains("113") == true })
            let reply = try await server.postUnit(["file": Self.file, "unit": item["unit"]!, "target": "Call 112 in danger.", "version": item["version"]!])
            #expect(reply.status == 200)
            let checks = (reply.json["problems"] as? [[String: Any]] ?? []).compactMap { $0["check"] as? String }
            // 113 is a phone number: `urls` compares them.
            #expect(checks.contains("urls"))
            #expect(try server.project.read(Self.file).contains("<target>Call 112 in danger.</target>"))
            // The safety rules keep it off the site: the page is withheld.
            try await waitUntil("the page is withheld") { try await server.get(Self.path).text.contains("noindex") }
        }
    }

    @Test func reviewPagesCarryTheTokenAndTheEditorReaderPagesDoNot() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let review = try await server.get("\(Self.path)?review=1").text
            let head = try #require(review.components(separatedBy: "</head>").first)
            #expect(head.contains("<meta name=\"tolk-token\" content=\"\(server.editToken)\">"))
            #expect(review.contains("<script src=\"/_tolk/workbench.js\" defer></script>"))
            let reader = try await server.get(Self.path).text
            #expect(!reader.contains("tolk-token"))
            #expect(!reader.contains("workbench.js"))
            let script = try await server.get("/_tolk/workbench.js")
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        }
    }

    @Test func theTranslatorViewShowsTranslationsBelowTheMinimumStateInPlace() async throws {
        let site = SiteFixture.site.replacingOccurrences(of: "min_state: translated", with: "min_state: reviewed")
        try await withServer(try SiteFixture.make(site: site)) { server in
            // Withheld from readers until reviewed, but a reviewer reads the translation in the page.
            #expect(try await server.get(Self.path).text.contains("<meta name=\"robots\" content=\"noindex\">"))
            let review = try await server.get("\(Self.path)?review=1").text
            #expect(review.contains("<strong>common</strong>"))
            #expect(review.contains("data-status=\"unreviewed\""))
            #expect(!review.contains("<strong>vanlige</strong>"))
        }
    }

    @Test func editingIsOffOnOtherAddressesUnlessAllowed() {
        let root = URL(fileURLWithPath: "/nonexistent")
        #expect(PreviewConfiguration(root: root).editsEnabled)
        #expect(!PreviewConfiguration(root: root, host: "0.0.0.0").editsEnabled)
        #expect(!PreviewConfiguration(root: root, host: "192.168.1.20").editsEnabled)
        #expect(PreviewConfiguration(root: root, host: "0.0.0.0", allowEdits: true).editsEnabled)
        let guardian = EditGuard(token: "t", configuration: PreviewConfiguration(root: root), port: Locked(8000))
        #expect(guardian.isOwn("127.0.0.1:8000"))
        #expect(guardian.isOwn("localhost:8000"))
        #expect(guardian.isOwn("[::1]:8000"))
        #expect(!guardian.isOwn("127.0.0.1:8001"))
        #expect(!guardian.isOwn("127.0.0.1"))
        #expect(!guardian.isOwn("attacker.example:8000"))
        #expect(!guardian.isOwn("127.0.0.1.nip.io:8000"))
    }

    /// The lines of one unit in a file written by sync.
    static func unitText(_ text: String, id: String) -> String {
        guard let start = text.range(of: "    <unit id=\"\(id)\""),
              let end = text.range(of: "    </unit>\n", range: start.upperBound..<text.endIndex) else { return "" }
        return String(text[start.lowerBound..<end.upperBound])
    }
}
