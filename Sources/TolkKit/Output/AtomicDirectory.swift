import Foundation

/// Replaces an output folder in one step: build into a staging folder beside it, then move
/// the old folder aside, move the new one in, and delete the old. A failed build deletes only
/// its staging folder, so the previous output stays as it was.
public struct AtomicDirectory {
    public let target: URL
    /// The staging folder, beside the target (same file system, so renames are atomic).
    public let staging: URL

    public init(target: URL) {
        self.target = target.standardizedFileURL
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        staging = self.target.deletingLastPathComponent().appendingPathComponent(".\(self.target.lastPathComponent).tolk-new-\(token)")
    }

    /// Creates an empty staging folder, after removing the staging folders that killed builds
    /// of the same target left beside it (a killed build cannot clean up after itself).
    public func begin() throws {
        removeLeftovers()
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Puts the staging folder in the target's place.
    public func commit() throws {
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
        if hadOld { Self.removeTree(old) }
    }

    /// Deletes the staging folder after a failure.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }
}
