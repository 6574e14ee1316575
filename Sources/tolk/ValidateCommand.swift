import ArgumentParser
import Foundation
import TolkKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check XLIFF 2.0/2.1/2.2 files against the XLIFF core rules.",
        discussion: """
            Use it on files coming back from a translation tool before committing them. Checks the namespace and version, \
            required elements and attributes, unique ids, state and subState, inline codes (sc/ec pairing, dataRef), xml:lang \
            against srcLang/trgLang, and more. Files with a DOCTYPE are refused. Prints one line per problem; exit status 1 if \
            any file is invalid.
            """
    )

    @Argument(help: ArgumentHelp("XLIFF files to check.", valueName: "file.xlf"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one .xlf file.") }
    }

    func run() throws {
        let console = Console()
        var invalid = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                console.print([.error("io", at: nil, "\(path): the file could not be read")])
                invalid += 1
                continue
            }
            let diagnostics = XLIFFValidator.validate(data, path: path)
            console.print(diagnostics)
            if diagnostics.hasErrors { invalid += 1 }
        }
        console.out(invalid == 0 ? "\(files.count) file(s) valid." : "\(invalid) of \(files.count) file(s) invalid.")
        if invalid > 0 { throw ExitCode.failure }
    }
}
