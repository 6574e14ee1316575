import Foundation

/// Staging made of the spare: the output before the current one, kept by the last build
/// (`AtomicDirectory.commit(keepingOld:)`). A document whose key is the one the spare was built
/// with keeps its files where they are, with no link made and none to delete after the swap;
/// only what changed since is linked from the current output or rendered.
extension ReusedOutputs {
    /// Whether the spare's records were read for this build, so staging may be made of it.
    var hasSpare: Bool { !spare.isEmpty }

    /// Staging is the spare: removes from it whatever is not a file as the spare's records
    /// list it (`SpareSweep`), before any document job writes there.
    func startFromSpare() {
        let stored = Array(spare.values)
        let lists = ResultSlots<[OutputFileStat]>(count: stored.count)
        DispatchQueue.concurrentPerform(iterations: stored.count) { index in
            lists[index] = DocumentRecord.files(decoding: stored[index].bytes) ?? []
        }
        swept = SpareSweep.sweep(stagingPath, keeping: SpareSweep.Wanted(lists.values.map { $0 ?? [] }))
        usingSpare = true
    }

    /// The spare's record at `path` when it was built with `key` and the sweep kept each of its
    /// files (a regular file of the recorded size, mtime and inode, so the bytes that build
    /// wrote). Touched by hand, a file was swept away, and the document is linked or rendered.
    func keptSpareRecord(at path: String, key: String?) -> (DocumentRecord, [UInt8])? {
        guard usingSpare, let key, let stored = spare[path], stored.key == key, let record = stored.decoded(),
              record.files.allSatisfy({ swept.isKept($0.path) }) else { return nil }
        return (record, stored.bytes)
    }

    /// Keeps the spare's files of `record` in staging as this build's.
    func keep(_ record: DocumentRecord, _ bytes: [UInt8], at path: String) {
        lock.withLock {
            pending[path] = .reused(record, bytes)
            reused += record.files.count
        }
    }

    /// Removes from staging the spare's files that no document of this build has (a document
    /// deleted, or rendered into other files), and the folders that leaves empty. Called once
    /// every document job is done.
    func removeUnclaimedSpareFiles() {
        guard usingSpare else { return }
        let records = lock.withLock { pending }
        let wanted = swept.wanted
        var claimed = [Bool](repeating: false, count: wanted.files.count)
        func claim(_ path: String) { if let place = wanted.index[path] { claimed[place] = true } }
        for record in records.values {
            switch record {
            case .reused(let record, _): for file in record.files { claim(file.path) }
            case .rendered(_, let paths, _): for path in paths { claim(path) }
            }
        }
        // A kept file nobody claimed goes, and any folder that leaves empty (the sweep removed the rest).
        for (place, file) in wanted.files.enumerated() where swept.kept[place] && !claimed[place] {
            unlink(stagingPath + "/" + file.path)
            removeEmptyFolders(above: file.path)
        }
    }

    /// `rmdir` of each folder above `path` in staging, up to the first that is not empty.
    private func removeEmptyFolders(above path: String) {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            guard rmdir(stagingPath + "/" + folder) == 0 else { return }
        }
    }
}
