import ArgumentParser
import Foundation
import TolkKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a returned translation kit (XLIFF 2.x, XLIFF 1.2, PO, a folder or a .zip) into a language, or import translated copies of source files.",
        discussion: """
            Returned kits (tolk import --lang L KIT...):
              Takes back what a translator returns from a kit made by `tolk export`: .xlf and .po files, the folder \
            they are in, or a .zip of them. The format is told from each file's content, not its name. Each unit is \
            merged by its id into Locales/L/, and checked as `tolk check` checks it (codes, numbers, URLs, raw HTML...): \
            a unit with an error keeps what it had and is reported. If any file cannot be read, nothing is written.

              - A unit whose Norwegian source changed while the kit was out comes in stale, never as current.
              - States: XLIFF 1.2 translated → translated, signed-off or approved="yes" → reviewed, final → final, \
            needs-… → not confirmed; XLIFF 2 states as they are; PO fuzzy → not confirmed. Never above what the file says.
              - A target that differs from what the kit sent counts as translated even if the tool left the state as it \
            was (OmegaT does); a target equal to what was sent (the source copy, the unchanged previous translation) \
            changes nothing.

            Translated copies of source files (tolk import --lang L --from DIR [--state S]):
              For a leaflet translated outside Tolk: DIR mirrors the project (Content/topics/<slug>.md, \
            Content/exercises/<slug>.yml, Site/strings.yml) with the same headings, paragraphs, list items and fields \
            in the same order as the Norwegian source. Each block becomes the target of the matching unit. Files whose \
            structure differs are reported and nothing is written.

            Examples:
              tolk import --lang so kit-so-returned.zip
              tolk import --lang pl returned/topics/neck-pain.po returned/strings.po
              tolk import --lang pl --from ~/leaflets-pl --state translated
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the translations.", valueName: "tag"))
    var language: String

    @Argument(help: ArgumentHelp("Returned kit files, folders or .zip files.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("A folder with translated copies of the source files (instead of a kit).", valueName: "dir"))
    var from: String?

    @Option(help: "With --from: the state to give the imported units: translated, reviewed or final.")
    var state: String = "translated"

    func validate() throws {
        if from == nil && paths.isEmpty { throw ValidationError("Name the returned kit files (or a folder or .zip), or use --from DIR for translated copies.") }
        if from != nil && !paths.isEmpty { throw ValidationError("Give either kit files or --from DIR, not both.") }
    }

    func run() throws {
        let console = Console()
        let loaded = try project.load(console: console)
        let writes = ProjectWrites(root: loaded.root, console: console)
        try validateLanguages([language], in: loaded)
        guard from == nil else { return try importCopies(loaded, writes: writes, console: console) }
        let result = KitImport.run(loaded, language: language, paths: paths.map { URL(fileURLWithPath: $0) })
        console.print(result.diagnostics)
        guard let imported = result.value else {
            console.error("Nothing was imported: fix the problems above and import the kit again.")
            throw ExitCode.failure
        }
        for file in imported.files {
            try writes.write(file.text, to: file.path)
            console.out("updated \(file.path)")
        }
        var summary = "Imported \(imported.imported) unit(s) into \(language) from \(imported.kitFiles) kit file(s)"
        if imported.unconfirmed > 0 { summary += " (\(imported.unconfirmed) not confirmed)" }
        summary += "; \(imported.unchanged) came back unchanged, \(imported.staleSinceExport) are stale because the source changed since the export, \(imported.rejected) rejected."
        console.out(summary)
        if imported.rejected > 0 { throw ExitCode.failure }
    }

    private func importCopies(_ loaded: Project, writes: ProjectWrites, console: Console) throws {
        guard let importState = TranslationState(rawValue: state), importState != .initial else {
            throw ValidationError("--state must be translated, reviewed or final, not `\(state)`.")
        }
        let result = TranslationImport.run(loaded, language: language, from: URL(fileURLWithPath: from ?? "."), state: importState)
        console.print(result.diagnostics)
        guard let imported = result.value else { throw ExitCode.failure }
        for file in imported.files where file.changed {
            try writes.write(file.text, to: file.path)
            console.out("imported \(file.path): \(file.kept) units")
        }
        console.out("Imported \(imported.files.count) file(s) into \(language).")
    }
}
