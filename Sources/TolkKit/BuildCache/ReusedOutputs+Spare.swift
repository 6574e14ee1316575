import Foundation

/// Staging made of the spare: the output before the current one, kept by the last build
/// (`AtomicDirectory.commit(keepingOld:)`). A document whose key is the one the spare was built
/// with keeps its files where they are, with no link made and none to delete after the swap;
/// only what changed since is linked from the current output or rendered.
extension ReusedOutputs {
    /// Whether the spare's records were read for this build, so staging may be made of it.
    var hasSpare: Bool { !spare.isEmpty }

    /// Staging is the spare: removes from it whatever the spare's records do not list
    /// (`SpareSweep`), before any document job writes there.
    func startFromSpare() {
        var wanted = SpareSweep.Wanted()
        for stored in spare.values {
            for file in DocumentRecord.files(decoding: stored.bytes) ?? [] { wanted.add(file) }
        }
        spareFiles = SpareSweep.sweep(stagingPath, keeping: wanted)
        spareListed = Array(wanted.files.keys)
        usingSpare = true
    }

    /// The spare's record at `path` when it was built with `key` and the sweep kept each of its
    /// files (a regular file of the recorded size, mtime and inode, so the bytes that build
    /// wrote). Touched by hand, a file was swept away, and the document is linked or rendered.
    func keptSpareRecord(at path: String, key: String?) -> (DocumentRecord, [UInt8])? {
        guard usingSpare, let key, let stored = spare[path], stored.key == key, let record = stored.decoded(),
              record.files.allSatisfy({ spareFiles.contains($0.path) }) else { return nil }
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
        var claimed = Set<String>()
        for record in records.values {
            switch record {
            case .reused(let record, _): for file in record.files { claimed.insert(file.path) }
            case .rendered(_, let paths, _): claimed.formUnion(paths)
            }
        }
        // Every file the records listed: one the sweep removed (edited by hand) may have left its folder empty too.
        for path in spareListed where !claimed.contains(path) {
            unlink(stagingPath + "/" + path)
            removeEmptyFolders(above: path)
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
