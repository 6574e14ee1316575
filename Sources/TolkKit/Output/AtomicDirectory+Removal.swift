import Foundation

extension AtomicDirectory {
    /// Deletes a folder and everything below it by `openat`/`readdir`/`unlinkat`, relative to
    /// each folder's descriptor: the old output of a rebuild is a file per page and language,
    /// and FileManager's `removeItem` built a path and asked its delegate for each of them
    /// (a tenth of a no-change rebuild). Symbolic links are removed, never followed. Whatever
    /// this leaves (a folder it may not open) is left to `removeItem`, so the result is the same.
    ///
    /// The folders two levels down (`<lang>/topics`, `<lang>/handouts`, ...) are emptied on
    /// every core at once (`removeConcurrently`): the unlinks of one folder wait on that
    /// folder's lock in the kernel, so the work is split by folder.
    static func removeTree(_ url: URL) {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 {
            removeConcurrently(contentsOf: descriptor)
            close(descriptor)
            if rmdir(path) == 0 { return }
        } else if errno == ENOENT {
            return
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// At most this many folders of the first level are opened to be split into their own
    /// folders (one descriptor each, held until those are removed); beyond it the first-level
    /// folders are enough to share out as they are.
    static let splitFolderLimit = 64

    /// Removes the entries of the open folder `root` (the descriptor stays open): its files and
    /// its first-level folders' files here, then every folder below those, each with what it
    /// holds, spread over the cores, then the emptied first-level folders.
    private static func removeConcurrently(contentsOf root: Int32) {
        let firstLevel = removeFiles(in: root)
        let split = firstLevel.count <= splitFolderLimit
        // A folder to empty and remove: its parent's descriptor and its name.
        var work: [(parent: Int32, name: String)] = []
        var opened: [(descriptor: Int32, name: String)] = []
        for name in firstLevel {
            guard split else {
                work.append((root, name))
                continue
            }
            let child = openat(root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            opened.append((child, name))
            work += removeFiles(in: child).map { (child, $0) }
        }
        // Largest first would need their sizes; in readdir's order the items are small enough
        // (a language's topics or handouts) that two cores finish close together anyway.
        let items = work
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            removeFolder(items[index].name, in: items[index].parent)
        }
        for (descriptor, name) in opened {
            close(descriptor)
            unlinkat(root, name, AT_REMOVEDIR)
        }
    }

    /// Empties the folder `name` of the open folder `parent` and removes it; a folder it
    /// cannot open is left (to `removeItem`, by `removeTree`).
    static func removeFolder(_ name: String, in parent: Int32) {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        removeContents(of: child)
        close(child)
        unlinkat(parent, name, AT_REMOVEDIR)
    }

    /// Removes the entries of the open folder `folder` (the descriptor stays open), depth first.
    private static func removeContents(of folder: Int32) {
        for name in removeFiles(in: folder) { removeFolder(name, in: folder) }
    }

    /// Unlinks every entry of the open folder `folder` that is not a folder (symbolic links
    /// included: `unlinkat` removes the link) and returns the names of its folders.
    private static func removeFiles(in folder: Int32) -> [String] {
        // fdopendir takes the descriptor over, so it reads a duplicate.
        let listing = dup(folder)
        guard listing >= 0, let directory = fdopendir(listing) else {
            if listing >= 0 { close(listing) }
            return []
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
        return folders
    }
}
