/// The files of a snapshot by site-relative path: those of the last complete render, shared by
/// every snapshot edits made from it, with the edits' changes on top. A rebuild after an edit
/// then costs its own few files instead of a copy of a 70,000-entry table (most of an edit's
/// time on a large site); the layers are merged once the changes grow large.
struct SnapshotFiles: Sendable {
    private let base: [String: StoredFile]
    /// Since `base`: each path's file now, or nil for a file gone.
    private let changes: [String: StoredFile?]
    /// How many files there are.
    let count: Int

    /// Changes beyond this many are merged into a new base.
    static let mergeAt = 4096

    init(_ files: [String: StoredFile]) {
        base = files
        changes = [:]
        count = files.count
    }

    private init(base: [String: StoredFile], changes: [String: StoredFile?], count: Int) {
        self.base = base
        self.changes = changes
        self.count = count
    }

    subscript(path: String) -> StoredFile? {
        if let change = changes[path] { return change }
        return base[path]
    }

    /// Every file, in one table.
    var all: [String: StoredFile] {
        guard !changes.isEmpty else { return base }
        var files = base
        for (path, file) in changes { files[path] = file }
        return files
    }

    /// These files with `edits` applied: a file for a path, or nil to remove it.
    func applying(_ edits: [String: StoredFile?]) -> SnapshotFiles {
        var changes = self.changes
        var count = self.count
        for (path, file) in edits {
            count += (file == nil ? 0 : 1) - (self[path] == nil ? 0 : 1)
            changes[path] = .some(file)
        }
        let next = SnapshotFiles(base: base, changes: changes, count: count)
        return changes.count > Self.mergeAt ? SnapshotFiles(next.all) : next
    }
}
