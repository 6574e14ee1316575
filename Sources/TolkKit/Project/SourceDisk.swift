import Foundation

/// The project on disk as a source file's loader sees it beyond the file itself: whether a path
/// it names may be read (`ProjectPath`), whether a file exists, a file's text (a video's
/// subtitles). Every answer is noted (`probes`), so that a parse kept in the source cache
/// (`SourceCache`) is trusted only while the disk still answers the same.
final class SourceDisk {
    let root: URL
    /// What was asked and answered, in order.
    private(set) var probes: [SourceProbe] = []

    init(root: URL) { self.root = root }

    /// `ProjectPath.problem` of a path written in the source, inside `folder` of the project.
    func problem(_ written: String, in folder: String) -> ProjectPath.Problem? {
        let problem = ProjectPath.problem(written, in: folder, root: root)
        probes.append(.problem(written: written, folder: folder, problem))
        return problem
    }

    /// Whether a project-relative path names an existing file or folder.
    func exists(_ path: String) -> Bool {
        let exists = SourceProbe.exists(path, root: root)
        probes.append(.exists(path: path, exists))
        return exists
    }

    /// A project-relative file's bytes; nil when it cannot be read.
    func read(_ path: String) -> Data? {
        let data = try? Data(contentsOf: root.appendingPathComponent(path))
        probes.append(.contents(path: path, SourceProbe.hash(data)))
        return data
    }
}

extension ProjectPath {
    /// `problem(_:in:root:)` through a loader's view of the disk; without one (text not on
    /// disk) only the path as written is judged.
    static func problem(_ written: String, in folder: String, disk: SourceDisk?) -> Problem? {
        guard let disk else { return problem(written, in: folder, root: nil) }
        return disk.problem(written, in: folder)
    }
}

/// One question a loader asked of the disk, with its answer (see `SourceDisk`).
enum SourceProbe: Equatable, Sendable {
    case problem(written: String, folder: String, ProjectPath.Problem?)
    case exists(path: String, Bool)
    /// A file's content hash (`ContentHash`), or nil when it could not be read.
    case contents(path: String, String?)

    /// Whether the disk under `root` still answers as it did.
    func holds(root: URL) -> Bool {
        switch self {
        case .problem(let written, let folder, let problem):
            return ProjectPath.problem(written, in: folder, root: root) == problem
        case .exists(let path, let exists):
            return Self.exists(path, root: root) == exists
        case .contents(let path, let hash):
            return Self.hash(try? Data(contentsOf: root.appendingPathComponent(path))) == hash
        }
    }

    static func exists(_ path: String, root: URL) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    static func hash(_ data: Data?) -> String? {
        guard let data else { return nil }
        var hash = ContentHash()
        hash.add(data)
        return hash.hex
    }
}
