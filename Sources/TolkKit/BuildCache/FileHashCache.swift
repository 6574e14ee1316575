import Foundation

/// The content hashes of the project files the build cache's keys are made of, kept between
/// builds in `.tolk/hashes/cache.bin` by each file's stat data, as git's index keeps them: a
/// rebuild's keys read every page's source and its translation in every language (25,000
/// files, half a gigabyte at 5,000 topics), and nearly all of them are as they were.
///
/// A file whose size, mtime, ctime, inode and device are those recorded is not read: its hash
/// is the one recorded. Anything else is read and hashed. The hash is always `ContentHash` of
/// the file's bytes, so a key is the same whether its files were read or not, and a cached
/// build is the same as a clean one.
///
/// Racily clean files: an edit within the file system's clock tick of the moment a file was
/// hashed can leave all its stat data as they were. So an entry is trusted only when its
/// mtime and ctime are more than two seconds older than the time the cache was taken (read
/// from the clock before the first file was stated, not when it was written: a file edited
/// in the same tick as it was read, late in a long build, is not trusted either); such a file
/// is read again next time.
///
/// A file whose header does not match (another Tolk, another project folder, another layout),
/// whose checksum fails or that does not frame is ignored as a whole. `--clean` ignores the
/// file and writes it anew. A write failure is a warning: the next build only reads again.
final class FileHashCache: @unchecked Sendable {
    /// What `stat` says of a file; an entry is trusted only while all of it is the same.
    struct FileStat: Equatable, Sendable {
        var size: Int64
        /// Nanoseconds since 1970.
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var device: UInt64

        init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
            self.device = device
        }

        init(_ info: stat) {
            self.init(size: Int64(info.st_size), modified: FileHashCache.nanoseconds(info.st_mtim),
                      changed: FileHashCache.nanoseconds(info.st_ctim), inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
        }
    }

    /// A file's stat data when it was hashed, and the hash (`ContentHash.hex` of its bytes).
    struct Entry: Equatable, Sendable {
        var stat: FileStat
        var hash: String
    }

    private let root: String
    /// The project's folder, open: each file is stated and opened by its path inside it, so
    /// the kernel does not walk every folder above the project again for each of a rebuild's
    /// 25,000 stats at 5,000 topics. -1 when it cannot be opened (then every path is absolute).
    private let folder: Int32
    private let identity: FileHashCacheHeader
    /// When this build began stating files (nanoseconds since 1970), written as the cache's time.
    private let taken: Int64
    /// How much older than the cache's time an entry's mtime and ctime must be (`racyWindow`).
    private let margin: Int64
    /// The trusted entries read (racily clean ones left out); never changed, so read without the lock.
    private let previous: [String: Entry]
    private let lock = NSLock()
    private var current: [String: Entry] = [:]
    private var reads = 0

    /// Reads the cache of the project at `root` (nothing with `--clean`); `now` is the clock's
    /// time, in nanoseconds since 1970 (a test sets it).
    init(root: URL, settings: BuildCacheSettings, now: Int64 = FileHashCache.now()) {
        self.root = root.path
        folder = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        identity = FileHashCacheHeader(root: root, tolkVersion: settings.tolkVersion)
        taken = now
        margin = settings.fileTimeMargin
        previous = settings.clean ? [:] : Self.read(Self.file(root: root), identity: identity, margin: margin)
        // A rebuild hashes about the files it hashed last time: growing the table cost as much as the lookups.
        current.reserveCapacity(previous.count)
    }

    deinit {
        if folder >= 0 { close(folder) }
    }

    /// `.tolk/hashes/cache.bin` in the project.
    static func file(root: URL) -> URL { root.appendingPathComponent(".tolk/hashes/cache.bin") }

    /// How many files this build read (the rest were known by their stat data).
    var readFiles: Int { lock.withLock { reads } }

