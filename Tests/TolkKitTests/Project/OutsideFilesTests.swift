import Foundation
import Testing
@testable import TolkKit

/// A file outside the project, with a marker string, never reaches any output: not through
/// `..`, an absolute path or a symbolic link, not in the build, not in `tolk handout`, not
/// as text and not as base64.
@Suite struct OutsideFilesTests {
    static let marker = "TOLK-OUTSIDE-MARKER-7f3a9c"

    /// The marker as it could appear in any output: as text, or base64 at any of the three alignments.
    static let forms: [String] = {
        let bytes = Array(marker.utf8)
        let shifted = (0..<3).map { Data(bytes.dropFirst($0)).base64EncodedString() }
        // The last four characters depend on what follows the marker; leave them out.
        return [marker, Data(bytes).base64EncodedString()] + shifted.map { String($0.dropLast(4)) }
    }()

    /// The outside file, beside the project folder.
    func outside(_ project: TemporaryProject) throws -> URL {
        let url = project.root.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).svg")
        try Data(Self.marker.utf8).write(to: url)
        return url
    }

    func link(_ path: String, to target: URL, in project: TemporaryProject) throws {
        let url = project.root.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
    }

    /// Every regular file below a folder (links are not followed: they are the bait, not output).
    func leaks(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        for case let relative as String in enumerator {
            let path = folder.appendingPathComponent(relative).path
            guard !ProjectPath.isSymbolicLink(path), let data = FileManager.default.contents(atPath: path) else { continue }
            if leaks(String(decoding: data, as: UTF8.self)) { found.append(relative) }
        }
        return found
    }

    func leaks(_ text: String) -> Bool { Self.forms.contains { text.contains($0) } }

    @Test func theCommandsRefuseAndWriteNothingFromOutside() throws {
        let project = try HandoutFixture.make()
        let secret = try outside(project)
        let escape = "../" + String(repeating: "../", count: project.root.pathComponents.count) + secret.path.dropFirst()
        try project.write("Content/exercises/chin.yml", SiteFixture.exercise.replacingOccurrences(of: "images/chin.svg", with: escape))
        try link("Content/images/leak.svg", to: secret, in: project)
        try link("Site/assets/leak.css", to: secret, in: project)
        try project.write("Content/topics/back.md", SiteFixture.topic + "\n![Bilde](images/leak.svg)\n")
        let handout = project.root.appendingPathComponent("out/program.html")
        for arguments in [["check"], ["build"], ["handout", "--lang", "en", "--exercise", "chin", "--output", handout.path]] {
            let result = try TolkBinary.run(arguments, in: project.root)
            #expect(result.status == 1, "tolk \(arguments[0]): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("[path]") || result.stderr.contains("[path]"), "tolk \(arguments[0]) names the path problem")
            #expect(!leaks(result.stdout + result.stderr))
        }
        #expect(leaks(in: project.root) == [])
    }

    @Test func theRenderersDoNotReadALinkMadeAfterLoading() throws {
        // Loaded clean, then the image is swapped for a link outside: the copier and the handout
        // that embeds images still refuse it.
        let project = try HandoutFixture.make()
        let prepared = try HandoutFixture.prepare(project)
        let secret = try outside(project)
        try link("Content/images/chin.svg", to: secret, in: project)
        try link("Content/images/leak.svg", to: secret, in: project)
        let tree = OutputTree()
        try SiteRenderer(site: prepared.site, theme: prepared.theme).render(into: tree)
        #expect(tree.files.isEmpty == false)
        #expect(tree.files.filter { leaks(String(decoding: $0.value, as: UTF8.self)) }.map(\.key) == [])
        #expect(tree.files["images/leak.svg"] == nil && tree.files["images/chin.svg"] == nil)
        let entries = [try ExerciseProgram.Entry.parse("chin").get()]
        let html = try #require(ProgramHandout.render(ExerciseProgram(language: "en", bilingual: false, entries: entries), prepared: prepared).value)
        #expect(!leaks(html))
    }
}
