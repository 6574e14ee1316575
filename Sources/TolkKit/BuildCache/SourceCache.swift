import Foundation

/// Parsed source files kept between builds in `.tolk/sources/cache.bin`, so that a rebuild does
/// not parse every topic's Markdown and every exercise's YAML again.
///
/// An entry is trusted only when its key, over the file's bytes, its path, slug and kind, the
/// variable names site.yml defines and Tolk's version, is the key of the file as it is now, and
/// when every question its loader asked of the disk (`SourceProbe`: may this image be read, does
/// it exist, what does the subtitle file hold) still has the same answer. Anything else is parsed
/// again. A file whose header does not match (another Tolk, another project folder, another
/// layout), or that does not frame, is ignored as a whole; an entry whose checksum fails is
/// parsed again. `--clean` ignores the file and writes it anew.
///
/// The file is a header line (`SourceCacheHeader` as JSON), then per source its path, key,
/// checksum and entry (`SourceWriter`'s form: probes, load diagnostics, the document).
final class SourceCache: @unchecked Sendable {
    private let root: URL
    private let tolkVersion: String
    private let lock = NSLock()
    /// The entries read, slices of the file's bytes; released once `save` has run.
    private var previous: [String: StoredSource]
    /// This build's sources: an entry taken over as read, or a parse, encoded only by `save`
    /// (the documents are held by the project anyway; their bytes are not held twice).
    private var current: [String: Kept] = [:]
    private var parsed = 0

    private enum Kept {
        case stored(StoredSource)
        case parsed(key: String, SourceEntry)
    }

    /// Reads the cache of the project at `root` (nothing with `--clean`).
    init(root: URL, settings: BuildCacheSettings) {
        self.root = root
        tolkVersion = settings.tolkVersion
        previous = settings.clean ? [:] : Self.read(Self.file(root: root), header: Self.header(root: root, tolkVersion: settings.tolkVersion))
    }

    /// `.tolk/sources/cache.bin` in the project.
    static func file(root: URL) -> URL { root.appendingPathComponent(".tolk/sources/cache.bin") }

    /// How many files this build parsed (the rest came from the cache).
    var parsedFiles: Int { lock.withLock { parsed } }

    /// A source file loaded as `ProjectLoader.loadFile` would: from the cache when its entry holds,
    /// otherwise parsed (and kept for the next build).
    func load(path: String, slug: String, kind: String, variables: Set<String>) -> Staged<SourceDocument?> {
        guard let data = ProjectFiles.readFile(root.path + "/" + path) else {
            return ProjectLoader.loadFile(path: path, slug: slug, kind: kind, root: root, variables: variables)
        }
        let key = Self.key(data, path: path, slug: slug, kind: kind, variables: variables, tolkVersion: tolkVersion)
        if let stored = lock.withLock({ previous[path] }), stored.key == key, let entry = stored.entry(),
           entry.probes.allSatisfy({ $0.holds(root: root) }) {
            lock.withLock { current[path] = .stored(stored) }
            return entry.load
        }
        let disk = SourceDisk(root: root)
        let load = ProjectLoader.parse(data, path: path, slug: slug, kind: kind, disk: disk, variables: variables)
        lock.withLock {
            current[path] = .parsed(key: key, SourceEntry(probes: disk.probes, load: load))
            parsed += 1
        }
        return load
    }

    /// Writes the entries of this build's sources when any differs from what was read, then lets
    /// go of what it holds. A write failure is a warning: the next build only parses again.
    func save() -> [Diagnostic] {
        let (entries, parsed, previousCount) = lock.withLock { (current, self.parsed, previous.count) }
        defer { lock.withLock { current = [:]; previous = [:] } }
        // Without a parse every entry is one read (a hit), so the file holds these and maybe more.
        guard parsed > 0 || entries.count != previousCount else { return [] }
        let url = Self.file(root: root)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let header = try JSONEncoder().encode(Self.header(root: root, tolkVersion: tolkVersion))
            try AtomicFile.write(to: url) { emit in
                // In pieces (`AtomicFile.write(to:_:)`): a buffer of the file's size (55 MB at 5,000
                // topics) was the largest thing a one-edit rebuild held, made of fresh pages the
                // kernel had to zero, for one write. One writer, emptied after each entry.
                var writer = SourceWriter()
                writer.append(header)
                writer.append([UInt8(ascii: "\n")])
                for (path, kept) in entries.sorted(by: { $0.key < $1.key }) {
                    let stored: StoredSource?
                    switch kept {
                    case .stored(let entry): stored = entry
                    // A load whose diagnostics cannot be encoded is not kept: it is parsed again next time.
                    case .parsed(let key, let entry): stored = entry.encoded().map { StoredSource(key: key, bytes: $0) }
                    }
                    guard let stored else { continue }
                    writer.string(path)
                    writer.string(stored.key)
                    writer.string(stored.checksum)
                    writer.raw(stored.bytes)
                    try writer.drain(into: emit)
                }
                try writer.drain(into: emit)
            }
            return []
        } catch {
            return [.warning("build-cache", at: nil, "the source cache could not be written to \(url.path): \(error.localizedDescription)",
                             hint: "the site was built; the next build parses every source file again")]
        }
    }

    static func header(root: URL, tolkVersion: String) -> SourceCacheHeader {
        SourceCacheHeader(format: SourceCacheHeader.format, tolkVersion: tolkVersion, projectRoot: root.standardizedFileURL.path)
    }

    static func key(_ data: Data, path: String, slug: String, kind: String, variables: Set<String>, tolkVersion: String) -> String {
        var hash = ContentHash()
        hash.add("tolk \(tolkVersion)\u{1F}\(path)\u{1F}\(slug)\u{1F}\(kind)\u{1F}" + variables.sorted().joined(separator: "\u{1F}"))
        hash.add(data)
        return hash.hex
    }

    /// The entries of a cache file with this header; empty when it is missing, foreign or does not frame.
    /// Each entry is a slice of the file's bytes, read once: no entry is copied.
    static func read(_ url: URL, header expected: SourceCacheHeader) -> [String: StoredSource] {
        guard let bytes = ProjectFiles.readBytes(url.path) else { return [:] }
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let found = try? JSONDecoder().decode(SourceCacheHeader.self, from: Data(bytes[..<newline])),
              found == expected else { return [:] }
        var reader = SourceReader(bytes: bytes, at: newline + 1)
        var entries: [String: StoredSource] = [:]
        do {
            while !reader.isAtEnd {
                let path = try reader.string()
                let key = try reader.string()
                let checksum = try reader.string()
                entries[path] = StoredSource(key: key, checksum: checksum, buffer: bytes, range: try reader.rawRange())
            }
        } catch {
            return [:]
        }
        return entries
    }
}

