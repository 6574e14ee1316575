import ArgumentParser
import Foundation
import TolkKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static website (every published page in every language).",
        discussion: """
            Writes the site to _site/ (or `output:` of site.yml, or --output), atomically: the new site replaces the old one \
            only when everything was built, so a failed build leaves the previous output as it was. The same input gives \
            byte-identical output. A rebuild renders only the documents whose source, translations or git date changed \
            (when templates, strings, site.yml, images or a page's title change, everything); the other documents' pages and \
            handouts are taken over from the previous output, as recorded in .tolk/build/, unchanged sources are not parsed \
            again (.tolk/sources/), and files whose size, times and inode are as they were are not read again to see \
            whether they changed (.tolk/hashes/); --clean renders, parses and reads everything. The output a rebuild \
            replaces is kept beside it as .NAME.tolk-spare (its files are mostly the same files as the output's, hard \
            links; only you may enter it), and the next rebuild starts from it, so only what changed is written; anything put into it by hand is \
            removed first. Delete it whenever you like: the next build only links more.

            The output folder must be new, empty, or one that Tolk built (it holds a .tolk-output file); the project, its \
            parents, Content/, Locales/, Site/ and folders holding .git are refused (exit status 2, nothing changed). Staging \
            folders left by killed builds are removed.

            Every translation goes through the checks of `tolk check` first. A page is published in a language when all its \
            units are translated, not stale, at least at `publish.min_state` (site.yml), and free of error-level problems (a \
            changed number or phone number, a broken code, HTML in a target, a file that cannot be read). Otherwise it is \
            withheld: its URL shows a short page saying it is being translated or updated, with links to the languages that \
            have it, and the build names it and why.

            Exit status: 0 when the site was built (withheld pages included), 1 when it could not be built, or with --strict \
            when a page was withheld because of errors; 2 for usage errors.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The output folder. Default: `output` of site.yml, `_site`.", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("Build only this profile (a clinic of `profiles:` in site.yml). Default: every profile, each into its `output` (default _site/<name>/), or with --output into <dir>/<name>/.", valueName: "name"))
    var profile: String?

    @Flag(help: ArgumentHelp("Exit 1 when a page is withheld because of errors in its translation (for CI); the site is still written."))
    var strict = false

    @Flag(help: ArgumentHelp("Write links that name index.html (../neck-pain/index.html), so the site can be browsed straight from disk (file://), for example from a USB stick or a shared drive. Not for a web server, where addresses would show index.html; to look at the site as it will be served, use `tolk serve`."))
    var fileLinks = false

    @Flag(help: ArgumentHelp("Render every page again instead of reusing the pages of documents that did not change since the last build and parse every source again (the caches in .tolk/build/, .tolk/sources/ and .tolk/hashes/ are ignored and written anew)."))
    var clean = false

    @Flag(help: ArgumentHelp("Also print every handout to PDF beside its HTML, with headless Chromium (apt `chromium`). Without Chromium the PDFs are skipped with a warning."))
    var pdf = false

    func run() throws {
        let console = Console()
        let profiles = SiteBuild.profiles(root: project.root, requested: profile)
        console.print(profiles.diagnostics)
        if profiles.diagnostics.hasErrors { throw ExitCode(2) }
        var failure: ExitCode?
        for (index, name) in profiles.value.enumerated() {
            if let name { console.out("Profile \(name):") }
            let last = index == profiles.value.count - 1
            do { try build(profile: name, count: profiles.value.count, last: last, console: console) } catch let code as ExitCode {
                // One clinic's failure does not keep the others from being built; the worst status wins.
                failure = failure.map { $0.rawValue == 2 ? $0 : code } ?? code
            }
        }
        if let failure { throw failure }
    }

    private func build(profile: String?, count: Int, last: Bool, console: Console) throws {
        let started = Date()
        let target = SiteBuild.output(output.map { URL(fileURLWithPath: $0) }, profile: profile, building: count)
        // The last clinic's build is not freed: the process ends after it.
        let keeping: ((Any) -> Void)? = last ? { KeepUntilExit.keep($0) } : nil
        let result = SiteBuild.build(root: project.root, output: target, options: RenderOptions(fileLinks: fileLinks),
                                     profile: profile, cache: cacheSettings, keeping: keeping, withPDFs: pdf)
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
        for line in Self.withheldLines(summary.withheld) { console.out(line) }
        if let pdfs, pdfs.written > 0 {
            console.out("Printed \(pdfs.written) handouts to PDF in \(String(format: "%.2f", pdfs.seconds)) s")
        }
        let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
        console.out("Built \(summary.fileCount) files in \(elapsed) s into \(summary.output?.path ?? "?")")
        let output = summary.output?.path ?? "?"
        // Folder links only work through a web server; from disk each one would open a folder listing.
        if fileLinks {
            console.out("Website: open \(output)/index.html in a browser.")
        } else {
            console.out("Website: \(output)/, for a web server. To look at it: tolk serve (or build with --file-links and open \(output)/index.html).")
        }
        console.out("Handouts: \(output)/<lang>/handouts/<slug>.html (bilingual: <slug>.<source>.html), programs: \(output)/<lang>/program/")
        let failing = summary.withheldForErrors
        if strict && !failing.isEmpty {
            console.error("error: \(failing.count) page\(failing.count == 1 ? " was" : "s were") withheld because of errors (--strict)")
            throw ExitCode.failure
        }
    }

    /// The build cache for this Tolk executable; `--clean` ignores what it holds.
    private var cacheSettings: BuildCacheSettings {
        BuildCacheSettings(tolkVersion: "\(Tolk.configuration.version) \(BuildCacheSettings.executableIdentity)", clean: clean)
    }

    /// One line per withheld page, errors first: `en topics/warning-signs: withheld, 1 error [urls] — tolk check --lang en`.
    /// Pages that are only untranslated are many on a young site, so a language with more than 15 lists 10.
    static func withheldLines(_ withheld: [BuildSummary.Withheld]) -> [String] {
        var lines: [String] = []
        for errors in [true, false] {
            let group = withheld.filter { ($0.reason.errorCount > 0) == errors }
            let perLanguage = Dictionary(grouping: group, by: \.language).mapValues(\.count)
            var shown: [String: Int] = [:]
            for page in group {
                shown[page.language, default: 0] += 1
                let count = shown[page.language]!
                let limit = perLanguage[page.language]! > 15 ? 10 : 15
                if errors || count <= limit {
                    lines.append("\(page.language) \(page.page.kind.rawValue)/\(page.page.slug): withheld, \(page.reason.description) — tolk check --lang \(page.language)")
                } else if count == limit + 1 {
                    let more = perLanguage[page.language]! - limit
                    lines.append("\(page.language): \(more) more not yet available — tolk check --lang \(page.language)")
                }
            }
        }
        return lines
    }
}
