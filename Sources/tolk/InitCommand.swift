import ArgumentParser
import Foundation
import TolkKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a small working Tolk project (Norwegian source, English translation).",
        discussion: """
            Writes Site/site.yml, Site/strings.yml, one topic, one exercise with its illustration, and reviewed English \
            translations in Locales/en/, so that `tolk sync`, `tolk check` and `tolk build` work at once. The folder must be \
            empty or not exist yet. When git is installed and the folder is not inside a git repository, it is made one: \
            handouts print the date of each page's last commit.

            Next: add a language to `languages` in Site/site.yml and run `tolk sync`.
            """
    )

    @Argument(help: ArgumentHelp("The folder to create the project in.", valueName: "dir"))
    var directory: String

    func run() throws {
        let console = Console()
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        if !existing.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw ValidationError("\(directory) is not empty; `tolk init` only writes into an empty or new folder, so nothing of yours is overwritten.")
        }
        let files = ProjectInitializer.files()
        console.print(files.diagnostics)
        if files.diagnostics.hasErrors { throw ExitCode.failure }
        for (path, text) in files.value.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.write(text, to: root.appendingPathComponent(path))
        }
        console.out("Created a Tolk project in \(directory) (\(files.value.count) files).")
        switch ProjectRepository.initialize(at: root) {
        case .created:
            console.out("Made it a git repository: handouts print the date of each page's last commit, so commit your changes (git add -A && git commit).")
        case .insideRepository:
            break
        case .gitMissing:
            console.out("git is not installed: handouts print a date only for a project in git.")
        case .failed(let message):
            console.out("Could not make it a git repository (\(message)): handouts print a date only for a project in git.")
        }
        console.out("Next: cd \(directory) && tolk check")
    }
}
