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
enum BuildCache {
    /// `.tolk/build/<hash of the output path>/cache.json` in the project.
    static func file(projectRoot: URL, output: URL) -> URL {
        var hash = ContentHash()
        hash.add(output.standardizedFileURL.path)
        return projectRoot.appendingPathComponent(".tolk/build/\(hash.hex)/cache.json")
    }

    /// The previous build's document records when they may be trusted for this build; empty otherwise.
    static func load(projectRoot: URL, output: URL, tolkVersion: String, globalKey: String) -> [String: DocumentRecord] {
        guard let data = try? Data(contentsOf: file(projectRoot: projectRoot, output: output)),
              let record = try? JSONDecoder().decode(BuildCacheRecord.self, from: data),
              record.format == BuildCacheRecord.format, record.tolkVersion == tolkVersion,
              record.projectRoot == projectRoot.standardizedFileURL.path, record.output == output.standardizedFileURL.path,
              record.globalKey == globalKey else { return [:] }
        return record.documents
    }

    /// Writes the records of the build just swapped in, with each file's stat data as it is in
    /// `output` now. A file that is gone or not regular leaves its document out (it is rendered
    /// next time). A write failure is a warning: the next build is only slower.
    static func save(_ documents: [String: DocumentRecord], projectRoot: URL, output: URL, tolkVersion: String,
                     globalKey: String) -> [Diagnostic] {
        var stated: [String: DocumentRecord] = [:]
        let folder = output.standardizedFileURL.path
        for (path, document) in documents {
            let files = document.files.map { OutputFileStat.read($0.path, in: folder) }
            guard files.allSatisfy({ $0 != nil }) else { continue }
            stated[path] = DocumentRecord(key: document.key, files: files.compactMap { $0 }, load: document.load)
        }
        let record = BuildCacheRecord(format: BuildCacheRecord.format, tolkVersion: tolkVersion,
                                      projectRoot: projectRoot.standardizedFileURL.path, output: output.standardizedFileURL.path,
                                      globalKey: globalKey, documents: stated)
        let url = file(projectRoot: projectRoot, output: output)
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(try encoder.encode(record), to: url)
            return []
        } catch {
            return [.warning("build-cache", at: nil, "the build cache could not be written to \(url.path): \(error.localizedDescription)",
                             hint: "the site was built; the next build renders every page again")]
        }
    }
}
