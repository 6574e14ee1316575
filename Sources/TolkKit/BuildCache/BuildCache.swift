import Foundation

/// How `tolk build` uses its cache in `.tolk/build/` (see `BuildCacheRecord`).
public struct BuildCacheSettings: Sendable {
    /// Tolk's version and the running executable's identity (`executableIdentity`).
    public var tolkVersion: String
    /// `--clean`: ignore what the cache holds (and write it anew).
    public var clean: Bool
    /// How much older than the file hash cache's time a file's mtime and ctime must be for its
    /// recorded hash to be trusted (`FileHashCache.racyWindow`); tests that edit files within
    /// that time of a build set it to 0.
    var fileTimeMargin: Int64 = FileHashCache.racyWindow

    public init(tolkVersion: String, clean: Bool = false) {
        self.tolkVersion = tolkVersion
        self.clean = clean
    }

    /// Size, mtime and inode of the running program: a rebuilt Tolk of the same version
    /// number may render differently, so its cache is not trusted.
    public static var executableIdentity: String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown-\(UUID().uuidString)" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }
}

/// Reading and writing the build cache. A cache that cannot be read, does not decode, or was
/// written by another Tolk, for another project or output folder, or under another global key
/// is ignored: the build then renders everything and writes a new one.
///
/// The file is a header line (`BuildCacheHeader` as JSON), then one entry per document: its
/// key, its source path and its `DocumentRecord` (`DocumentRecord.encoded`), each a varint
/// length and its bytes (decoding JSON records cost a tenth of a rebuild).
enum BuildCache {
    /// `.tolk/build/<hash of the output path>/cache.bin` in the project.
    static func file(projectRoot: URL, output: URL) -> URL {
        var hash = ContentHash()
        hash.add(output.standardizedFileURL.path)
        return projectRoot.appendingPathComponent(".tolk/build/\(hash.hex)/cache.bin")
    }

    /// `spare.bin` beside `file`: the records of the output kept as the spare
    /// (`AtomicDirectory.spare`), the cache of the build before the last one.
    static func spareFile(projectRoot: URL, output: URL) -> URL {
        file(projectRoot: projectRoot, output: output).deletingLastPathComponent().appendingPathComponent("spare.bin")
    }

    /// The header a cache must have to be trusted by this build.
    static func header(projectRoot: URL, output: URL, tolkVersion: String, globalKey: String) -> BuildCacheHeader {
        BuildCacheHeader(format: BuildCacheHeader.format, tolkVersion: tolkVersion, projectRoot: projectRoot.standardizedFileURL.path,
                         output: output.standardizedFileURL.path, globalKey: globalKey)
    }

    /// The previous build's document entries when they may be trusted for this build; empty
    /// otherwise (also when any entry is malformed: a damaged file is not half trusted).
    /// `spare` reads the records of the spare (`spareFile`) instead.
    static func load(projectRoot: URL, output: URL, tolkVersion: String, globalKey: String, spare: Bool = false) -> [String: StoredRecord] {
        let url = spare ? spareFile(projectRoot: projectRoot, output: output) : file(projectRoot: projectRoot, output: output)
        guard let bytes = ProjectFiles.readBytes(url.path) else { return [:] }
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let found = try? JSONDecoder().decode(BuildCacheHeader.self, from: Data(bytes[..<newline])),
              found == header(projectRoot: projectRoot, output: output, tolkVersion: tolkVersion, globalKey: globalKey) else { return [:] }
        let reader = BinaryReader(bytes: bytes)
        var records: [String: StoredRecord] = [:]
        var cursor = newline + 1
        do {
            while cursor < bytes.count {
                let key = reader.string(try reader.stringRange(at: &cursor))
                let path = reader.string(try reader.stringRange(at: &cursor))
                let record = try reader.stringRange(at: &cursor)
                records[path] = StoredRecord(key: key, bytes: Array(bytes[record]))
            }
        } catch {
            return [:]
        }
        return records
    }

    /// Writes the records of the build just swapped in, with each rendered file's stat data as it
    /// is in `output` now; a record taken over is written as it was read.
    /// A file that is gone or not regular leaves its document out (it is rendered next time).
    /// A write failure is a warning: the next build is only slower.
    ///
    /// `keepingSpare`: the old output was kept as the spare, and the cache read at the start
    /// (the old output's) becomes the spare's records; otherwise they are deleted.
    static func save(_ documents: [String: PendingRecord], projectRoot: URL, output: URL, tolkVersion: String,
                     globalKey: String, keepingSpare: Bool = false) -> [Diagnostic] {
        let spare = spareFile(projectRoot: projectRoot, output: output)
        if !keepingSpare || rename(file(projectRoot: projectRoot, output: output).path, spare.path) != 0 { unlink(spare.path) }
        let folder = output.standardizedFileURL.path
        let entries = documents.sorted { $0.key < $1.key }
        let lines = ResultSlots<[UInt8]>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            lines[index] = entry(path: entries[index].key, entries[index].value, in: folder)
        }
        let url = file(projectRoot: projectRoot, output: output)
        do {
            let head = try JSONEncoder().encode(header(projectRoot: projectRoot, output: output, tolkVersion: tolkVersion, globalKey: globalKey))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // In pieces (`AtomicFile.write(to:_:)`): not one buffer of the file's size (13 MB at 5,000 topics).
            try AtomicFile.write(to: url) { emit in
                try (head + [UInt8(ascii: "\n")]).withUnsafeBytes { try emit($0) }
                for line in lines.values { try line?.withUnsafeBytes { try emit($0) } }
            }
            return []
        } catch {
            return [.warning("build-cache", at: nil, "the build cache could not be written to \(url.path): \(error.localizedDescription)",
                             hint: "the site was built; the next build renders every page again")]
        }
    }

    /// A document's entry, nil when one of its files is not in the output as a regular file.
    private static func entry(path: String, _ pending: PendingRecord, in folder: String) -> [UInt8]? {
        let record: DocumentRecord
        switch pending {
        case .reused(let previous, let bytes):
            // Its files were just checked against this record and linked, so they are the same
            // inodes: not stated again. Touched after that check, they no longer match it, and
            // the next build renders the document.
            return entry(key: previous.key, path: path, bytes: bytes)
        case .rendered(let key, let paths, let load):
            let files = paths.map { OutputFileStat.read($0, in: folder) }
            guard files.allSatisfy({ $0 != nil }) else { return nil }
            record = DocumentRecord(key: key, files: files.compactMap { $0 }, load: load)
        }
        guard let bytes = record.encoded() else { return nil }
        return entry(key: record.key, path: path, bytes: bytes)
    }

    private static func entry(key: String, path: String, bytes: [UInt8]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.writeString(key)
        writer.writeString(path)
        BinaryWriter.appendVarint(UInt64(bytes.count), to: &writer.bytes)
        writer.bytes.append(contentsOf: bytes)
        return writer.bytes
    }
}

/// What the cache is to remember of a document of the build just made.
enum PendingRecord: Sendable {
    /// Taken over from the previous build: its record as decoded, and the bytes it was read from.
    case reused(DocumentRecord, [UInt8])
    /// Rendered by this build: its key, the files it wrote, and for a topic what its check decided.
    case rendered(key: String, paths: [String], load: CachedDocumentLoad?)
}
