import Foundation
import Testing
@testable import TolkKit

/// End-to-end: an editor's typo fix, with and without `tolk sync --keep-translations`.
@Suite struct KeepTranslationsCLITests {
    func initProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-cli-\(UUID().uuidString)")
        let created = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(created.status == 0, "\(created.stderr)")
        return folder
    }

    func edit(_ folder: URL, _ old: String, _ new: String) throws {
        let topic = folder.appendingPathComponent("Content/topics/back-pain.md")
        let text = try String(contentsOf: topic, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: topic)
    }

    @Test func keepTranslationsFlow() throws {
        let folder = try initProject()
        let xlf = folder.appendingPathComponent("Locales/en/topics/back-pain.xlf")

        let wrong = try TolkBinary.run(["sync", "--keep-translations", "Content/topics/nope.md"], in: folder)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("`Content/topics/nope.md` is not a source file of this project"), "\(wrong.stderr)")
        #expect(try TolkBinary.run(["sync", "--keep-translations", "Site/site.yml"], in: folder).status == 2)

        // A whitespace-only edit: check and build find nothing stale, before and after sync.
        try edit(folder, "- Hold deg i aktivitet.", "-   Hold  deg i aktivitet. ")
        #expect(try TolkBinary.run(["check"], in: folder).status == 0)
        let quiet = try TolkBinary.run(["sync"], in: folder)
        #expect(quiet.stdout.contains("0 changed in the source (stale)"), "\(quiet.stdout)")

        // A typo fix: kept on request.
        try edit(folder, "De fleste får vondt", "De aller fleste får vondt")
        let before = try Data(contentsOf: xlf)
        let dry = try TolkBinary.run(["sync", "--keep-translations", "Content/topics/back-pain.md", "--dry-run"], in: folder)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would keep the translation of Content/topics/back-pain.md unit p-"), "\(dry.stdout)")
        #expect(dry.stdout.contains("the source was \"De fleste får vondt i ryggen en gang i livet. Det er sjelden farlig.\""))
        #expect(try Data(contentsOf: xlf) == before)

        // From another folder, with the path as the shell completes it.
        let topic = folder.appendingPathComponent("Content/topics/back-pain.md").path
        let sync = try TolkBinary.run(["sync", "--project", folder.path, "--keep-translations", topic], in: FileManager.default.temporaryDirectory)
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("1 changed with the translation kept"), "\(sync.stdout)")
        #expect(sync.stdout.contains("kept the translation of Content/topics/back-pain.md unit p-"))
        let written = try String(contentsOf: xlf, encoding: .utf8)
        #expect(written.contains("<note category=\"tolk:kept-translation\">The source changed on "))
        #expect(written.contains("The source was: De fleste får vondt i ryggen en gang i livet. Det er sjelden farlig.</note>"))
        #expect(!written.contains("tolk:stale"))

        let check = try TolkBinary.run(["check"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("warning: [kept-translation]"), "\(check.stdout)")
        let json = try TolkBinary.run(["check", "--format", "json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.contains { $0["check"] as? String == "kept-translation" && $0["severity"] as? String == "warning" })

        let build = try TolkBinary.run(["build"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("_site/en/topics/back-pain/index.html"), encoding: .utf8)
        #expect(page.contains("Most people get back pain"))

        // The same edit without the option goes stale, as before.
        try edit(folder, "De aller fleste får vondt", "Nesten alle får vondt")
        let stale = try TolkBinary.run(["sync"], in: folder)
        #expect(stale.stdout.contains("1 changed in the source (stale)"), "\(stale.stdout)")
        #expect(!(try String(contentsOf: xlf, encoding: .utf8)).contains("tolk:kept-translation"))
    }

    @Test func helpExplainsKeepTranslations() throws {
        let help = try TolkBinary.run(["sync", "--help"], in: FileManager.default.temporaryDirectory)
        #expect(help.stdout.contains("--keep-translations"))
        #expect(help.stdout.contains("tolk:kept-translation"))
    }
}
