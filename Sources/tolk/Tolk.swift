import ArgumentParser
import Foundation
import TolkKit

@main
struct Tolk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tolk",
        abstract: "Compile multilingual patient information from Norwegian sources and XLIFF translations.",
        discussion: """
            A Tolk project keeps Site/site.yml (languages, policy), Site/strings.yml (interface text), \
            Content/topics/*.md and Content/exercises/*.yml (the Norwegian source), and \
            Locales/<lang>/*.xlf (one XLIFF 2 file per source file and language).

            Typical work:
              tolk init my-clinic        create a small working project
              tolk sync                  add new and changed text to every language's .xlf files
              tolk check                 see what is translated, stale or wrong, per language
              tolk validate FILE.xlf     check an XLIFF file from a translation tool

            Exit status: 0 when all is well, 1 when errors were found, 2 for usage errors.
            """,
        version: "0.1.0",
        subcommands: [InitCommand.self, SyncCommand.self, ExportCommand.self, ImportCommand.self, BuildCommand.self, CheckCommand.self, ValidateCommand.self, ServeCommand.self, PseudoCommand.self, HandoutCommand.self]
    )

    /// Runs the command; usage errors exit with status 2 (not ArgumentParser's 64), as documented.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(for: error, message: fullMessage(for: error))
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            // Thrown by run() (a --lang the project does not have), it would get the root's usage
            // ("tolk <subcommand>") from ArgumentParser; the usage of the command that was run helps.
            exit(for: error, message: usageError(error, in: type(of: command)))
        } catch {
            exit(for: error, message: fullMessage(for: error))
        }
    }

    /// `Error: ...`, the subcommand's usage and where to read more, as ArgumentParser words
    /// errors found while parsing.
    static func usageError(_ error: ValidationError, in command: ParsableCommand.Type) -> String {
        let name = command == Tolk.self ? "tolk" : "tolk \(command.configuration.commandName ?? "")"
        return "Error: \(error.message)\nUsage: \(usageString(for: command))\n  See '\(name) --help' for more information."
    }

    private static func exit(for error: Error, message: String) -> Never {
        if exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        exit(withError: error)
    }
}
