import ArgumentParser
import TolkKit

@main
struct Tolk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tolk",
        abstract: "Compile multilingual patient information from Norwegian sources and XLIFF translations.",
        subcommands: []
    )
}
