import Foundation

/// Empties a staging folder made of the spare (`AtomicDirectory.spare`) of everything that is
/// not a file as its records list it: files put into the output by hand or edited there, the
/// PDFs and marker a build writes anew, folders left with nothing recorded. What is left are
/// the files a build wrote, each with the size, mtime and inode recorded, so the bytes it wrote.
enum SpareSweep {
    /// The files the spare's records list, with their stat data, each at its place in `files`.
    struct Wanted: Sendable {
        private(set) var files: [OutputFileStat] = []
        private(set) var index: [String: Int] = [:]

        /// The files of each record, in order (a path listed twice counts once).
        init(_ lists: [[OutputFileStat]]) {
            let count = lists.reduce(0) { $0 + $1.count }
            files.reserveCapacity(count)
            index.reserveCapacity(count)
            for list in lists {
                for file in list where index[file.path] == nil {
                    index[file.path] = files.count
                    files.append(file)
                }
            }
        }
    }

    /// What the sweep kept: `kept[i]` for `wanted.files[i]`.
    struct Swept: Sendable {
        let wanted: Wanted
        let kept: [Bool]

        /// Whether `path` is a file the records list and the sweep kept as recorded.
        func isKept(_ path: String) -> Bool { wanted.index[path].map { kept[$0] } ?? false }
    }

    /// Removes from the folder at `root` every entry that is not a wanted file as recorded,
    /// and the folders that leaves empty. The folders two levels down (`<lang>/topics`) are
    /// swept on every core at once, as removal does; each file is stated relative to its
    /// folder's descriptor (a path per file to walk was a tenth of a rebuild).
    static func sweep(_ root: String, keeping wanted: Wanted) -> Swept {
        var kept = [Bool](repeating: false, count: wanted.files.count)
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return Swept(wanted: wanted, kept: kept) }
        defer { close(descriptor) }
        var found: [Int] = []
        var work: [(parent: Int32, path: String, name: String)] = []
        var opened: [(descriptor: Int32, name: String)] = []
        for name in sweepEntries(of: descriptor, at: "", keeping: wanted, kept: &found) {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            opened.append((child, name))
            work += sweepEntries(of: child, at: name, keeping: wanted, kept: &found).map { (child, name + "/" + $0, $0) }
        }
        let items = work
        let below = ResultSlots<[Int]>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            var keptHere: [Int] = []
            sweepFolder(items[index].name, in: items[index].parent, at: items[index].path, keeping: wanted, kept: &keptHere)
            below[index] = keptHere
        }
        // The first two levels are few: each is removed if it is empty now (rmdir refuses otherwise).
        for item in items { unlinkat(item.parent, item.name, AT_REMOVEDIR) }
        for (child, name) in opened {
            close(child)
            unlinkat(descriptor, name, AT_REMOVEDIR)
        }
        for index in found { kept[index] = true }
        for list in below.values { for index in list ?? [] { kept[index] = true } }
        return Swept(wanted: wanted, kept: kept)
    }

    /// Sweeps the folder `name` of the open folder `parent`, whose path is `path`, and removes
    /// it when nothing in it was kept.
    private static func sweepFolder(_ name: String, in parent: Int32, at path: String, keeping wanted: Wanted, kept: inout [Int]) {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        let before = kept.count
        for folder in sweepEntries(of: child, at: path, keeping: wanted, kept: &kept) {
            sweepFolder(folder, in: child, at: path + "/" + folder, keeping: wanted, kept: &kept)
        }
        close(child)
        if kept.count == before { unlinkat(parent, name, AT_REMOVEDIR) }
    }

    /// Removes the entries of the open folder `folder` (at `path`) that are not wanted files as
    /// recorded, appends the place of each file kept to `kept`, and returns the names of its
    /// folders. Only a regular file is kept: a link or anything else at a wanted path goes too.
    private static func sweepEntries(of folder: Int32, at path: String, keeping wanted: Wanted, kept: inout [Int]) -> [String] {
        var folders: [String] = []
        for (name, type) in entries(of: folder) {
            var isFolder = type == Int32(DT_DIR)
            if type == Int32(DT_UNKNOWN) {
                // A file system that does not type its entries: ask.
                var info = stat()
                guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                folders.append(name)
                continue
            }
            let relative = path.isEmpty ? name : path + "/" + name
            if let place = wanted.index[relative], OutputFileStat.read(name, in: folder, as: relative) == wanted.files[place] {
                kept.append(place)
            } else {
                unlinkat(folder, name, 0)
            }
        }
        return folders
    }

    /// The names and `d_type`s of the open folder's entries, read before any is removed.
    private static func entries(of folder: Int32) -> [(String, Int32)] {
        // fdopendir takes the descriptor over, so it reads a duplicate.
        let listing = dup(folder)
        guard listing >= 0, let directory = fdopendir(listing) else {
            if listing >= 0 { close(listing) }
            return []
        }
        defer { closedir(directory) }
        var found: [(String, Int32)] = []
        while let entry = readdir(directory) {
            var name = entry.pointee.d_name
            let entryName = withUnsafeBytes(of: &name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            guard entryName != ".", entryName != ".." else { continue }
            found.append((entryName, Int32(entry.pointee.d_type)))
        }
        return found
    }
}
