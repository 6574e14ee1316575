import ArgumentParser
import Foundation
import TolkKit

/// The writes of `sync`, `pseudo` and `import` into the project, one file at a time, each
/// atomic (`AtomicFile`): a killed or failing run leaves every file old or new, never half.
struct ProjectWrites {
    let root: URL
    let console: Console

    /// Removes the temporary files a killed earlier run left in Locales/ before writing anew.
    init(root: URL, console: Console) {
        self.root = root
        self.console = console
        AtomicFile.removeLeftovers(under: root.appendingPathComponent("Locales"))
    }

    /// Writes one project file; a failure (a full disk, a read-only folder) is an error naming
    /// the file, and the files not yet written stay as they were.
    func write(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(text, to: root.appendingPathComponent(path))
        } catch let error as AtomicFile.WriteError {
            console.error("error: could not write \(path): \(error.reason); that file and the ones after it were left as they were")
            throw ExitCode.failure
        }
    }
}
