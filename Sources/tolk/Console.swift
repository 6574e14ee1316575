import Foundation
import TolkKit

/// The only place that prints: diagnostics to stderr (colored on a terminal), results to stdout.
struct Console {
    let color: Bool

    init() {
        color = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedForDisplay() { error(format(diagnostic)) }
    }

    func format(_ diagnostic: Diagnostic) -> String {
        let text = diagnostic.description
        guard color else { return text }
        let code = diagnostic.severity == .error ? "31" : "33"
        return text.replacingOccurrences(of: "\(diagnostic.severity.rawValue):", with: "\u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m")
    }

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
