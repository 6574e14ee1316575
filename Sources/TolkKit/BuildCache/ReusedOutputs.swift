import Foundation

/// A build's view of the previous one: which documents' files can be taken over from the
/// current output, and which files each document has in the new one. Shared by the
/// document jobs of `SiteRenderer.renderByDocument`, which run on all cores.
public final class ReusedOutputs: @unchecked Sendable {
    let previous: [String: StoredRecord]
    /// The records of the spare (`AtomicDirectory.spare`), the output before the current one.
    let spare: [String: StoredRecord]
    /// Whether staging was made of the spare (`startFromSpare`): set before any document job starts.
    var usingSpare = false
    /// What the sweep of the spare kept (`startFromSpare`).
    var swept = SpareSweep.Swept(wanted: SpareSweep.Wanted([]), kept: [])
    // The current output and the staging folder as plain paths: building URLs per file costs
    // more than the links themselves.
    private let currentPath: String
    let stagingPath: String
    /// Both folders open (`begin`), so each stat, link and mkdir names a file relative to them:
    /// the kernel walks `en/topics/<slug>/index.html`, not every folder above the output as
    /// well (`link_path_walk` 6.3 % of a one-edit rebuild's CPU time at 5,000 topics, 4.0 %
    /// after). -1 until `begin`.
    private var currentFolder: Int32 = -1
    private var stagingFolder: Int32 = -1
    let lock = NSLock()
    private let keys: [String: String]
    /// `BuildCacheKeys.global` of this build.
    let globalKey: String
    /// The sources' commit dates the keys were made with (`SourceDates`): the handouts print
    /// these, so a commit made during the build cannot give them another date than their key.
    let sourceDates: [String: String]
    var pending: [String: PendingRecord] = [:]
    private var listings: [String: [UInt8]] = [:]
    var reused = 0
    /// The folders of staging made for links, when staging started empty (`makeFolders`).
    private var madeFolders: Set<String> = []
    private let folderLock = NSLock()

    /// - Parameters: `previous` the records of a cache that matched this build; `keys` each page
    ///   document's key by path; `current` the output folder being replaced; `staging` the folder
    ///   being built; `spare` the records of the spare, which staging may be made of;
    ///   `sourceDates` the commit dates the keys were made with.
    init(previous: [String: StoredRecord], spare: [String: StoredRecord] = [:], keys: [String: String], globalKey: String,
         sourceDates: [String: String], current: URL, staging: URL) {
        self.previous = previous
        self.spare = spare
        self.keys = keys
        self.globalKey = globalKey
        self.sourceDates = sourceDates
        currentPath = current.standardizedFileURL.path
        stagingPath = staging.standardizedFileURL.path
    }

    deinit {
        if currentFolder >= 0 { close(currentFolder) }
        if stagingFolder >= 0 { close(stagingFolder) }
    }

