import ArgumentParser
import Foundation
import TolkKit

struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Make an exercise program: several exercises with a patient's own dosage, in one handout.",
        discussion: """
            Writes one self-contained HTML file (stylesheet and illustrations inside), or a PDF with --pdf (headless \
            Chromium, apt `chromium`). Numbers are written in the language's digits and plural forms (\"12 powtórzeń\"). \
            Dosage fields: repetitions, sets, hold_seconds, times_per_day (each a positive whole number, given once).

            An exercise is printed in a language only where the website publishes it (translated, current, at \
            publish.min_state and free of errors in `tolk check`); otherwise the command fails and names the languages that \
            have it. --allow-source-language prints the parts that are not ready in the source language (Norwegian), marked \
            as such on the handout.

            Example:
              tolk handout --lang ur --exercise chin-tuck:repetitions=12,sets=3 \\
                --exercise bridge --output program.pdf
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The clinic (a profile of site.yml) whose name and details the handout carries. Default: the first profile.", valueName: "name"))
    var profile: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("The patient's language.", valueName: "tag"))
    var language: String

    @Option(name: .customLong("exercise"), help: ArgumentHelp("An exercise and its dosage: SLUG or SLUG:repetitions=12,sets=3. Repeat for each exercise.", valueName: "spec"))
    var exercises: [String]

    @Flag(help: "Print the source language (Norwegian) beside the patient's language, block by block.")
    var bilingual = false

    @Flag(help: "Write a PDF instead of HTML (implied by an --output ending in .pdf).")
    var pdf = false

    @Flag(help: "Print exercises not yet published in the language, with the parts that are not ready in the source language (said so on the handout).")
    var allowSourceLanguage = false

    @Option(help: ArgumentHelp("The file to write: FILE.html, or FILE.pdf for a PDF.", valueName: "file"))
    var output: String

    /// A PDF is written when asked for with --pdf or by the file name.
    var writesPDF: Bool { pdf || output.lowercased().hasSuffix(".pdf") }

    func validate() throws {
        if pdf, output.lowercased().hasSuffix(".html") || output.lowercased().hasSuffix(".htm") {
            throw ValidationError("--pdf writes a PDF, but --output `\(output)` names an HTML file; name it FILE.pdf, or leave out --pdf.")
        }
        for spec in exercises {
            if case .failure(let error) = ExerciseProgram.Entry.parse(spec) { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let console = Console()
        let entries = exercises.compactMap { try? ExerciseProgram.Entry.parse($0).get() }
        if let refusal = OutputGuard.refusal(toWriteFile: URL(fileURLWithPath: output), projectRoot: project.root) {
            console.print([refusal])
            throw ExitCode.validationFailure
        }
        let prepared = SiteBuild.prepare(root: project.root, profile: profile)
        guard let value = prepared.value else {
            console.print(prepared.diagnostics)
            throw ExitCode.failure
        }
        let languages = value.site.project.config.languages.map(\.tag)
        guard languages.contains(language) else {
            throw ValidationError("`\(language)` is not a language of this site (it has: \(languages.joined(separator: ", "))).")
        }
        let program = ExerciseProgram(language: language, bilingual: bilingual, entries: entries, allowSourceLanguage: allowSourceLanguage)
        let rendered = ProgramHandout.render(program, prepared: value)
        console.print(prepared.diagnostics.filter { $0.severity == .error } + rendered.diagnostics)
        guard let html = rendered.value else { throw ExitCode.failure }
        let target = URL(fileURLWithPath: output)
        guard writesPDF else {
            try AtomicFile.write(html, to: target)
            console.out("Wrote \(target.path)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-handout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("program.html")
        try Data(html.utf8).write(to: page)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let engine = try ChromiumPDF(tabs: 1)
            defer { engine.close() }
            if let failure = engine.print([ChromiumPDF.Job(html: page, pdf: target)]).first {
                console.error("error: [pdf] the program could not be printed: \(failure.error)")
                throw ExitCode.failure
            }
        } catch let error as ChromiumPDF.Unavailable {
            console.error("error: [pdf] \(error)")
            throw ExitCode.failure
        }
        console.out("Wrote \(target.path)")
    }
}
