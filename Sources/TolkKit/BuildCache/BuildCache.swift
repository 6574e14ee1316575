import Foundation

/// How `tolk build` uses its cache in `.tolk/build/` (see `BuildCacheRecord`).
public struct BuildCacheSettings: Sendable {
    /// Tolk's version and the running executable's identity (`executableIdentity`).
    public var tolkVersion: String
    /// `--clean`: ignore what the cache holds (and write it anew).
    public var clean: Bool

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
/// The file is a header line (`BuildCacheHeader` as JSON), then one line per document:
/// its key, a tab, its source path as a JSON string, a tab, its `DocumentRecord` as JSON
/// (JSON escapes tabs and line breaks inside strings, so neither appears in a field).
enum BuildCache {
    /// `.tolk/build/<hash of the output path>/cache.json` in the project.
    static func file(projectRoot: URL, output: URL) -> URL {
        var hash = ContentHash()
        hash.add(output.standardizedFileURL.path)
        return projectRoot.appendingPathComponent(".tolk/build/\(hash.hex)/cache.json")
    }

    /// The header a cache must have to be trusted by this build.
    static func header(projectRoot: URL, output: URL, tolkVersion: String, globalKey: String) -> BuildCacheHeader {
        BuildCacheHeader(format: BuildCacheHeader.format, tolkVersion: tolkVersion, projectRoot: projectRoot.standardizedFileURL.path,
                         output: output.standardizedFileURL.path, globalKey: globalKey)
    }

    /// The previous build's document lines when they may be trusted for this build; empty
    /// otherwise (also when any line is malformed: a damaged file is not half trusted).
    static func load(projectRoot: URL, output: URL, tolkVersion: String, globalKey: String) -> [String: StoredRecord] {
        guard let data = try? Data(contentsOf: file(projectRoot: projectRoot, output: output)) else { return [:] }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 2, lines.last?.isEmpty == true,
              let found = try? JSONDecoder().decode(BuildCacheHeader.self, from: Data(lines[0])),
              found == header(projectRoot: projectRoot, output: output, tolkVersion: tolkVersion, globalKey: globalKey) else { return [:] }
        var records: [String: StoredRecord] = [:]
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let key = String(bytes: fields[0], encoding: .utf8), let path = jsonString(fields[1]) else { return [:] }
            records[path] = StoredRecord(key: key, bytes: Data(fields[2]))
        }
        return records
    }

    /// A JSON string's value. Most paths need no escapes: those are taken as they are, since a
    /// decoder per line costs more than the rest of reading the file.
    private static func jsonString(_ bytes: Data.SubSequence) -> String? {
        if bytes.count >= 2, bytes.first == UInt8(ascii: "\""), bytes.last == UInt8(ascii: "\""),
           !bytes.contains(UInt8(ascii: "\\")), !bytes.dropFirst().dropLast().contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") }) {
            return String(bytes: bytes.dropFirst().dropLast(), encoding: .utf8)
        }
        return try? JSONDecoder().decode(String.self, from: Data(bytes))
    }

    /// Writes the records of the build just swapped in, with each rendered file's stat data as it
    /// is in `output` now; a record taken over is written as it was read.
    /// A file that is gone or not regular leaves its document out (it is rendered next time).
    /// A write failure is a warning: the next build is only slower.
    static func save(_ documents: [String: PendingRecord], projectRoot: URL, output: URL, tolkVersion: String,
                     globalKey: String) -> [Diagnostic] {
        let folder = output.standardizedFileURL.path
        let entries = documents.sorted { $0.key < $1.key }
        let lines = ResultSlots<Data>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            lines[index] = line(path: entries[index].key, entries[index].value, in: folder)
        }
        let url = file(projectRoot: projectRoot, output: output)
        do {
            var data = try JSONEncoder().encode(header(projectRoot: projectRoot, output: output, tolkVersion: tolkVersion, globalKey: globalKey))
            data.append(UInt8(ascii: "\n"))
            for line in lines.values { if let line { data.append(line) } }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(data, to: url)
            return []
        } catch {
            return [.warning("build-cache", at: nil, "the build cache could not be written to \(url.path): \(error.localizedDescription)",
                             hint: "the site was built; the next build renders every page again")]
        }
    }

    /// A document's line, nil when one of its files is not in the output as a regular file.
    private static func line(path: String, _ pending: PendingRecord, in folder: String) -> Data? {
        let record: DocumentRecord
        switch pending {
        case .reused(let previous, let bytes):
            // Its files were just checked against this record and linked, so they are the same
            // inodes: not stated again. Touched after that check, they no longer match it, and
            // the next build renders the document.
            return line(key: previous.key, path: path, bytes: bytes)
        case .rendered(let key, let paths, let load):
            let files = paths.map { OutputFileStat.read($0, in: folder) }
            guard files.allSatisfy({ $0 != nil }) else { return nil }
            record = DocumentRecord(key: key, files: files.compactMap { $0 }, load: load)
        }
        guard let bytes = try? encoder.encode(record) else { return nil }
        return line(key: record.key, path: path, bytes: bytes)
    }

    /// Slashes as they are (`en/topics/…`, not `en\\/topics\\/…`): shorter, and paths read back without a decoder.
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    private static func line(key: String, path: String, bytes: Data) -> Data? {
        guard let path = try? encoder.encode(path) else { return nil }
        var line = Data(key.utf8)
        line.append(UInt8(ascii: "\t"))
        line.append(path)
        line.append(UInt8(ascii: "\t"))
        line.append(bytes)
        line.append(UInt8(ascii: "\n"))
        return line
    }
}

/// What the cache is to remember of a document of the build just made.
enum PendingRecord: Sendable {
    /// Taken over from the previous build: its record as decoded, and the bytes it was read from.
    case reused(DocumentRecord, Data)
    /// Rendered by this build: its key, the files it wrote, and for a topic what its check decided.
    case rendered(key: String, paths: [String], load: CachedDocumentLoad?)
}
