/// How many files of the served snapshots name each object of the store, kept up to date
/// file by file: an edit that changes three files of a 70,000-file site then finds the objects
/// nothing names any more from those three, instead of gathering every name of both views.
struct ObjectReferences {
    private var counts: [SHA256Digest: Int] = [:]

    /// The references of every file of `snapshots`.
    init(_ snapshots: [SiteSnapshot?]) {
        for snapshot in snapshots.compactMap({ $0 }) {
            counts.reserveCapacity(snapshot.files.count)
            for file in snapshot.files.all.values { counts[file.digest, default: 0] += 1 }
        }
    }

    /// Every object named.
    var all: Set<SHA256Digest> { Set(counts.keys) }

    /// Counts the change of `paths` from `old` to `new` (one view's snapshots).
    mutating func update(_ paths: Set<String>, from old: SiteSnapshot?, to new: SiteSnapshot?) {
        for path in paths {
            let before = old?.files[path], after = new?.files[path]
            guard before != after else { continue }
            if let after { counts[after.digest, default: 0] += 1 }
            if let before {
                let left = counts[before.digest, default: 1] - 1
                counts[before.digest] = left > 0 ? left : nil
                if left <= 0 { candidates.append(before.digest) }
            }
        }
    }

    /// The objects that lost their last reference in `update` since the last call, and are not
    /// named again (another file, or the other view, may have taken them up).
    mutating func takeUnreferenced() -> Set<SHA256Digest> {
        defer { candidates = [] }
        return Set(candidates.filter { counts[$0] == nil })
    }

    private var candidates: [SHA256Digest] = []
}
