import Foundation

/// Empties a staging folder made of the spare (`AtomicDirectory.spare`) of everything its
/// records do not list: files put into the output by hand, the PDFs and marker a build writes
/// anew, folders of nothing recorded. What is left are files a build wrote and recorded, and
/// each is checked against its record before it is kept (`ReusedOutputs.keepSpareFiles`).
enum SpareSweep {
    /// The files the spare's records list, and every folder above one of them, relative to it.
    struct Wanted: Sendable {
        var files: Set<String> = []
        var folders: Set<String> = []

        mutating func add(_ path: String) {
            guard files.insert(path).inserted else { return }
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
    }

    /// Removes from the folder at `root` every entry `wanted` does not have. The folders two
    /// levels down (`<lang>/topics`) are swept on every core at once, as removal does.
    static func sweep(_ root: String, keeping wanted: Wanted) {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var work: [(parent: Int32, path: String, name: String)] = []
        var opened: [Int32] = []
        for name in sweepEntries(of: descriptor, at: "", keeping: wanted) {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            opened.append(child)
            work += sweepEntries(of: child, at: name, keeping: wanted).map { (child, name + "/" + $0, $0) }
        }
        let items = work
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            sweepFolder(items[index].name, in: items[index].parent, at: items[index].path, keeping: wanted)
        }
        for child in opened { close(child) }
    }

    /// Sweeps the wanted folder `name` of the open folder `parent`, whose path is `path`.
    private static func sweepFolder(_ name: String, in parent: Int32, at path: String, keeping wanted: Wanted) {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        defer { close(child) }
        for folder in sweepEntries(of: child, at: path, keeping: wanted) {
            sweepFolder(folder, in: child, at: path + "/" + folder, keeping: wanted)
        }
    }

    /// Removes the entries of the open folder `folder` (at `path`) that are not wanted, and
    /// returns the names of its wanted folders. Only a regular file is kept as a file: a link
    /// or anything else at a wanted file's path is removed too.
    private static func sweepEntries(of folder: Int32, at path: String, keeping wanted: Wanted) -> [String] {
        var folders: [String] = []
        for (name, type) in entries(of: folder) {
            let relative = path.isEmpty ? name : path + "/" + name
            switch type {
            case Int32(DT_DIR):
                if wanted.folders.contains(relative) { folders.append(name) } else { AtomicDirectory.removeFolder(name, in: folder) }
            case Int32(DT_REG) where wanted.files.contains(relative):
                continue
            case Int32(DT_UNKNOWN):
                // A file system that does not type its entries: ask.
                var info = stat()
                guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    if wanted.folders.contains(relative) { folders.append(name) } else { AtomicDirectory.removeFolder(name, in: folder) }
                } else if (info.st_mode & S_IFMT) != S_IFREG || !wanted.files.contains(relative) {
                    unlinkat(folder, name, 0)
                }
            default:
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
