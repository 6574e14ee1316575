import Foundation
import Testing
@testable import TolkKit

/// The file hash cache: a hash taken from it is the hash of the file's bytes, and an entry is
/// trusted only when every stat field is as recorded and the file is not racily clean.
@Suite struct FileHashCacheTests {
    static let settings = BuildCacheSettings(tolkVersion: "test")
    /// A time far enough after the files were made that their entries are not racily clean.
    static var later: Int64 { FileHashCache.now() + 60_000_000_000 }

    /// A folder with files, removed when the value goes.
    final class Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-hashes-\(UUID().uuidString)", isDirectory: true)

        init(_ files: [String: String]) throws {
            for (path, text) in files { try write(path, text) }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func fileStat(_ path: String) -> FileHashCache.FileStat? {
            var info = stat()
            guard stat(root.appendingPathComponent(path).path, &info) == 0 else { return nil }
            return FileHashCache.FileStat(info)
        }

        /// Sets a file's mtime (its atime too) to `nanoseconds` since 1970; its ctime becomes now.
        func setModified(_ path: String, _ nanoseconds: Int64) {
            let time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
            #expect(utimensat(AT_FDCWD, root.appendingPathComponent(path).path, [time, time], 0) == 0)
        }

        /// The cache as a build would read it, with one entry per path given.
        func writeCache(_ entries: [String: FileHashCache.Entry], taken: Int64, tolkVersion: String = "test", root other: URL? = nil) throws {
            let url = FileHashCache.file(root: root)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let identity = FileHashCacheHeader(root: other ?? root, tolkVersion: tolkVersion)
            try Data(try FileHashCache.encode(entries, identity: identity, taken: taken)).write(to: url)
        }
    }

    static func contentHash(_ text: String) -> String {
        var hash = ContentHash()
        hash.add(Data(text.utf8))
        return hash.hex
    }

    @Test func anUnchangedFileIsNotReadAgainAndItsHashIsThatOfItsBytes() throws {
        let folder = try Folder(["Content/topics/a.md": "Hei på deg", "Locales/ur/topics/a.xlf": "<xliff>شکریہ</xliff>"])
        let first = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
        #expect(first.hash("Content/topics/a.md") == Self.contentHash("Hei på deg"))
        #expect(first.hash("Locales/ur/topics/a.xlf") == Self.contentHash("<xliff>شکریہ</xliff>"))
        #expect(first.hash("Locales/pl/topics/a.xlf") == nil)
        #expect(first.hash("Content/topics") == nil, "a folder is not a file")
        #expect(first.readFiles == 2)
        #expect(first.save().isEmpty)

        let written = try #require(folder.fileStat(".tolk/hashes/cache.bin"))
        let second = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
        #expect(second.hash("Content/topics/a.md") == Self.contentHash("Hei på deg"))
        #expect(second.hash("Locales/ur/topics/a.xlf") == Self.contentHash("<xliff>شکریہ</xliff>"))
        #expect(second.readFiles == 0)
        #expect(second.save().isEmpty)
        // Nothing was read: the file is not written again (a write replaces it by a new inode).
        #expect(folder.fileStat(".tolk/hashes/cache.bin") == written)
        let third = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
        #expect(third.hash("Content/topics/a.md") == Self.contentHash("Hei på deg"))
        #expect(third.save().isEmpty)
        #expect(folder.fileStat(".tolk/hashes/cache.bin")?.inode != written.inode, "one entry fewer: written again")
    }

    /// The same size and the mtime put back: written in place the ctime differs, written by a
    /// rename (as editors save) the inode differs too; the file is read again either way.
    @Test(arguments: [false, true])
    func aFileChangedWithTheSameSizeAndItsMtimeRestoredIsReadAgain(byRename: Bool) throws {
        let path = "Locales/pl/topics/a.xlf"
        let folder = try Folder([path: "<target>Dzień dobry</target>"])
        let old: Int64 = 1_600_000_000_123_456_789
        folder.setModified(path, old)
        let first = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
        #expect(first.hash(path) == Self.contentHash("<target>Dzień dobry</target>"))
        #expect(first.save().isEmpty)
        let recorded = try #require(folder.fileStat(path))
        // The file system's clock moves on before the edit, so the edit's ctime is another tick's.
        Self.waitForTheCoarseClock(toPass: recorded.changed)

        let edited = "<target>Dzień dobrx</target>"
        if byRename {
            try folder.write("Locales/pl/topics/.a.xlf.new", edited)
            #expect(rename(folder.root.appendingPathComponent("Locales/pl/topics/.a.xlf.new").path, folder.root.appendingPathComponent(path).path) == 0)
        } else {
            try folder.write(path, edited)
        }
        folder.setModified(path, old)
        let now = try #require(folder.fileStat(path))
        #expect(now.size == recorded.size && now.modified == recorded.modified)
        #expect(now.changed != recorded.changed)
        #expect((now.inode != recorded.inode) == byRename)

        let second = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
        #expect(second.hash(path) == Self.contentHash(edited))
        #expect(second.readFiles == 1)
    }

