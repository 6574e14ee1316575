import Foundation

/// The first line of `.tolk/build/<hash of the output path>/cache.bin`: whose cache it is.
/// Anything that does not match the build exactly makes the whole file ignored (see `BuildCache`).
struct BuildCacheHeader: Codable, Sendable, Equatable {
    /// Bumped when the file's layout or a record's meaning changes.
    static let format = 6

    var format: Int
    /// Tolk's version and the running executable's identity: another build of Tolk may render differently.
    var tolkVersion: String
    var projectRoot: String
    var output: String
    /// Everything but a document's own files that can change any document's pages (`BuildCacheKeys.global`).
    var globalKey: String
}

/// One document's outputs as the cache knows them: the key of what its pages and handouts
/// were built from, and the files they are, with the stat data they had right after the build.
struct DocumentRecord: Codable, Sendable, Equatable {
    /// `BuildCacheKeys.combine` of the global key and `BuildCacheKeys.document` (its source, its
    /// translation in every language, its git date).
    var key: String
    var files: [OutputFileStat]
    /// For a topic, what its check decided: a rebuild then does not read its translations.
    var load: CachedDocumentLoad?
}

/// A document's line of the cache file as read: its key, and its record still encoded. Only the
/// records of documents whose key matches are decoded, each in its own document job (on all
/// cores), and a record taken over unchanged is written back as the same bytes.
struct StoredRecord: Sendable {
    var key: String
    var bytes: [UInt8]

    func decoded() -> DocumentRecord? {
        guard let record = DocumentRecord(decoding: bytes), record.key == key else { return nil }
        return record
    }
}

/// A file of the output and what `lstat` said of it right after the build. Stored as
/// `[path, size, mtime, inode]`: a rebuild decodes one of these per output file, and an array
/// decodes in a fraction of the time a keyed object takes.
struct OutputFileStat: Codable, Sendable, Equatable {
    var path: String
    var size: Int64
    var mtimeNanoseconds: Int64
    var inode: UInt64

    init(path: String, size: Int64, mtimeNanoseconds: Int64, inode: UInt64) {
        self.path = path
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.inode = inode
    }

    init(from decoder: Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        path = try fields.decode(String.self)
        size = try fields.decode(Int64.self)
        mtimeNanoseconds = try fields.decode(Int64.self)
        inode = try fields.decode(UInt64.self)
        guard fields.isAtEnd else { throw DecodingError.dataCorruptedError(in: fields, debugDescription: "more than four fields") }
    }

    func encode(to encoder: Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(path)
        try fields.encode(size)
        try fields.encode(mtimeNanoseconds)
        try fields.encode(inode)
    }

    /// The stat data of `path` inside `folder`; nil when it is not a regular file (or is missing).
    static func read(_ path: String, in folder: URL) -> OutputFileStat? {
        read(path, in: folder.standardizedFileURL.path)
    }

    /// `read` of the entry `name` of the open folder `folder`, recorded as `path`: no path to
    /// walk, for the sweep of the spare, which has the folder open.
    static func read(_ name: String, in folder: Int32, as path: String) -> OutputFileStat? {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return OutputFileStat(info, path: path)
    }

    init(_ info: stat, path: String) {
        self.init(path: path, size: Int64(info.st_size),
                  mtimeNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// `read`, with the folder as a plain path.
    static func read(_ path: String, in folder: String) -> OutputFileStat? {
        var info = stat()
        guard lstat(folder + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return OutputFileStat(info, path: path)
    }
}
