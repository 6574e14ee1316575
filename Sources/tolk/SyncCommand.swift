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
            - a block whose source text changed keeps its translation, goes back to state initial with \
            subState=\"tolk:stale\", and the earlier source is kept in a note so the translator sees what changed;
            - a change of whitespace only, or of typographic for ASCII quotes, apostrophes or dashes (“ ” « » ’ – — for \" ' -), \
            keeps the translation current: the new source is written, nothing goes stale. A changed letter, digit or other \
            mark goes stale;
            - a stale block whose state the translator raised to translated or higher is confirmed: sync removes its \
            subState and that note;
            - blocks that moved or were reordered keep their translation and state;
            - removed blocks are dropped (git keeps the history);
            - translation memory: a new or changed block whose text (with its codes) is translated elsewhere in the same \
            language gets that translation at state translated, with a <note category=\"tolk:memory\"> naming where from.

            If any existing .xlf file cannot be read, nothing at all is written.

            --keep-translations FILE... is for a change that does not concern the translations (a typo fixed): in the named \
            source files, the translations of the changed blocks keep their target and state in every language instead of \
            going stale, and each gets a dated <note category=\"tolk:kept-translation\"> with the old source, which `tolk \
            check` shows as a kept-translation warning for a reviewer. The note stays until the block changes again. Blocks \
            that were already stale stay stale. With --dry-run it lists what it would keep.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("Only this language (repeatable). Default: every target language.", valueName: "tag"))
    var languages: [String] = []

    @Option(name: .customLong("keep-translations"), parsing: .upToNextOption,
            help: ArgumentHelp("Keep the translations of the changed blocks of these source files (Content/topics/x.md ...), with a note, instead of marking them stale.", valueName: "file"))
    var keepTranslations: [String] = []

    @Flag(help: "Show what would change without writing anything.")
    var dryRun = false

    func run() throws {
        let console = Console()
        let loaded = try project.load(console: console)
        let writes = ProjectWrites(root: loaded.root, console: console)
        try validateLanguages(languages, in: loaded)
        let keep = try sourcePaths(keepTranslations, in: loaded)
        let result = Sync.run(loaded, languages: languages, keepTranslations: keep)
        console.print(result.diagnostics)
        guard let sync = result.value else { throw ExitCode.failure }
        var written = 0
        for file in sync.files where file.changed {
            var summary = "\(file.isNew ? "created" : "updated") \(file.path): \(file.added) new, \(file.markedStale) changed in the source (stale), \(file.dropped) removed"
            if !file.keptTranslations.isEmpty { summary += ", \(file.keptTranslations.count) changed with the translation kept" }
            if file.confirmed > 0 { summary += ", \(file.confirmed) confirmed" }
            if file.fromMemory > 0 { summary += ", \(file.fromMemory) from the translation memory" }
            console.out(dryRun ? "would have \(summary)" : summary)
            if !dryRun {
                try writes.write(file.text, to: file.path)
            }
            written += 1
        }
        reportKept(sync, console: console)
        let memory = sync.files.reduce(0) { $0 + $1.fromMemory }
        if memory > 0 {
            console.out("\(memory) unit(s) \(dryRun ? "would be" : "were") filled in from the translation memory: the same text is translated elsewhere in the language (state translated, with a note naming where from).")
        }
        let dropped = sync.files.reduce(0) { $0 + $1.droppedTranslations }
        if dropped > 0 {
            console.out("\(dropped) translated unit(s) were dropped because their text was removed from the source (see `git diff Locales/`).")
        }
        console.out(written == 0 ? "All \(sync.files.count) translation files are up to date." : "\(written) of \(sync.files.count) translation files \(dryRun ? "would change" : "changed").")
    }

    /// One line per kept block and source file, with the languages it was kept in.
    private func reportKept(_ sync: SyncResult, console: Console) {
        var order: [String] = []
        var byBlock: [String: (kept: KeptTranslation, document: String, languages: [String])] = [:]
        for file in sync.files {
            for kept in file.keptTranslations {
                let key = "\(file.document)\u{1}\(kept.unit)"
                if byBlock[key] == nil {
                    order.append(key)
                    byBlock[key] = (kept, file.document, [])
                }
                byBlock[key]?.languages.append(file.language)
            }
        }
        for key in order {
            guard let entry = byBlock[key] else { continue }
            console.out("\(dryRun ? "would keep" : "kept") the translation of \(entry.document) unit \(entry.kept.unit) (\(entry.languages.joined(separator: ", "))): "
                + "the source was \"\(entry.kept.oldSource)\", it is now \"\(entry.kept.newSource)\"")
        }
        if order.isEmpty && !keepTranslations.isEmpty {
            console.out("No translated block of \(keepTranslations.joined(separator: ", ")) changed, so there was no translation to keep.")
        }
    }

    /// The project-relative paths of `paths` (relative to the working folder or to the project),
    /// each of which must be a source file of the project; anything else is a usage error.
    private func sourcePaths(_ paths: [String], in project: Project) throws -> Set<String> {
        let known = Set(project.documents.map(\.path))
        let root = project.root.standardizedFileURL.resolvingSymlinksInPath().path
        var result: Set<String> = []
        for path in paths {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            let fromWorkingFolder = absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : nil
            let fromProject = URL(fileURLWithPath: path, relativeTo: project.root).standardizedFileURL.resolvingSymlinksInPath().path
            let relativeToProject = fromProject.hasPrefix(root + "/") ? String(fromProject.dropFirst(root.count + 1)) : nil
            guard let match = [fromWorkingFolder, relativeToProject].compactMap({ $0 }).first(where: known.contains) else {
                throw ValidationError("--keep-translations: `\(path)` is not a source file of this project. Name a topic, exercise or Site/strings.yml, such as Content/topics/back-pain.md.")
            }
            result.insert(match)
        }
        return result
    }
}
