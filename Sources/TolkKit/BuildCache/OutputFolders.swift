import Foundation

/// Open descriptors of an output tree's folders two levels down (`en/topics`, `pl/handouts`),
/// so that a rebuild states and links each file relative to its folder: walking every file's
/// path from `/` again, in the current output and in staging, was a tenth of a first rebuild.
/// Shared by the document jobs; a folder is opened once, the first time a file in it is asked for.
final class OutputFolders: @unchecked Sendable {
    private let root: String
    private let creating: Bool
    private let lock = NSLock()
    /// By folder path; -1 for a folder that could not be opened (or made), asked once.
    private var opened: [String: Int32] = [:]

    /// The folders of the tree at `root`; `creating` makes a folder that is not there yet (staging).
    init(root: String, creating: Bool) {
        self.root = root
        self.creating = creating
    }

    deinit {
        for descriptor in opened.values where descriptor >= 0 { close(descriptor) }
    }

    /// The open folder a file (`en/topics/neck-pain/index.html`) is in, two levels down or
    /// above, and its path from there (`neck-pain/index.html`); nil when the folder cannot be
    /// opened or made.
    func locate(_ path: String) -> (folder: Int32, name: String)? {
        let (base, name) = Self.split(path)
        if let known = lock.withLock({ opened[base] }) { return known >= 0 ? (known, name) : nil }
        let full = base.isEmpty ? root : root + "/" + base
        var descriptor = open(full, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0, creating, errno == ENOENT, Self.makeFolders(full) {
            descriptor = open(full, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        let kept: Int32 = lock.withLock {
            // Another job opened it at the same moment: keep one.
            if let first = opened[base] { return first }
            opened[base] = descriptor
            return descriptor
        }
        if kept != descriptor, descriptor >= 0 { close(descriptor) }
        return kept >= 0 ? (kept, name) : nil
    }

    /// `mkdir -p` of the folders of `name` below the open folder `folder` (`neck-pain` of
    /// `neck-pain/index.html`); false when one cannot be made.
    static func makeFolders(of name: String, in folder: Int32) -> Bool {
        var made = ""
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for part in parts {
            made += made.isEmpty ? String(part) : "/" + part
            guard mkdirat(folder, made, 0o777) == 0 || errno == EEXIST else { return false }
        }
        return true
    }

    /// `mkdir -p` of an absolute path; a folder another job made at the same moment counts as made.
    static func makeFolders(_ path: String) -> Bool {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex,
              makeFolders(String(path[..<slash])) else { return false }
        return mkdir(path, 0o777) == 0 || errno == EEXIST
    }

    /// `en/topics` and `neck-pain/index.html` of `en/topics/neck-pain/index.html`; a path of
    /// one or two parts is split at its last slash (`en` and `index.html`; `` and `404.html`).
    static func split(_ path: String) -> (base: String, name: String) {
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        guard let first = utf8.firstIndex(of: slash) else { return ("", path) }
        let afterFirst = utf8.index(after: first)
        guard let second = utf8[afterFirst...].firstIndex(of: slash) else {
            return (String(path[..<first]), String(path[afterFirst...]))
        }
        return (String(path[..<second]), String(path[utf8.index(after: second)...]))
    }
}
