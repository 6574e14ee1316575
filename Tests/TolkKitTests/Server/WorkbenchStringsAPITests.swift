import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// Interface strings and plural forms through the workbench API on a real loopback port: the
/// translator view marks them, the page endpoint lists them, and a save writes exactly those
/// units of `Locales/<lang>/strings.xlf`.
@Suite(.serialized) struct WorkbenchStringsAPITests {
    static let file = "Locales/en/strings.xlf"
    static let path = "/en/exercises/chin/"

    static func strings(_ server: RunningServer) async throws -> [[String: Any]] {
        let page = try await server.page(Self.path)
        #expect(page.status == 200)
        return page.json["strings"] as? [[String: Any]] ?? []
    }

    static func string(_ id: String, in strings: [[String: Any]]) throws -> [String: Any] {
        guard let unit = strings.first(where: { $0["unit"] as? String == id }) else { throw TestFailure("no string \(id)") }
        return unit
    }

    @Test func theTranslatorViewMarksStringsAndThePublishedSiteDoesNot() async throws {
        let project = try SiteFixture.make()
        try await withServer(project) { server in
            let review = try await server.get(Self.path + "?review=1")
            #expect(review.text.contains(#"<span data-tolk-string="steps">How to do it</span>"#))
            #expect(review.text.contains(#"data-tolk-string="print""#))
            let published = try SiteFixture.render(project)
            let page = try #require(published.text("en/exercises/chin/index.html"))
            #expect(page.contains("How to do it"))
            #expect(!page.contains("data-tolk-string"))
        }
    }

    @Test func aStringSaveWritesThatUnitOfStringsXLF() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let original = try server.project.read(Self.file)
            let steps = try Self.string("steps", in: try await Self.strings(server))
            #expect(steps["file"] as? String == Self.file)
            #expect(steps["source"] as? String == "Slik gjør du")
            #expect(steps["target"] as? String == "How to do it")
            #expect(steps["plural"] is NSNull)
            let saved = try await server.postUnit(["file": Self.file, "unit": "steps", "target": "How to do the exercise", "version": steps["version"]!])
            #expect(saved.status == 200)
            #expect(saved.json["target"] as? String == "How to do the exercise")
            #expect((saved.json["problems"] as? [Any]) != nil)
            let expected = original.replacingOccurrences(of: "<target>How to do it</target>", with: "<target>How to do the exercise</target>")
            #expect(expected != original)
            #expect(try server.project.read(Self.file) == expected)
        }
    }

    @Test func aPluralSaveWritesEachFormAndChecksAnswer() async throws {
        try await withServer(try SiteFixture.make()) { server in
            let original = try server.project.read(Self.file)
            let strings = try await Self.strings(server)
            let one = try Self.string("repetitions.one", in: strings), other = try Self.string("repetitions.other", in: strings)
            #expect((one["plural"] as? [String: Any])?["key"] as? String == "repetitions")
            #expect((one["plural"] as? [String: Any])?["category"] as? String == "one")
            #expect((one["plural"] as? [String: Any])?["examples"] as? String == "e.g. 1")
            #expect((other["plural"] as? [String: Any])?["examples"] as? String == "e.g. 0, 2, 3, 4, 5")
            #expect(other["target"] as? String == #"<ph id="1"/> repetitions"#)
            let count = #"<ph id="1" type="ui" subType="xlf:var" disp="{count}" dataRef="d1"/>"#

            let savedOne = try await server.postUnit(["file": Self.file, "unit": "repetitions.one", "target": #"<ph id="1"/> time"#, "version": one["version"]!])
            #expect(savedOne.status == 200)
            // The other form without its {count}: saved (the work is never lost), and the check says what is wrong.
            let savedOther = try await server.postUnit(["file": Self.file, "unit": "repetitions.other", "target": "many times", "version": other["version"]!])
            #expect(savedOther.status == 200)
            let problems = savedOther.json["problems"] as? [[String: Any]] ?? []
            #expect(problems.contains { ($0["message"] as? String)?.contains("{count}") == true })

            let expected = original
                .replacingOccurrences(of: "<target>\(count) repetition</target>", with: "<target>\(count) time</target>")
                .replacingOccurrences(of: "<target>\(count) repetitions</target>", with: "<target>many times</target>")
            #expect(expected.components(separatedBy: "<target>").count == original.components(separatedBy: "<target>").count)
            #expect(expected != original)
            #expect(try server.project.read(Self.file) == expected)
        }
    }
}