    /// Called once staging exists, before any document job: opens the current output and
    /// staging, and when staging was made of the spare, empties it of what this build does not
    /// want (`startFromSpare`). Without an output to take files from, nothing is taken over.
    func begin(fromSpare: Bool) {
        currentFolder = open(currentPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        stagingFolder = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fromSpare { startFromSpare() }
    }

    /// How many files were taken over instead of rendered.
    var reusedFiles: Int { lock.withLock { reused } }

    /// What the cache is to remember of each document of this build.
    var records: [String: PendingRecord] { lock.withLock { pending } }

    /// A topic unchanged since the last build, whole: its files taken over (`reuseFiles`) and
    /// what its check decided, from the cache. Nil, with nothing left in staging, when the
    /// topic has to be loaded, checked and rendered.
    func reuse(_ document: SourceDocument, page: PageID, languages: [LanguageSettings]) -> DocumentLoad? {
        if let (record, bytes) = keptSpareRecord(at: document.path, key: keys[document.path]),
           let load = record.load?.load(for: document, page: page, languages: languages) {
            keep(record, bytes, at: document.path)
            return load
        }
        guard let (record, bytes) = unchangedRecord(at: document.path), let load = record.load?.load(for: document, page: page, languages: languages),
              reuseFiles(record, bytes: bytes, at: document.path) else { return nil }
        return load
    }

    /// Notes what the site-wide pages show of a page document, as this build decided it
    /// (`SitePagesKey.listing`); every page document's is noted before `sitePagesKey` is asked.
    func listed(_ document: SourceDocument, page: PageID, load: DocumentLoad) {
        let listing = SitePagesKey.listing(of: document, page: page, load: load, documentKey: keys[document.path] ?? "")
        lock.withLock { listings[document.path] = listing }
    }

    /// The key of the site-wide pages of this build: the global key and the listing of each
    /// document of `paths` (the page documents, in project order).
    func sitePagesKey(of paths: [String]) -> String {
        let all = lock.withLock { listings }
        return SitePagesKey.key(global: globalKey, listings: paths.map { all[$0] ?? [] })
    }

    /// Takes the site-wide pages over from the current output when their key is the one
    /// recorded and their files are as recorded; false, with nothing left in staging, otherwise.
    func reuseSitePages(key: String) -> Bool {
        if let (record, bytes) = keptSpareRecord(at: SitePagesKey.recordPath, key: key) {
            keep(record, bytes, at: SitePagesKey.recordPath)
            return true
        }
        guard let (record, bytes) = unchangedRecord(at: SitePagesKey.recordPath, key: key) else { return false }
        return reuseFiles(record, bytes: bytes, at: SitePagesKey.recordPath)
    }

    /// Remembers the files the site-wide pages were rendered into.
    func renderedSitePages(key: String, paths: [String]) {
        lock.withLock { pending[SitePagesKey.recordPath] = .rendered(key: key, paths: paths, load: nil) }
    }

    /// Takes a document's files over from the current output into staging when its key is the
    /// one recorded and every file is still what the cache recorded (a regular file of the
    /// recorded size, mtime and inode): by hard link, or by copy where linking fails. Returns
    /// false, with nothing left in staging, when the document has to be rendered.
    func reuseFiles(of document: SourceDocument) -> Bool {
        if let (record, bytes) = keptSpareRecord(at: document.path, key: keys[document.path]) {
            keep(record, bytes, at: document.path)
            return true
        }
        guard let (record, bytes) = unchangedRecord(at: document.path) else { return false }
        return reuseFiles(record, bytes: bytes, at: document.path)
    }

    /// Remembers the files a document's render wrote, and what its check decided (topics).
    func rendered(_ document: SourceDocument, paths: [String], load: CachedDocumentLoad?) {
        let record = PendingRecord.rendered(key: keys[document.path] ?? "", paths: paths, load: load)
        lock.withLock { pending[document.path] = record }
    }

    private func reuseFiles(_ record: DocumentRecord, bytes: [UInt8], at recordPath: String) -> Bool {
        guard currentFolder >= 0, stagingFolder >= 0 else { return false }
        for file in record.files where OutputFileStat.read(file.path, in: currentFolder, as: file.path) != file { return false }
        var linked: [String] = []
        var copied = false
        makeFolders(of: record.files)
        for file in record.files {
            guard let placed = place(file.path) else {
                for path in linked { unlinkat(stagingFolder, path, 0) }
                return false
            }
            copied = copied || placed == .copied
            linked.append(file.path)
        }
        // A copy is a new file: its stat data is read for the cache after the swap.
        let next = copied ? PendingRecord.rendered(key: record.key, paths: linked, load: record.load) : .reused(record, bytes)
        lock.withLock {
            pending[recordPath] = next
            reused += linked.count
        }
        return true
    }

    /// The previous build's record at `path` (a document's, or the site-wide pages'), decoded,
    /// when its key is `key` (by default the document's key in this build).
    private func unchangedRecord(at path: String, key: String? = nil) -> (DocumentRecord, [UInt8])? {
        guard let key = key ?? keys[path], let stored = previous[path], stored.key == key,
              let record = stored.decoded() else { return nil }
        return (record, stored.bytes)
    }

    private enum Placed { case linked, copied }

    /// Puts a file of the current output into staging; nil when it cannot.
    private func place(_ path: String) -> Placed? {
        if linkat(currentFolder, path, stagingFolder, path, 0) == 0 { return .linked }
        // Staging made of the spare has the file an older build wrote there: replaced, never written through.
        if errno == EEXIST {
            unlinkat(stagingFolder, path, 0)
            if linkat(currentFolder, path, stagingFolder, path, 0) == 0 { return .linked }
        }
        // Its folder is not there yet (staging made of the spare, or another job is making it): make it, then try again.
        if errno == ENOENT {
            guard let folder = Self.parent(of: path), makeFolder(folder) else { return nil }
            if linkat(currentFolder, path, stagingFolder, path, 0) == 0 { return .linked }
        }
        // Across file systems (or where links are not allowed), a copy.
        unlinkat(stagingFolder, path, 0)
        return (try? FileManager.default.copyItem(atPath: currentPath + "/" + path, toPath: stagingPath + "/" + path)) != nil ? .copied : nil
    }

    /// Makes the folders of `files` in staging that no document job has made yet, when staging
    /// started empty: its first link into each would fail otherwise (25,000 pages at 5,000
    /// topics). A folder made by a render, or by another job just now, counts as made.
    private func makeFolders(of files: [OutputFileStat]) {
        guard !usingSpare else { return }
        var folders: [String] = []
        for file in files {
            guard let folder = Self.parent(of: file.path) else { continue }
            if !folders.contains(folder) { folders.append(folder) }
        }
        // One lock per document, not per file: the jobs on both cores ask at once.
        let new = folderLock.withLock { folders.filter { madeFolders.insert($0).inserted } }
        for folder in new { _ = makeFolder(folder) }
    }

    /// `mkdir -p` of a folder of staging (a path inside it) by `mkdir` alone: FileManager's
    /// stated every component first, for each page. A folder another document job made at the
    /// same moment counts as made.
    private func makeFolder(_ path: String) -> Bool {
        if mkdirat(stagingFolder, path, 0o777) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT else { return false }
        guard let parent = Self.parent(of: path), makeFolder(parent) else { return false }
        return mkdirat(stagingFolder, path, 0o777) == 0 || errno == EEXIST
    }

    /// The folder part of a path (`/a/b` of `/a/b/c`, `a` of `a/c`); nil at the root or without a folder. NSString's
    /// `deletingLastPathComponent` bridged the string for each page.
    private static func parent(of path: String) -> String? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex else { return nil }
        return String(path[..<slash])
    }
}

/// Passes files on and notes their paths: what a document's render wrote.
final class RecordingSink: OutputSink, @unchecked Sendable {
    let inner: OutputSink
    private let lock = NSLock()
    private var written: [String] = []

    init(inner: OutputSink) { self.inner = inner }

    var paths: [String] { lock.withLock { written } }

    func write(_ path: String, _ data: Data) throws {
        try inner.write(path, data)
        lock.withLock { written.append(path) }
    }
}