/// The first line of `.tolk/sources/cache.bin`: whose cache it is.
struct SourceCacheHeader: Codable, Sendable, Equatable {
    /// Bumped when the layout of an entry or its meaning changes.
    static let format = 2

    var format: Int
    /// Tolk's version and the running executable's identity (`BuildCacheSettings`).
    var tolkVersion: String
    var projectRoot: String
}

/// A source's entry as stored: its key, a checksum of its bytes, and its bytes (a range of a
/// buffer, the whole cache file as read), decoded only when the key matches.
struct StoredSource: Sendable {
    var key: String
    var checksum: String
    let buffer: [UInt8]
    let range: Range<Int>

    init(key: String, checksum: String, buffer: [UInt8], range: Range<Int>) {
        self.key = key
        self.checksum = checksum
        self.buffer = buffer
        self.range = range
    }

    init(key: String, bytes: [UInt8]) {
        self.init(key: key, checksum: Self.checksum(bytes[...]), buffer: bytes, range: bytes.indices)
    }

    var bytes: ArraySlice<UInt8> { buffer[range] }

    /// The entry, nil when its bytes are damaged.
    func entry() -> SourceEntry? {
        guard Self.checksum(bytes) == checksum else { return nil }
        return SourceEntry(decoding: buffer, range: range)
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> String {
        var hash = ContentHash()
        bytes.withUnsafeBytes { hash.add($0) }
        return hash.hex
    }
}

/// What loading one source file gave, and what its loader asked of the disk.
struct SourceEntry {
    var probes: [SourceProbe]
    var load: Staged<SourceDocument?>

    init(probes: [SourceProbe], load: Staged<SourceDocument?>) {
        self.probes = probes
        self.load = load
    }

    /// The entry written in `range` of `bytes`; nil when they are damaged.
    init?(decoding bytes: [UInt8], range: Range<Int>? = nil) {
        var reader = SourceReader(bytes: bytes, at: range?.lowerBound ?? 0, end: range?.upperBound ?? bytes.count)
        do {
            probes = try reader.array { try $0.probe() }
            let diagnostics = try reader.raw()
            let decoded = diagnostics.isEmpty ? [] : try BinaryCoding.decode([Diagnostic].self, from: diagnostics)
            let document = try reader.bool() ? try reader.document() : nil
            guard reader.isAtEnd else { return nil }
            load = Staged(document, diagnostics: decoded)
        } catch {
            return nil
        }
    }

    /// The entry's bytes; nil when its diagnostics cannot be encoded.
    func encoded() -> [UInt8]? {
        var writer = SourceWriter()
        writer.array(probes) { $0.probe($1) }
        guard let diagnostics = load.diagnostics.isEmpty ? [] : try? BinaryCoding.encode(load.diagnostics) else { return nil }
        writer.raw(diagnostics)
        writer.bool(load.value != nil)
        if let document = load.value { writer.document(document) }
        return writer.bytes
    }
}

private let problems: [ProjectPath.Problem?] = [nil, .absolute, .escapes, .linksOutside]

extension SourceWriter {
    mutating func probe(_ probe: SourceProbe) {
        switch probe {
        case .problem(let written, let folder, let problem):
            int(0); string(written); string(folder); int(problems.firstIndex(of: problem) ?? 0)
        case .exists(let path, let exists): int(1); string(path); bool(exists)
        case .contents(let path, let hash): int(2); string(path); string(hash)
        }
    }
}

extension SourceReader {
    mutating func probe() throws -> SourceProbe {
        switch try int() {
        case 0:
            let written = try string(), folder = try string(), index = try int()
            guard problems.indices.contains(index) else { throw BinaryReader.damaged }
            return .problem(written: written, folder: folder, problems[index])
        case 1: return .exists(path: try string(), try bool())
        case 2: return .contents(path: try string(), try optionalString())
        default: throw BinaryReader.damaged
        }
    }
}
