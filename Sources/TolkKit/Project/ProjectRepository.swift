import Foundation

/// Makes a new project a git repository: handouts print the date of each content file's last
/// commit (`SourceDates`), so a project outside git prints handouts without a date.
public enum ProjectRepository {
    /// What `initialize(at:)` did, for the CLI to say.
    public enum Outcome: Equatable, Sendable {
        /// `git init` made the folder a repository.
        case created
        /// The folder is already inside a git work tree (its own history is used).
        case insideRepository
        /// git could not be run.
        case gitMissing
        /// git ran and failed, with its message.
        case failed(String)
    }

    /// Runs `git init` in `root` unless it is inside a git work tree already. Never throws:
    /// the project is usable without git, only its handouts lack a date.
    public static func initialize(at root: URL) -> Outcome {
        guard let inside = git(["-C", root.path, "rev-parse", "--is-inside-work-tree"]) else { return .gitMissing }
        if inside.status == 0 && inside.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true" { return .insideRepository }
        guard let made = git(["init", "--quiet", root.path]) else { return .gitMissing }
        if made.status == 0 { return .created }
        return .failed(made.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// git's status and its standard output and error together; nil when git is not installed
    /// (`env` exits 127 when it finds no `git`).
    private static func git(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
