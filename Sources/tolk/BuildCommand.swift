import ArgumentParser
import Foundation
import TolkKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static website (every published page in every language).",
        discussion: """
            Writes the site to _site/ (or `output:` of site.yml, or --output), atomically: the new site
            replaces the old one only when everything was built, so a failed build leaves the previous
            output as it was. The same input gives byte-identical output.
            The output folder must be new, empty, or one that Tolk built (it holds a .tolk-output file);
            the project, its parents, Content/, Locales/, Site/ and folders holding .git are refused
            (exit status 2, nothing changed). Staging folders left by killed builds are removed.
            A page is published in a language when all its units are translated, not stale, and at
            least at `publish.min_state` (site.yml); otherwise the language's index lists it as not
            yet available, with links to the languages that have it.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The output folder. Default: `output` of site.yml, `_site`.", valueName: "dir"))
    var output: String?

    @Flag(help: ArgumentHelp("Also print every handout to PDF beside its HTML, with headless Chromium (apt `chromium`). Without Chromium the PDFs are skipped with a warning."))
    var pdf = false

    func run() throws {
        let console = Console()
        let started = Date()
        let result = SiteBuild.build(root: project.root, output: output.map { URL(fileURLWithPath: $0) }, withPDFs: pdf)
        console.print(result.diagnostics)
        guard let (summary, pdfs) = result.value else {
            // A refused output folder is a wrong argument or setting, not a broken project: status 2.
            if result.diagnostics.contains(where: { $0.check == OutputGuard.check }) { throw ExitCode(2) }
            console.error("Build failed; the previous output was left as it was.")
            throw ExitCode.failure
        }
        let languages = summary.publishedPages.keys.sorted().map { language in
            let withheld = summary.withheldPages[language] ?? 0
            return "\(language) \(summary.publishedPages[language] ?? 0)" + (withheld > 0 ? " (+\(withheld) not yet available)" : "")
        }
        console.out("Pages per language: \(languages.joined(separator: ", "))")
        if let pdfs, pdfs.written > 0 {
            console.out("Printed \(pdfs.written) handouts to PDF in \(String(format: "%.2f", pdfs.seconds)) s")
        }
        let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
        console.out("Built \(summary.fileCount) files in \(elapsed) s into \(summary.output?.path ?? "?")")
        let output = summary.output?.path ?? "?"
        console.out("Website: open \(output)/index.html in a browser.")
        console.out("Handouts: \(output)/<lang>/handouts/<slug>.html (bilingual: <slug>.<source>.html), programs: \(output)/<lang>/program/")
    }
}