    /// A recorded entry that differs from the file in one stat field only is not trusted (its
    /// recorded hash, which no file has, is never returned); one that matches in all is.
    @Test func everyStatFieldIsCompared() throws {
        let path = "Content/topics/a.md"
        let folder = try Folder([path: "Tekst"])
        let real = try #require(folder.fileStat(path))
        let variants: [(String, (inout FileHashCache.FileStat) -> Void)] = [
            ("size", { $0.size += 1 }), ("mtime", { $0.modified -= 1 }), ("ctime", { $0.changed -= 1 }),
            ("inode", { $0.inode &+= 1 }), ("device", { $0.device &+= 1 }), ("nothing", { _ in }),
        ]
        for (field, change) in variants {
            var stat = real
            change(&stat)
            try folder.writeCache([path: FileHashCache.Entry(stat: stat, hash: "recorded")], taken: Self.later)
            let cache = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
            let expected = field == "nothing" ? "recorded" : Self.contentHash("Tekst")
            #expect(cache.hash(path) == expected, "differs in \(field)")
        }
    }

    /// Racily clean: an entry whose mtime or ctime is not older than the cache's time less the
    /// window is read again; one just older is trusted.
    @Test(arguments: ["mtime", "ctime"])
    func anEntryTooRecentForTheFileSystemClockIsNotTrusted(field: String) throws {
        let path = "Content/topics/a.md"
        let folder = try Folder([path: "Tekst"])
        // mtime in the past leaves the ctime the newer time; an mtime in the future is the newer one.
        folder.setModified(path, field == "mtime" ? FileHashCache.now() + 3_600_000_000_000 : 1_600_000_000_000_000_000)
        let stat = try #require(folder.fileStat(path))
        let newest = max(stat.modified, stat.changed)
        #expect((field == "mtime") == (stat.modified > stat.changed))
        for (taken, trusted) in [(newest + FileHashCache.racyWindow, false), (newest + FileHashCache.racyWindow + 1, true),
                                 (newest, false), (newest - 1, false)] {
            try folder.writeCache([path: FileHashCache.Entry(stat: stat, hash: "recorded")], taken: taken)
            let cache = FileHashCache(root: folder.root, settings: Self.settings)
            #expect(cache.hash(path) == (trusted ? "recorded" : Self.contentHash("Tekst")), "taken \(taken - newest) ns after the \(field)")
            #expect(cache.readFiles == (trusted ? 0 : 1))
        }
    }

    @Test func aCorruptForeignOrCleanCacheIsIgnored() throws {
        let path = "Locales/ar/topics/a.xlf"
        let folder = try Folder([path: "<target>مرحبا</target>"])
        let stat = try #require(folder.fileStat(path))
        let url = FileHashCache.file(root: folder.root)
        let entries = [path: FileHashCache.Entry(stat: stat, hash: "recorded")]
        func written() throws -> Data {
            try folder.writeCache(entries, taken: Self.later)
            return try Data(contentsOf: url)
        }
        let valid = try written()
        // The cache as written is trusted: each damage below is to a cache that would be.
        #expect(FileHashCache(root: folder.root, settings: Self.settings).hash(path) == "recorded")
        let body = valid.firstIndex(of: UInt8(ascii: "\n"))! + 1
        var flipped = valid
        flipped[valid.count - 2] ^= 1
        let damages: [(String, Data)] = [
            ("binary garbage", Data([0, 1, 2, 255])),
            ("empty", Data()),
            ("a byte of the entry changed", flipped),
            ("cut inside the entry", valid.prefix(body + (valid.count - body) / 2)),
            ("an entry appended", valid + valid[body...]),
            ("no header", valid[body...]),
            ("an old format", Data(String(decoding: valid, as: UTF8.self).replacingOccurrences(of: "\"format\":1", with: "\"format\":0").utf8)),
        ]
        #expect(damages.allSatisfy { $0.1 != valid })
        for (damage, bytes) in damages {
            try bytes.write(to: url)
            let cache = FileHashCache(root: folder.root, settings: Self.settings)
            #expect(cache.hash(path) == Self.contentHash("<target>مرحبا</target>"), "\(damage)")
        }
        // Another Tolk, another project folder, --clean.
        try folder.writeCache(entries, taken: Self.later, tolkVersion: "other")
        #expect(FileHashCache(root: folder.root, settings: Self.settings).hash(path) != "recorded")
        try folder.writeCache(entries, taken: Self.later, root: folder.root.appendingPathComponent("elsewhere"))
        #expect(FileHashCache(root: folder.root, settings: Self.settings).hash(path) == Self.contentHash("<target>مرحبا</target>"))
        _ = try written()
        #expect(FileHashCache(root: folder.root, settings: BuildCacheSettings(tolkVersion: "test", clean: true)).hash(path) != "recorded")
        #expect(FileHashCache(root: folder.root, settings: Self.settings).hash(path) == "recorded")
    }

