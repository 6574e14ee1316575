import ArgumentParser
import Foundation
import TolkKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report, per language, what is translated, reviewed, stale or missing, and every problem.",
        discussion: """
            Checks: missing, plurals, stale, state, inline-codes, raw-html, numbers, urls, bidi (errors); identical, script, \
            length, punctuation, brackets, spaces, kept-translation, subtitles, plain-language (warnings). The readability (LIX) of \
            every source document is reported too. Problems in the sources (path, raw-html, strings, \
            exercise, yaml, …) are errors too. Each problem is printed as FILE:LINE:COLUMN: severity: [check] unit ID: message.

            Exit status: 0 when there are no errors, 1 when there are, 2 for usage errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit
    }

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("lang"), help: ArgumentHelp("Only this language (repeatable). Default: every target language.", valueName: "tag"))
    var languages: [String] = []

    @Option(help: ArgumentHelp("Check only this profile (a clinic of `profiles:` in site.yml). Default: every profile, one report each.", valueName: "name"))
    var profile: String?

    @Option(help: "Output format: text (a table), json or junit (for CI dashboards).")
    var format: Format = .text

    @Option(help: ArgumentHelp("The lowest acceptable state: translated, reviewed or final. Default: publish.min_state of site.yml.", valueName: "state"))
    var minState: String?

    @Flag(help: "With --format text: only the table per language and file and the count of problems, not each problem.")
    var summary = false

    func validate() throws {
        if summary && format != .text { throw ValidationError("--summary is for --format text; JSON and JUnit always list every problem.") }
        if let minState, TranslationState(rawValue: minState) == nil || minState == "initial" {
            throw ValidationError("--min-state must be translated, reviewed or final, not `\(minState)`.")
        }
    }

    func run() throws {
        let console = Console()
        let profiles = SiteBuild.profiles(root: project.root, requested: profile)
        console.print(profiles.diagnostics)
        if profiles.diagnostics.hasErrors { throw ExitCode(2) }
        if profiles.value.count > 1 && format != .text {
            throw ValidationError("This project has \(profiles.value.count) profiles: --format \(format.rawValue) writes one report, so name one with --profile.")
        }
        var failed = false
        for (index, name) in profiles.value.enumerated() {
            // Languages and local pages differ between clinics: each gets its own report.
            // JSON and JUnit must stay one document: the heading is for text reports of several profiles.
            if let name, profiles.value.count > 1 { console.out("Profile \(name):") }
            let last = index == profiles.value.count - 1
            do { try check(profile: name, last: last, console: console) } catch let code as ExitCode where code.rawValue == 1 { failed = true }
        }
        if failed { throw ExitCode.failure }
    }

    private func check(profile: String?, last: Bool, console: Console) throws {
        let loaded = try project.load(console: console, profile: profile)
        // The last clinic's project is not freed document by document: the process ends after it.
        if last { KeepUntilExit.keep(loaded) }
        try validateLanguages(languages, in: loaded)
        let threshold = minState.flatMap(TranslationState.init(rawValue:)) ?? loaded.config.publish.minState
        // The same check stage as build, serve and handout, keeping only counts and problems;
        // then the readability of the sources.
        var report = Checker.report(loaded, languages: languages, minState: threshold)
        report.add(readability: PlainLanguage.report(loaded), maxLIX: loaded.config.plainLanguage.maxLIX)
        switch format {
        case .text: console.out(CheckReportFormatter.text(report, color: console.color, problems: !summary))
        case .json: console.out(CheckReportFormatter.json(report))
        case .junit: console.out(CheckReportFormatter.junit(report))
        }
        if report.problems.hasErrors { throw ExitCode.failure }
    }
}
