import Foundation

/// Where rendered files go. The renderer writes each file once; the disk sink streams them
/// into a staging folder (nothing held twice), the memory sink keeps them for the preview server.
public protocol OutputSink: Sendable {
    /// Stores one file at a site-relative path such as `en/topics/neck-pain/index.html`.
    func write(_ path: String, _ data: Data) throws
}

/// The rendered site in memory: what the preview server serves and tests inspect.
public final class OutputTree: OutputSink, @unchecked Sendable {
    private var storage: [String: Data] = [:]
    private let lock = NSLock()

    public init() {}

    public func write(_ path: String, _ data: Data) throws {
        lock.withLock { storage[path] = data }
    }

    /// The files by path.
    public var files: [String: Data] { lock.withLock { storage } }

    /// One file's contents, nil when the site has no such file.
    public subscript(path: String) -> Data? { lock.withLock { storage[path] } }

    /// One file as UTF-8 text.
    public func text(_ path: String) -> String? { self[path].map { String(decoding: $0, as: UTF8.self) } }
}

/// Writes files into a staging folder as they are rendered.
public struct DirectorySink: OutputSink {
    public let folder: URL
    /// Folders already made: a site has thousands of files in a few hundred folders, and asking
    /// the file system for each file's folder again was a measurable part of writing.
    private let made = MadeFolders()

    /// `folder`'s path ending in "/": files are named by joining strings, as
    /// `URL.appendingPathComponent` asks the file system whether each name is a folder.
    private let prefix: String

    public init(folder: URL) {
        self.folder = folder
        let path = folder.path
        self.prefix = path.hasSuffix("/") ? path : path + "/"
    }

    public func write(_ path: String, _ data: Data) throws {
        let file = prefix + path
        let parent = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? prefix
        if !made.contains(parent) {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.WriteError(path: path, reason: AtomicFile.posixReason(error))
            }
            made.insert(parent)
        }
        // A file reused from the previous output is a hard link to the live site: remove the
        // name first, so a write can never reach through it into the output being replaced.
        unlink(file)
        // POSIX calls, so a full disk is reported as such, with the file's name.
        if let reason = AtomicFile.writeFile(data, to: file) {
            throw AtomicFile.WriteError(path: path, reason: reason)
        }
    }
}

private final class MadeFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func contains(_ path: String) -> Bool { lock.withLock { paths.contains(path) } }
    func insert(_ path: String) { _ = lock.withLock { paths.insert(path) } }
}
