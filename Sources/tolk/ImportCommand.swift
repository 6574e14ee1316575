import ArgumentParser
import Foundation
import TolkKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import translated copies of source files (same structure) as a language's translations.",
        discussion: """
            For a leaflet that was already translated outside Tolk: put the translated files in a folder that mirrors the \
            project (Content/topics/<slug>.md, Content/exercises/<slug>.yml, Site/strings.yml), with the same headings, \
            paragraphs, list items and fields in the same order as the Norwegian source. Each block becomes the target of the \
            matching unit. Files whose structure differs are reported and nothing is written.

            Example:
              tolk import --lang pl --from ~/leaflets-pl --state translated
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the translated copies.", valueName: "tag"))
    var language: String

    @Option(help: ArgumentHelp("The folder with the translated copies.", valueName: "dir"))
    var from: String

    @Option(help: "The state to give the imported units: translated, reviewed or final.")
    var state: String = "translated"

    func run() throws {
        let console = Console()
        let loaded = try project.load(console: console)
        let writes = ProjectWrites(root: loaded.root, console: console)
        try validateLanguages([language], in: loaded)
        guard let importState = TranslationState(rawValue: state), importState != .initial else {
            throw ValidationError("--state must be translated, reviewed or final, not `\(state)`.")
        }
        let result = TranslationImport.run(loaded, language: language, from: URL(fileURLWithPath: from), state: importState)
        console.print(result.diagnostics)
        guard let imported = result.value else { throw ExitCode.failure }
        for file in imported.files where file.changed {
            try writes.write(file.text, to: file.path)
            console.out("imported \(file.path): \(file.kept) units")
        }
        console.out("Imported \(imported.files.count) file(s) into \(language).")
    }
}
