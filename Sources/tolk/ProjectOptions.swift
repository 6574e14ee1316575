import ArgumentParser
import Foundation
import TolkKit

/// `--project DIR`, shared by the commands that work on a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: ArgumentHelp("The project folder (holding Site/site.yml).", valueName: "dir"))
    var path: String = "."

    var root: URL { URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL }

    /// Loads the project, printing its diagnostics; exits 1 when it cannot be used.
    /// With `profile`, the project as that clinic publishes it (`Project.forProfile`).
    func load(console: Console, profile: String? = nil) throws -> Project {
        let loaded = profile.map { ProjectLoader.load(at: root, profile: $0) } ?? ProjectLoader.load(at: root)
        console.print(loaded.diagnostics)
        guard let project = loaded.value else { throw ExitCode.failure }
        return project
    }
}

/// Checks `--lang` values against the site's target languages; a wrong one is a usage error.
func validateLanguages(_ languages: [String], in project: Project) throws {
    let known = project.config.targetLanguages.map(\.tag)
    for language in languages where !known.contains(language) {
        throw ValidationError("`\(language)` is not a target language of this site (it has: \(known.joined(separator: ", "))). Add it to `languages` in Site/site.yml first.")
    }
}