    /// `ContentHash.hex` of the bytes of the file at `path` (relative to the project's folder,
    /// symbolic links followed as `open` follows them); nil when it cannot be read, as
    /// `ProjectFiles.readFile` gives nil.
    func hash(_ path: String) -> String? {
        // Inside the open folder; whole when it could not be opened, or for a path starting with
        // a slash, which `openat` would take as absolute where `root + "/" + path` is inside the project.
        let (base, name) = folder >= 0 && !path.hasPrefix("/") ? (folder, path) : (AT_FDCWD, root + "/" + path)
        var info = stat()
        if let entry = previous[path], fstatat(base, name, &info, 0) == 0, FileStat(info) == entry.stat {
            lock.withLock { current[path] = entry }
            return entry.hash
        }
        let descriptor = openat(base, name, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0, let data = ProjectFiles.readFile(descriptor: descriptor, info) else { return nil }
        var hash = ContentHash()
        hash.add(data)
        let hex = hash.hex
        let before = FileStat(info)
        // A file that changed while it was read is not recorded: its bytes may be of neither version.
        let unchanged = fstat(descriptor, &info) == 0 && FileStat(info) == before
        lock.withLock {
            if unchanged { current[path] = Entry(stat: before, hash: hex) }
            reads += 1
        }
        return hex
    }

    /// Writes the entries of the files hashed by this build, when any was read. A write failure is a warning.
    func save() -> [Diagnostic] {
        let (entries, reads) = lock.withLock { (current, self.reads) }
        // Without a read every entry was one read from the file, so it holds these (and maybe more).
        guard reads > 0 || entries.count != previous.count else { return [] }
        let url = Self.file(root: URL(fileURLWithPath: root))
        do {
            let bytes = try Self.encode(entries, identity: identity, taken: taken)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Data(bytes), to: url)
            return []
        } catch {
            return [.warning("build-cache", at: nil, "the file hash cache could not be written to \(url.path): \(error.localizedDescription)",
                             hint: "the site was built; the next build reads every page's files again")]
        }
    }

    /// The file's bytes: the header line (with `taken` and the checksum of the rest), then per
    /// entry, sorted by path, the path, the stat data and the hash.
    static func encode(_ entries: [String: Entry], identity: FileHashCacheHeader, taken: Int64) throws -> [UInt8] {
        var writer = SourceWriter()
        writer.reserve(entries.count * 96)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.int(Int(entry.stat.size))
            writer.int(Int(entry.stat.modified))
            writer.int(Int(entry.stat.changed))
            writer.int(Int(bitPattern: UInt(entry.stat.inode)))
            writer.int(Int(bitPattern: UInt(entry.stat.device)))
            writer.string(entry.hash)
        }
        var header = identity
        header.taken = taken
        header.checksum = StoredSource.checksum(writer.bytes[...])
        var bytes = [UInt8](try JSONEncoder().encode(header))
        bytes.append(UInt8(ascii: "\n"))
        return bytes + writer.bytes
    }

    /// The trusted entries of a cache file of this identity: empty when it is missing, foreign,
    /// damaged or does not frame; without the entries too recent to be trusted (racily clean).
    static func read(_ url: URL, identity: FileHashCacheHeader, margin: Int64) -> [String: Entry] {
        guard let data = ProjectFiles.readFile(url.path) else { return [:] }
        let bytes = [UInt8](data)
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let header = try? JSONDecoder().decode(FileHashCacheHeader.self, from: Data(bytes[..<newline])),
              header.format == identity.format, header.tolkVersion == identity.tolkVersion, header.projectRoot == identity.projectRoot,
              let taken = header.taken, header.checksum == StoredSource.checksum(bytes[(newline + 1)...]) else { return [:] }
        let trustedBefore = taken - margin
        var reader = SourceReader(bytes: bytes, at: newline + 1)
        var entries: [String: Entry] = [:]
        entries.reserveCapacity((bytes.count - newline) / 64)
        do {
            while !reader.isAtEnd {
                let path = try reader.string()
                let stat = FileStat(size: Int64(try reader.int()), modified: Int64(try reader.int()), changed: Int64(try reader.int()),
                                    inode: UInt64(UInt(bitPattern: try reader.int())), device: UInt64(UInt(bitPattern: try reader.int())))
                let hash = try reader.string()
                if stat.modified < trustedBefore, stat.changed < trustedBefore { entries[path] = Entry(stat: stat, hash: hash) }
            }
        } catch {
            return [:]
        }
        return entries
    }

    /// How much older than the cache's time a file's mtime and ctime must be for its entry to be trusted.
    static let racyWindow: Int64 = 2_000_000_000

    /// The wall clock, in nanoseconds since 1970 (the clock file times are taken from).
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    static func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
}

/// The first line of `.tolk/hashes/cache.bin`: whose cache it is, when it was taken, and the checksum of what follows.
struct FileHashCacheHeader: Codable, Sendable, Equatable {
    /// Bumped when the layout of an entry or its meaning changes.
    static let format = 1

    var format: Int
    /// Tolk's version and the running executable's identity (`BuildCacheSettings`).
    var tolkVersion: String
    var projectRoot: String
    /// `FileHashCache`'s time (nanoseconds since 1970); an entry must be older to be trusted.
    var taken: Int64?
    /// `StoredSource.checksum` of the entries' bytes: a damaged entry would give a wrong key.
    var checksum: String?

    init(root: URL, tolkVersion: String) {
        format = Self.format
        self.tolkVersion = tolkVersion
        projectRoot = root.standardizedFileURL.path
    }
}
