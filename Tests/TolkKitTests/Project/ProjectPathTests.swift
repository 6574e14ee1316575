import Foundation
import Testing
@testable import TolkKit

/// Paths that content names stay inside the project: `..`, absolute paths and symbolic links
/// that lead out are `path` errors where the path is written, and nothing outside is read.
@Suite struct ProjectPathTests {
    static let alt = "image_alt: Person som trekker haken bakover.\n"

    func exercise(image: String) -> String {
        "title: Haketrekk\nimage: \(image)\n\(Self.alt)steps:\n  - Trekk haken bakover.\n"
    }

    func topic(_ body: String) -> String { "---\ntitle: Rygg\n---\n\n\(body)\n" }

    /// A file outside the project (beside its folder), returning its URL.
    func outsideFile(of project: TemporaryProject, named name: String = "outside-\(UUID().uuidString).svg",
                     text: String = "<svg>outside</svg>") throws -> URL {
        let url = project.root.deletingLastPathComponent().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func link(_ path: String, to target: URL, in project: TemporaryProject) throws {
        let url = project.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
    }

    func errors(_ project: TemporaryProject) -> [String] {
        let loaded = ProjectLoader.load(at: project.root)
        return loaded.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "-"): [\($0.check)] \($0.message)" }
    }

    // MARK: Exercise image

