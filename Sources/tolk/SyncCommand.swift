import ArgumentParser
import Foundation
import TolkKit

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring every language's XLIFF files up to date with the Norwegian source.",
        discussion: """
            Writes Locales/<lang>/<path>.xlf for every topic, exercise and Site/strings.yml, like msgmerge:
              - new blocks are added without a translation (state initial);
              - a block whose source text changed keeps its translation, goes back to state initial
                with subState="tolk:stale", and the earlier source is kept in a note so the
                translator sees what changed;
              - blocks that moved or were reordered keep their translation and state;
              - removed blocks are dropped (git keeps the history).
            If any existing .xlf file cannot be read, nothing at all is written.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("Only this language (repeatable). Default: every target language.", valueName: "tag"))
    var languages: [String] = []

    @Flag(help: "Show what would change without writing anything.")
    var dryRun = false

    func run() throws {
        let console = Console()
        let loaded = try project.load(console: console)
        try validateLanguages(languages, in: loaded)
        let result = Sync.run(loaded, languages: languages)
        console.print(result.diagnostics)
        guard let sync = result.value else { throw ExitCode.failure }
        var written = 0
        for file in sync.files where file.changed {
            let summary = "\(file.isNew ? "created" : "updated") \(file.path): \(file.added) new, \(file.markedStale) changed in the source (stale), \(file.dropped) removed"
            console.out(dryRun ? "would have \(summary)" : summary)
            if !dryRun {
                try AtomicFile.write(file.text, to: loaded.root.appendingPathComponent(file.path))
            }
            written += 1
        }
        let dropped = sync.files.reduce(0) { $0 + $1.droppedTranslations }
        if dropped > 0 {
            console.out("\(dropped) translated unit(s) were dropped because their text was removed from the source (see `git diff Locales/`).")
        }
        console.out(written == 0 ? "All \(sync.files.count) translation files are up to date." : "\(written) of \(sync.files.count) translation files \(dryRun ? "would change" : "changed").")
    }
}
