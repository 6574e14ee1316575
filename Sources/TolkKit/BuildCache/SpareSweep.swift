import Foundation

/// Empties a staging folder made of the spare (`AtomicDirectory.spare`) of everything that is
/// not a file as its records list it: files put into the output by hand or edited there, the
/// PDFs and marker a build writes anew, folders of nothing recorded. What is left are the files
/// a build wrote, each with the size, mtime and inode recorded, so the bytes it wrote.
enum SpareSweep {
    /// The files the spare's records list, with their stat data, and every folder above one
    /// of them, relative to the spare.
    struct Wanted: Sendable {
        var files: [String: OutputFileStat] = [:]
        var folders: Set<String> = []

        mutating func add(_ file: OutputFileStat) {
            guard files.updateValue(file, forKey: file.path) == nil else { return }
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
    }

    /// Removes from the folder at `root` every entry `wanted` does not have as it is, and
    /// returns the paths of the files kept. The folders two levels down (`<lang>/topics`) are
    /// swept on every core at once, as removal does; each file is stated relative to its
    /// folder's descriptor (a path per file to walk was a tenth of a rebuild).
    static func sweep(_ root: String, keeping wanted: Wanted) -> Set<String> {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var kept: [String] = []
        var work: [(parent: Int32, path: String, name: String)] = []
        var opened: [Int32] = []
        for name in sweepEntries(of: descriptor, at: "", keeping: wanted, kept: &kept) {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            opened.append(child)
            work += sweepEntries(of: child, at: name, keeping: wanted, kept: &kept).map { (child, name + "/" + $0, $0) }
        }
        let items = work
        let keptBelow = ResultSlots<[String]>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            var found: [String] = []
            sweepFolder(items[index].name, in: items[index].parent, at: items[index].path, keeping: wanted, kept: &found)
            keptBelow[index] = found
        }
        for child in opened { close(child) }
        var all = Set(kept)
        all.reserveCapacity(wanted.files.count)
        for found in keptBelow.values { all.formUnion(found ?? []) }
        return all
    }

    /// Sweeps the wanted folder `name` of the open folder `parent`, whose path is `path`.
    private static func sweepFolder(_ name: String, in parent: Int32, at path: String, keeping wanted: Wanted, kept: inout [String]) {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        defer { close(child) }
        for folder in sweepEntries(of: child, at: path, keeping: wanted, kept: &kept) {
            sweepFolder(folder, in: child, at: path + "/" + folder, keeping: wanted, kept: &kept)
        }
    }

    /// Removes the entries of the open folder `folder` (at `path`) that are not wanted as they
    /// are, appends the files kept to `kept`, and returns the names of its wanted folders. Only
    /// a regular file is kept as a file: a link or anything else at a wanted file's path goes too.
    private static func sweepEntries(of folder: Int32, at path: String, keeping wanted: Wanted, kept: inout [String]) -> [String] {
        var folders: [String] = []
        for (name, type) in entries(of: folder) {
            let relative = path.isEmpty ? name : path + "/" + name
            var isFolder = type == Int32(DT_DIR)
            if type == Int32(DT_UNKNOWN) {
                // A file system that does not type its entries: ask.
                var info = stat()
                guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                if wanted.folders.contains(relative) { folders.append(name) } else { AtomicDirectory.removeFolder(name, in: folder) }
            } else if let expected = wanted.files[relative], OutputFileStat.read(name, in: folder, as: relative) == expected {
                kept.append(relative)
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
