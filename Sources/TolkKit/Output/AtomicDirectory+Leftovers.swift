import Foundation

extension AtomicDirectory {
    /// A staging (`tolk-new`) or set-aside (`tolk-old`) folder beside the target, left by a build
    /// that was killed (`kill -9`, a crash, power loss) before it could clean up.
    struct Leftover: Equatable {
        var name: String
        var isOld: Bool
        var processIdentifier: Int32
    }

    /// The leftovers beside the target whose build is no longer running. A folder of a build
    /// that is still running (its process exists, e.g. a second `tolk build` of the same output)
    /// is left to it.
    func leftovers() -> [Leftover] {
        let parent = target.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.compactMap { Self.leftover(named: $0, target: target.lastPathComponent) }
            .filter { !Self.isRunning($0.processIdentifier) }
            .sorted { $0.name < $1.name }
    }

    /// Removes the leftovers of killed builds. When a build was killed in the middle of its swap
    /// (the old output set aside, the new one not yet in place), the old output is put back
    /// first, so that a failure of this build still leaves the previous site in place.
    func removeLeftovers() {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        for leftover in leftovers() {
            let url = parent.appendingPathComponent(leftover.name)
            if leftover.isOld && !manager.fileExists(atPath: target.path), (try? manager.moveItem(at: url, to: target)) != nil {
                continue
            }
            try? manager.removeItem(at: url)
        }
    }

    /// Parses `.NAME.tolk-new-PID-TOKEN` (or `tolk-old`), the names `init(target:)` and `commit()` give.
    static func leftover(named name: String, target: String) -> Leftover? {
        for (kind, isOld) in [("tolk-new", false), ("tolk-old", true)] {
            let prefix = ".\(target).\(kind)-"
            guard name.hasPrefix(prefix) else { continue }
            let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, parts[1].count == 8,
                  parts[1].allSatisfy(\.isHexDigit) else { return nil }
            return Leftover(name: name, isOld: isOld, processIdentifier: pid)
        }
        return nil
    }

    /// Whether a process with this id exists (signal 0 checks without sending anything;
    /// EPERM means it exists but belongs to someone else).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid_t(pid), 0) == 0 || errno == EPERM
    }
}
