import ArgumentParser
import Foundation
import TolkKit

struct PseudoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pseudo",
        abstract: "Fill a language with a pseudo-translation, to test layouts before translators start.",
        discussion: """
            Like Android's en-XA and ar-XB: every untranslated or stale unit of the language gets a fake translation (state \
            translated) that keeps inline codes, numbers, placeholders, URLs and e-mail addresses, is about a third longer \
            than the source, and uses Arabic letters for a right-to-left language. Never use it on a language that real \
            translators work on.

            Example:
              tolk pseudo --lang ar
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language to fill (repeatable).", valueName: "tag"))
    var languages: [String]

    @Flag(help: "Replace every target, also real translations.")
    var overwrite = false

    func validate() throws {
        if languages.isEmpty { throw ValidationError("Name the language to fill with --lang.") }
    }

    func run() throws {
        let console = Console()
        let loaded = try project.load(console: console)
        let writes = ProjectWrites(root: loaded.root, console: console)
        try validateLanguages(languages, in: loaded)
        for language in languages {
            let result = PseudoTranslation.run(loaded, language: language, overwrite: overwrite)
            console.print(result.diagnostics)
            guard let files = result.value?.files else { throw ExitCode.failure }
            for file in files where file.changed {
                try writes.write(file.text, to: file.path)
            }
            console.out("\(language): pseudo-translated \(files.filter(\.changed).count) of \(files.count) files.")
        }
    }
}
