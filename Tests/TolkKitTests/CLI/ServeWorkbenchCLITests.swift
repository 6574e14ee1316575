import Foundation
import Testing
@testable import TolkKit

/// `tolk serve`'s workbench options on the command line.
@Suite struct ServeWorkbenchCLITests {
    @Test func anEmptyReviewerIsAUsageError() throws {
        let blank = try TolkBinary.run(["serve", "--reviewer", " ", "--port", "0"], in: FileManager.default.temporaryDirectory)
        #expect(blank.status == 2)
        #expect(blank.stderr.contains("--reviewer must be a name of 1 to 200 characters."))
    }

    @Test func helpNamesTheWorkbenchOptions() throws {
        let help = try TolkBinary.run(["serve", "--help"], in: FileManager.default.temporaryDirectory, environment: ["COLUMNS": "200"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--allow-edits"))
        #expect(help.stdout.contains("--reviewer <name>"))
        #expect(help.stdout.contains("Ctrl+Enter saves it to its .xlf file"))
    }
}