    @Test func anExerciseImageThatClimbsOutIsAPathError() throws {
        let project = try TemporaryProject(["Content/exercises/chin.yml": exercise(image: "../../../../etc/passwd")])
        #expect(errors(project) == [
            "Content/exercises/chin.yml:2:8: [path] the image `../../../../etc/passwd` climbs out of Content/ with `..`; Tolk only reads files inside Content/",
        ])
    }

    @Test func anExerciseImageWithAnAbsolutePathIsAPathError() throws {
        let project = try TemporaryProject(["Content/exercises/chin.yml": exercise(image: "/etc/passwd")])
        #expect(errors(project) == [
            "Content/exercises/chin.yml:2:8: [path] the image `/etc/passwd` is an absolute path; Tolk only reads files inside Content/",
        ])
    }

    @Test func anExerciseImageThatIsALinkOutsideIsAPathError() throws {
        let project = try TemporaryProject(["Content/exercises/chin.yml": exercise(image: "images/chin.svg")])
        try link("Content/images/chin.svg", to: try outsideFile(of: project), in: project)
        #expect(errors(project) == [
            "Content/exercises/chin.yml:2:8: [path] the image `images/chin.svg` is a symbolic link to a file outside Content/, which Tolk does not read",
            "Content/images/chin.svg:1:1: [path] the image `Content/images/chin.svg` is a symbolic link to a file outside Content/, which Tolk does not read",
        ])
    }

    @Test func aLinkedFolderIsJudgedByWhereItLeads() throws {
        // `Content-old` starts with the same letters as `Content`: only whole components count.
        let project = try TemporaryProject(["Content/exercises/chin.yml": exercise(image: "images/chin.svg"),
                                            "Content-old/chin.svg": "<svg/>"])
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Content/images"), withIntermediateDirectories: true)
        try link("Content/images/chin.svg", to: project.root.appendingPathComponent("Content-old/chin.svg"), in: project)
        #expect(errors(project).first == "Content/exercises/chin.yml:2:8: [path] the image `images/chin.svg` is a symbolic link to a file outside Content/, which Tolk does not read")
        // A link that stays inside `Content/` is fine.
        let inside = try TemporaryProject(["Content/exercises/chin.yml": exercise(image: "images/chin.svg"), "Content/art/chin.svg": "<svg/>"])
        try link("Content/images/chin.svg", to: inside.root.appendingPathComponent("Content/art/chin.svg"), in: inside)
        #expect(errors(inside) == [])
    }

    @Test func anExerciseImageNeedsItsDescription() throws {
        let project = try TemporaryProject([
            "Content/exercises/chin.yml": "title: Haketrekk\nimage: images/chin.svg\nsteps:\n  - Trekk haken bakover.\n",
            "Content/images/chin.svg": "<svg/>",
        ])
        #expect(errors(project) == ["Content/exercises/chin.yml:2:8: [exercise] the exercise has an `image` but no `image_alt`"])
    }

    @Test func aMissingImageIsReportedAtItsPath() throws {
        let project = try TemporaryProject(["Content/exercises/chin.yml": exercise(image: "images/nope.svg")])
        #expect(errors(project) == ["Content/exercises/chin.yml:2:8: [exercise] the image `images/nope.svg` does not exist (looked for Content/images/nope.svg)"])
    }

    // MARK: Markdown

    @Test func markdownImagesStayInsideContent() throws {
        let project = try TemporaryProject(["Content/topics/back.md": topic(
            "Se ![bilde](../../secret.svg).\n\nOg ![bilde](/etc/passwd).\n\nOg ![bilde](images/linked.svg) og ![bilde](images/ok.svg) og ![bilde](https://example.org/a.svg).")])
        try link("Content/images/linked.svg", to: try outsideFile(of: project), in: project)
        try project.write("Content/images/ok.svg", "<svg/>")
        #expect(errors(project) == [
            "Content/topics/back.md:5:4: [path] the image `../../secret.svg` climbs out of Content/ with `..`; Tolk only reads files inside Content/",
            "Content/topics/back.md:7:4: [path] the image `/etc/passwd` is an absolute path; Tolk only reads files inside Content/",
            "Content/topics/back.md:9:4: [path] the image `images/linked.svg` is a symbolic link to a file outside Content/, which Tolk does not read",
            "Content/images/linked.svg:1:1: [path] the image `Content/images/linked.svg` is a symbolic link to a file outside Content/, which Tolk does not read",
        ])
    }

    @Test func localLinksStayInsideTheSite() throws {
        let project = try TemporaryProject(["Content/topics/back.md": topic(
            "Les [nakke](../neck/), [øvelsen](../../exercises/chin/), [her](#mer) og [helsenorge](https://www.helsenorge.no/).\n\n"
                + "Ikke [dette](../../../../etc/passwd) eller [dette](/etc/passwd) eller [dette](%2e%2e/%2e%2e/%2e%2e/%2e%2e/x).")])
        #expect(errors(project) == [
            "Content/topics/back.md:7:6: [path] the link `../../../../etc/passwd` climbs out of the site with `..`",
            "Content/topics/back.md:7:44: [path] the link `/etc/passwd` is an absolute path; it would lead outside the site",
            "Content/topics/back.md:7:71: [path] the link `%2e%2e/%2e%2e/%2e%2e/%2e%2e/x` climbs out of the site with `..`",
        ])
    }

    // MARK: Theme and copied folders

    @Test func themeFilesThatLinkOutsideAreErrorsAndNeverRead() throws {
        let project = try TemporaryProject([:])
        let outside = try outsideFile(of: project, text: "body { color: red }")
        try link("Site/assets/style.css", to: outside, in: project)
        try link("Site/templates/layout.mustache", to: outside, in: project)
        #expect(errors(project) == [
            "Site/templates/layout.mustache:1:1: [path] the template `Site/templates/layout.mustache` is a symbolic link to a file outside Site/, which Tolk does not read",
            "Site/assets/style.css:1:1: [path] the theme file `Site/assets/style.css` is a symbolic link to a file outside Site/, which Tolk does not read",
        ])
        let theme = Theme.load(projectRoot: project.root)
        #expect(theme.value == nil)
        #expect(theme.diagnostics.map(\.description).first?.hasPrefix(
            "Site/templates/layout.mustache:1:1: error: [path] the template `Site/templates/layout.mustache` is a symbolic link") == true)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Site/templates/layout.mustache"))
        let assets = try #require(Theme.load(projectRoot: project.root).value).assets
        // The default theme's stylesheet, not the file outside.
        #expect(assets["style.css"].map { String(decoding: $0, as: UTF8.self) } != "body { color: red }")
        #expect(assets["style.css"] != nil)
    }

    @Test func pathsAreNormalizedByComponents() {
        #expect(ProjectPath.normalize("images/./a/../b.svg") == .success(["images", "b.svg"]))
        #expect(ProjectPath.normalize("images/../../b.svg") == .failure(.escapes))
        #expect(ProjectPath.normalize("images\\..\\..\\b.svg") == .failure(.escapes))
        #expect(ProjectPath.normalize("%2E%2E/b.svg") == .failure(.escapes))
        #expect(ProjectPath.normalize("~/b.svg") == .failure(.absolute))
        #expect(ProjectPath.normalize("%2Fetc/passwd") == .failure(.absolute))
        #expect(ProjectPath.normalize("../../x", base: ["nb", "topics", "back"]) == .success(["nb", "x"]))
    }

    @Test func aPathThatDoesNotExistMayNotClimbEither() throws {
        let project = try TemporaryProject(["Content/images/a.svg": "<svg/>"])
        let content = project.root.appendingPathComponent("Content")
        #expect(ProjectPath.isInside(content.appendingPathComponent("images/a.svg"), folder: content))
        #expect(ProjectPath.isInside(content.appendingPathComponent("images/new.svg"), folder: content))
        #expect(!ProjectPath.isInside(content.appendingPathComponent("nope/../../Site/site.yml"), folder: content))
        #expect(!ProjectPath.isInside(project.root.appendingPathComponent("Content-old/a.svg"), folder: content))
    }
}
