import ArgumentParser
import Foundation
import TolkKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Make a translation kit for a translator or an agency: XLIFF 2.0, XLIFF 1.2 or PO, with word counts; or a TMX memory.",
        discussion: """
            A kit has one file per source file that has something to do, at the same path as in Locales/<lang>/ \
            (topics/neck-pain.xlf or .po), and word-counts.txt: per file and in total, the new words, the stale words \
            (the Norwegian changed; the previous translation is in the kit), the words to review (translated, below the \
            site's minimum state), the repeated words (the same source text again, to translate once) and all words.

            Which format for which tool:
            - xliff2: Trados Studio, memoQ, Phrase, Matecat, OmegaT 5, Poedit; what Tolk keeps in Locales/.
            - xliff12: Lokalise, Pontoon, Virtaal, OmegaT's own XLIFF filter, older CAT tools. Every unit carries a \
            target (a copy of the source for a new one, state needs-translation), since OmegaT skips units without one.
            - po: Poedit, Weblate, Pontoon, Virtaal. msgctxt is the unit id; a stale unit is fuzzy with its previous \
            source as #| msgid; inline codes are numbered tags (<1>…</1>, <2/>) explained in a comment.
            - tmx: not a kit: TMX 1.4b of every current translation, for an agency's translation memory.

            --only todo (the default) takes the units missing, stale or below publish.min_state; --only all takes every \
            unit. The kit is written into a folder, or into one .zip file when --output ends in .zip. Bring the \
            translations back with `tolk import --lang L KIT...`.

            Examples:
              tolk export --lang so --format po --output kit-so.zip
              tolk export --lang pl --format xliff12 --only all --output kits/pl
              tolk export --lang ar --format tmx --output memory-ar.tmx
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the kit.", valueName: "tag"))
    var language: String

    @Option(help: ArgumentHelp("xliff2, xliff12, po or tmx.", valueName: "format"))
    var format: String = "xliff2"

    @Option(help: ArgumentHelp("todo (missing, stale, below the minimum state) or all.", valueName: "units"))
    var only: String = "todo"

    @Option(help: ArgumentHelp("A folder, a file ending in .zip, or (tmx) a .tmx file.", valueName: "path"))
    var output: String

    func run() throws {
        let console = Console()
        let loaded = try project.load(console: console)
        try validateLanguages([language], in: loaded)
        guard let scope = KitScope(rawValue: only) else { throw ValidationError("--only must be todo or all, not `\(only)`.") }
        let outputURL = URL(fileURLWithPath: output)
        if format == "tmx" {
            let memory = TMXExport.export(loaded, language: language)
            console.print(memory.diagnostics)
            guard let text = memory.value else { throw ExitCode.failure }
            try AtomicFile.write(text.document, to: outputURL)
            console.out("Wrote \(output): \(text.units) translation unit(s) of \(language).")
            return
        }
        guard let kitFormat = KitFormat(rawValue: format) else {
            throw ValidationError("--format must be xliff2, xliff12, po or tmx, not `\(format)`.")
        }
        let result = TranslationKit.export(loaded, language: language, format: kitFormat, scope: scope)
        console.print(result.diagnostics)
        guard let kit = result.value else { throw ExitCode.failure }
        if outputURL.pathExtension.lowercased() == "zip" {
            try FileManager.default.createDirectory(at: outputURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ZipArchive.write(kit.files).write(to: outputURL, options: .atomic)
        } else {
            try KitOutput.write(kit, into: outputURL)
        }
        console.out(String(kit.wordCounts.table(language: language).dropLast()))
        console.out("Wrote \(kit.files.count - 1) kit file(s) and \(TranslationKit.summaryName) to \(output).")
    }
}
