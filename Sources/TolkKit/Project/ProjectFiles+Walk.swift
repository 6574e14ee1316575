import Foundation

extension ProjectFiles {
    /// `files(under: folder, inside: folder, skipping:)` by `opendir`/`readdir` on plain paths:
    /// the same files with the same bytes, for the build cache's global key, which walks
    /// `Locales/` (a file per page and language) on every build. `FileManager`'s enumerator
    /// built a URL and stated each entry again; here an entry's type comes from `readdir`, and
    /// only a symbolic link has its real path checked (a file reached through real folders
    /// below `folder` is inside it). Hidden entries are left out and their folders not entered;
    /// a symbolic link to a folder is not followed (nor is it by the enumerator). Unreadable
    /// folders and files are left out, as there.
    static func walk(_ folder: URL, skipping: (String) -> Bool = { _ in false }) -> [(String, Data)] {
        walkPaths(folder, skipping: skipping).compactMap { path in readFile(folder.path + "/" + path).map { (path, $0) } }
    }

    /// The relative paths `walk` reads, sorted, without reading them (the build cache hashes
    /// them through `FileHashCache`); a path that then cannot be read is one `walk` leaves out.
    static func walkPaths(_ folder: URL, skipping: (String) -> Bool = { _ in false }) -> [String] {
        let base = folder.path
        var result: [String] = []
        entries(below: base, hidden: false) { path, kind in
            guard kind != .folder, !skipping(path) else { return }
            if kind == .link, !ProjectPath.isInside(URL(fileURLWithPath: base + "/" + path), folder: folder) { return }
            result.append(path)
        }
        return result.sorted()
    }

    /// What `readdir` says an entry is: a folder (entered), a symbolic link (not followed), or anything else.
    enum EntryKind { case folder, link, other }

    /// Every entry below a folder (plain path) by `opendir`/`readdir`, folders too, as relative
    /// paths, in no particular order. Symbolic links are not followed; with `hidden: false`,
    /// entries whose name starts with a dot are left out and such folders not entered. A folder
    /// that cannot be opened is left out with what is below it.
    static func entries(below base: String, hidden: Bool, _ visit: (String, EntryKind) -> Void) {
        var folders = [""]
        while let relative = folders.popLast() {
            guard let directory = opendir(relative.isEmpty ? base : base + "/" + relative) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                var name = entry.pointee.d_name
                let entryName = withUnsafeBytes(of: &name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
                guard entryName != ".", entryName != "..", hidden || !entryName.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? entryName : relative + "/" + entryName
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(base + "/" + path, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFLNK ? Int32(DT_LNK) : Int32(DT_REG)
                }
                switch type {
                case Int32(DT_DIR):
                    folders.append(path)
                    visit(path, .folder)
                case Int32(DT_LNK): visit(path, .link)
                default: visit(path, .other)
                }
            }
        }
    }

    /// A file's bytes by `open`/`read` on a plain path (no URL is built); nil when it cannot be
    /// opened or read (a folder included). The build cache reads every page's files this way.
    static func readFile(_ path: String) -> Data? {
        readBytes(path).map { Data($0) }
    }

    /// The bytes of the open file `descriptor`, whose `fstat` is `info`, as `Data`.
    static func readFile(descriptor: Int32, _ info: stat) -> Data? {
        readBytes(descriptor: descriptor, info).map { Data($0) }
    }
}
