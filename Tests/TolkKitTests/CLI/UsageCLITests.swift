import Foundation
import Testing
@testable import TolkKit

/// What the command line says when it is used wrongly, and how its help reads.
@Suite struct UsageCLITests {
    static let commands = ["init", "sync", "export", "import", "build", "check", "validate", "serve", "pseudo", "handout"]

    func project() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-usage-\(UUID().uuidString)")
        let created = try TolkBinary.run(["init", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(created.status == 0, "\(created.stderr)")
        return folder
    }

    @Test func anErrorFoundWhileRunningPrintsTheSubcommandsUsage() throws {
        let folder = try project()
        let check = try TolkBinary.run(["check", "--lang", "de"], in: folder)
        #expect(check.status == 2)
        #expect(check.stderr.hasPrefix("Error: `de` is not a target language of this site"))
        #expect(check.stderr.contains("\nUsage: tolk check [--project <dir>] [--lang <tag> ...]"))
        #expect(check.stderr.contains("See 'tolk check --help' for more information."))
        #expect(!check.stderr.contains("<subcommand>"))
        let handout = try TolkBinary.run(["handout", "--lang", "de", "--exercise", "chin-tuck", "--output", "x.html"], in: folder)
        #expect(handout.status == 2)
        #expect(handout.stderr.contains("\nUsage: tolk handout "))
        #expect(!handout.stderr.contains("<subcommand>"))
    }

    @Test func exerciseIsRequiredInTheHandoutsUsage() throws {
        let help = try TolkBinary.run(["handout", "--help"], in: FileManager.default.temporaryDirectory, environment: ["COLUMNS": "200"])
        #expect(help.status == 0)
        let usage = try #require(help.stdout.components(separatedBy: "\n").first { $0.hasPrefix("USAGE:") })
        #expect(usage.contains(" --exercise <spec> ..."))
        #expect(!usage.contains("[--exercise"))
        let missing = try TolkBinary.run(["handout", "--lang", "pl", "--output", "x.html"], in: FileManager.default.temporaryDirectory)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '--exercise <spec> ...'"))
    }

    /// A help text wrapped by hand at another width shows as long lines followed by a stub:
    /// each line of the overview and discussion then ends although the next word would fit.
    @Test func helpIsWrappedByTheParserNotByHand() throws {
        let width = 80
        for command in Self.commands + [] {
            let help = try TolkBinary.run([command, "--help"], in: FileManager.default.temporaryDirectory, environment: ["COLUMNS": "\(width)"])
            #expect(help.status == 0)
            let lines = help.stdout.components(separatedBy: "\n")
            let text = Array(lines.prefix { !$0.hasPrefix("USAGE:") })
            for (line, next) in zip(text, text.dropFirst()) where !line.isEmpty && !next.isEmpty && !line.hasSuffix(":") {
                let indent = next.prefix { $0 == " " }.count
                let body = next.dropFirst(indent)
                // A list item or an example starts a line of its own.
                if body.hasPrefix("- ") || indent > 2 || body.hasPrefix("tolk ") { continue }
                let word = body.prefix { $0 != " " }
                // ArgumentParser keeps a line below `width` characters.
                #expect(line.count + 1 + word.count >= width, "tolk \(command) --help: \"\(line)\" ends before \"\(word)\"")
            }
        }
    }

    @Test func aPortInUseSaysSoAndSuggestsTheNext() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        #expect(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let folder = try project()
        let serve = try TolkBinary.run(["serve", "--port", "\(port)"], in: folder)
        #expect(serve.status == 1)
        #expect(serve.stderr.contains("error: port \(port) is already in use; try --port \(port + 1)"), "\(serve.stderr)")
        #expect(!serve.stderr.contains("bind("))
    }

    @Test func checkSummaryIsTheTableWithoutTheProblemLines() throws {
        let folder = try project()
        let path = folder.appendingPathComponent("Locales/en/topics/back-pain.xlf")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "<target>Call 113", with: "<target>Call 112")
        try Data(text.utf8).write(to: path)
        let full = try TolkBinary.run(["check"], in: folder)
        let summary = try TolkBinary.run(["check", "--summary"], in: folder)
        #expect(summary.status == 1)
        #expect(full.stdout.contains("error: [urls]"))
        #expect(!summary.stdout.contains("error: [urls]"))
        let lines = summary.stdout.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("language") == true)
        #expect(lines.contains { $0.hasPrefix("en ") })
        #expect(summary.stdout.contains("1 error"))
        #expect(try TolkBinary.run(["check", "--summary", "--format", "json"], in: folder).status == 2)
        // The quick start shows this table (it showed the last 12 problem lines once).
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/quickstart")
        let quickstart = try String(contentsOf: script, encoding: .utf8)
        #expect(quickstart.contains("\"$tolk\" check --summary"))
        #expect(!quickstart.contains("tail -n"))
    }
}
