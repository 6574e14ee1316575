import Foundation

extension AtomicDirectory {
    /// Deletes a folder and everything below it by `openat`/`readdir`/`unlinkat`, relative to
    /// each folder's descriptor: the old output of a rebuild is a file per page and language,
    /// and FileManager's `removeItem` built a path and asked its delegate for each of them
    /// (a tenth of a no-change rebuild). Symbolic links are removed, never followed. Whatever
    /// this leaves (a folder it may not open) is left to `removeItem`, so the result is the same.
    static func removeTree(_ url: URL) {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 {
            removeContents(of: descriptor)
            close(descriptor)
            if rmdir(path) == 0 { return }
        } else if errno == ENOENT {
            return
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// Removes the entries of the open folder `folder` (the descriptor stays open).
    private static func removeContents(of folder: Int32) {
        // fdopendir takes the descriptor over, so it reads a duplicate.
        let listing = dup(folder)
        guard listing >= 0, let directory = fdopendir(listing) else {
            if listing >= 0 { close(listing) }
            return
        }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            var name = entry.pointee.d_name
            let entryName = withUnsafeBytes(of: &name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            guard entryName != ".", entryName != ".." else { continue }
            if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                folders.append(entryName)
            } else if unlinkat(folder, entryName, 0) != 0, errno == EISDIR {
                // A folder that readdir did not type (DT_UNKNOWN).
                folders.append(entryName)
            }
        }
        for name in folders {
            let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            removeContents(of: child)
            close(child)
            unlinkat(folder, name, AT_REMOVEDIR)
        }
    }
}
