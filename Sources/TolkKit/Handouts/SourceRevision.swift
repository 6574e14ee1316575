import Foundation

/// The date and version of a source document printed on its handouts, so a clinician can tell
/// which Norwegian text a printout was made from.
struct SourceRevision: Sendable, Hashable {
    /// The last commit date of the content file (`2025-03-14`), nil outside git.
    var date: String?
    /// A short hash of the document's units and dosage: changes exactly when its source text does.
    var version: String

    /// A short hash over every unit's id and text, and the exercise's dosage numbers.
    static func version(of document: SourceDocument) -> String {
        var text = ""
        for unit in document.units { text += unit.id + "\u{1F}" + unit.sourceSignature + "\u{1E}" }
        if case .exercise(let exercise) = document.content {
            let dosage = exercise.dosage
            text += [dosage.repetitions, dosage.sets, dosage.holdSeconds, dosage.timesPerDay]
                .map { $0.map(String.init) ?? "-" }.joined(separator: ",")
        }
        return UnitIDMaker.hash(text)
    }
}

/// Versions computed once per document: a document has one handout per language and two kinds,
/// and hashing all its text again for each was a sixth of a large build.
final class SourceVersionCache: @unchecked Sendable {
    private var versions: [String: String] = [:]
    private let lock = NSLock()

    func version(of document: SourceDocument) -> String {
        if let known = lock.withLock({ versions[document.path] }) { return known }
        let version = SourceRevision.version(of: document)
        lock.withLock { versions[document.path] = version }
        return version
    }
}

/// The last commit date of every file under `Content/`, from one `git log` run.
enum SourceDates {
    /// Project-relative path → `YYYY-MM-DD`. Empty when the project is not in git or git is
    /// missing: handouts then show no date. Only committed history counts, so two builds of
    /// the same checkout print the same dates.
    static func load(projectRoot: URL) -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", projectRoot.path, "-c", "core.quotepath=off", "-c", "log.showSignature=false",
                             "log", "--format=%x1e%cs", "--name-only", "--relative", "--", "Content"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return [:] }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses `git log --format=%x1e%cs --name-only`: newest commit first, so a file's first
    /// appearance is its last change.
    static func parse(_ log: String) -> [String: String] {
        var dates: [String: String] = [:]
        for commit in log.split(separator: "\u{1E}") {
            let lines = commit.split(separator: "\n", omittingEmptySubsequences: true)
            guard let date = lines.first.map(String.init), date.count == 10 else { continue }
            for path in lines.dropFirst() where dates[String(path)] == nil { dates[String(path)] = date }
        }
        return dates
    }
}
