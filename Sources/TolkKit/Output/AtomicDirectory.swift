import Foundation

/// Replaces an output folder in one step: build into a staging folder beside it, then move
/// the old folder aside, move the new one in, and delete the old. A failed build deletes only
/// its staging folder, so the previous output stays as it was.
///
/// A cached build keeps the old folder instead, as the spare (`.NAME.tolk-spare`), and the
/// next build starts its staging folder from it: most of its files are already the ones that
/// build wants (hard links of the same files), so a rebuild links, and later deletes, only
/// what changed instead of every file of the site.
public struct AtomicDirectory {
    public let target: URL
    /// The staging folder, beside the target (same file system, so renames are atomic).
    public let staging: URL
    /// The previous output kept for the next build (`commit(keepingOld: true)`), beside the target.
    public var spare: URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tolk-spare")
    }

    public init(target: URL) {
        self.target = target.standardizedFileURL
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        staging = self.target.deletingLastPathComponent().appendingPathComponent(".\(self.target.lastPathComponent).tolk-new-\(token)")
    }

    /// Creates an empty staging folder, after removing the staging folders that killed builds
    /// of the same target left beside it (a killed build cannot clean up after itself).
    public func begin() throws {
        _ = try begin(fromSpare: false)
    }

    /// `begin`, with the staging folder made of the spare when `fromSpare` and there is one
    /// (true then: the caller empties it of what it does not want). A spare not used is deleted.
    public func begin(fromSpare: Bool) throws -> Bool {
        removeLeftovers()
        if fromSpare, rename(spare.path, staging.path) == 0 {
            // Open to others again as the output is (the spare was closed to them, below).
            var info = stat()
            chmod(staging.path, stat(target.path, &info) == 0 ? info.st_mode & 0o7777 : 0o755)
            return true
        }
        Self.removeTree(spare)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        return false
    }

    /// Puts the staging folder in the target's place.
    public func commit() throws {
        try commit(keepingOld: false)
    }

    /// `commit`; with `keepingOld`, the old output becomes the spare instead of being deleted.
    public func commit(keepingOld: Bool) throws {
        let manager = FileManager.default
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent.replacingOccurrences(of: "tolk-new", with: "tolk-old"))
        let hadOld = manager.fileExists(atPath: target.path)
        if hadOld { try manager.moveItem(at: target, to: old) }
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadOld { try? manager.moveItem(at: old, to: target) }
            throw error
        }
        guard hadOld else { return }
        // A spare this build did not start from (it may not be there) goes first: rename does not replace a folder with files.
        if keepingOld {
            Self.removeTree(spare)
            // Only this user may enter the spare: a web server serving the output's parent folder
            // must not serve the old site under /.NAME.tolk-spare/.
            if chmod(old.path, 0o700) == 0, rename(old.path, spare.path) == 0 { return }
        }
        Self.removeTree(old)
    }

    /// Deletes the staging folder after a failure.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }
}