    @Test func aCacheThatCannotBeWrittenIsAWarning() throws {
        let folder = try Folder(["Content/topics/a.md": "Tekst", ".tolk/hashes": "a file where the folder would be"])
        let cache = FileHashCache(root: folder.root, settings: Self.settings, now: Self.later)
        #expect(cache.hash("Content/topics/a.md") == Self.contentHash("Tekst"))
        let diagnostics = cache.save()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning && diagnostics.first?.check == "build-cache")
    }

    /// A build whose hash cache cannot be written is built, and says so once.
    @Test func aBuildWhoseHashCacheCannotBeWrittenSucceedsWithAWarning() throws {
        let copy = try CachedSiteCopy()
        try copy.write(".tolk/hashes", "a file where the folder would be")
        let built = copy.build()
        #expect(built.value != nil)
        #expect(built.diagnostics.filter { $0.message.contains("file hash cache") }.map(\.severity) == [.warning])
        #expect(CachedSiteCopy.tree(copy.output).filter { $0.key != ".tolk-output" } == copy.reference().tree.filter { $0.key != ".tolk-output" })
    }

    /// A build's hash cache holds every page's source and translation with the hash of its bytes;
    /// a translation edited in place to the same size with its mtime put back is rebuilt.
    @Test func aBuildSeesASameSizeEditWithItsMtimeRestored() throws {
        let copy = try CachedSiteCopy()
        #expect(copy.build().value != nil)
        let path = "Locales/pl/topics/neck-pain.xlf"
        let recorded = FileHashCache.read(FileHashCache.file(root: copy.root), identity: FileHashCacheHeader(root: copy.root, tolkVersion: "test"), margin: 0)
        let sources = copy.files(under: "Content/topics", ending: ".md") + copy.files(under: "Locales/pl/topics", ending: ".xlf")
        #expect(!sources.isEmpty && sources.allSatisfy { recorded[$0]?.hash == Self.contentHash((try? copy.read($0)) ?? "") })

        let url = copy.root.appendingPathComponent(path)
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        let text = try copy.read(path)
        let target = try #require(text.range(of: "</target>"))
        let last = text.index(before: target.lowerBound)
        let edited = text.replacingCharacters(in: last...last, with: text[last] == "x" ? "y" : "x")
        #expect(edited.utf8.count == text.utf8.count)
        try copy.write(path, edited)
        #expect(utimensat(AT_FDCWD, url.path, [info.st_atim, info.st_mtim], 0) == 0)
        let rebuilt = copy.build()
        #expect(rebuilt.value != nil)
        let reference = copy.reference()
        let tree = CachedSiteCopy.tree(copy.output)
        #expect(tree.keys.sorted() == reference.tree.keys.sorted())
        for (file, data) in reference.tree where file != ".tolk-output" && tree[file] != data { Issue.record("\(file) differs") }
        #expect(rebuilt.diagnostics.map(\.description) == reference.diagnostics)
    }

    /// Waits until the file system's (coarse) clock is past `nanoseconds`: a file changed then
    /// has another ctime than one changed at that time.
    static func waitForTheCoarseClock(toPass nanoseconds: Int64) {
        var time = timespec()
        repeat {
            clock_gettime(CLOCK_REALTIME_COARSE, &time)
        } while FileHashCache.nanoseconds(time) <= nanoseconds
    }
}
