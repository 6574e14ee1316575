import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer
#if canImport(Glibc)
import Glibc
#endif

/// The served files live on disk in `.tolk/serve/<run>/objects/`, named by SHA-256: written
/// once, collected after a swap, removed when the server stops or at the next start after a kill.
@Suite(.serialized) struct ServerFileStoreTests {
    @Test func sha256MatchesTheStandardsExamples() {
        let cases = [
            "": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            // 56 bytes: the padding needs a second block.
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq": "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        ]
        for (text, hex) in cases { #expect(SHA256Digest.of(Data(text.utf8)).hex == hex, "\(text)") }
        let million = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256Digest.of(million).hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The object names in a store folder, without temporary files.
    static func objects(_ store: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("objects").path).filter { !$0.hasPrefix(".") })
    }

    static func hex(_ text: String) -> String { SHA256Digest.of(Data(text.utf8)).hex }

    @Test func aSwapRemovesUnreferencedObjectsAndKeepsSharedOnes() throws {
        let project = try SiteFixture.make()
        defer { try? FileManager.default.removeItem(at: project.root) }
        var build = IncrementalBuild(root: project.root)
        let prepared = try #require(build.update(changed: nil, views: []).prepared)
        let store = ObjectStore(projectRoot: project.root)
        try store.create()
        defer { store.remove() }
        let first = PartialRender(files: ["a.txt": Data("one".utf8), "b.txt": Data("shared".utf8), "c.txt": Data("shared".utf8)],
                                  removed: [], isComplete: true)
        let old = try SiteSnapshot.make(first, prepared: prepared, store: store)
        // Identical files share one object.
        #expect(try Self.objects(store.folder) == [Self.hex("one"), Self.hex("shared")])

        let edit = PartialRender(files: ["a.txt": Data("two".utf8), "b.txt": Data("shared".utf8)], removed: ["c.txt"], isComplete: false)
        let (new, changed) = try old.applying(edit, prepared: prepared, store: store)
        #expect(changed == ["a.txt", "c.txt"])
        #expect(try Self.objects(store.folder) == [Self.hex("one"), Self.hex("two"), Self.hex("shared")])
        #expect(store.collect(keeping: new.digests) == 1)
        // "one" is named by no snapshot now; "shared" still by b.txt.
        #expect(try Self.objects(store.folder) == [Self.hex("two"), Self.hex("shared")])
        #expect(new.files["b.txt"] == old.files["b.txt"])
        #expect(new.files["c.txt"] == nil)

        // An object opened before it was collected stays readable (a response under way).
        let two = try #require(new.files["a.txt"])
        let opened = try #require(OpenObject(two, in: store))
        let (last, _) = try new.applying(PartialRender(files: ["b.txt": Data("shared".utf8)], removed: [], isComplete: true),
                                         prepared: prepared, store: store)
        store.collect(keeping: last.digests)
        #expect(try Self.objects(store.folder) == [Self.hex("shared")])
        #expect(OpenObject(two, in: store) == nil)
        #expect(Array(try opened.read(offset: 0, count: 3).readableBytesView) == Array("two".utf8))
    }

    @Test func referencesFindTheObjectsNoFileOfEitherViewNamesAnyMore() throws {
        let project = try SiteFixture.make()
        defer { try? FileManager.default.removeItem(at: project.root) }
        var build = IncrementalBuild(root: project.root)
        let prepared = try #require(build.update(changed: nil, views: []).prepared)
        let (a, b, c) = (Self.file("a"), Self.file("b"), Self.file("c"))
        let site = SiteSnapshot(files: ["x": a, "y": b], prepared: prepared)
        let review = SiteSnapshot(files: ["x": a], prepared: prepared)
        var references = ObjectReferences([site, review])
        // The site's x changes: its old object is still named by the translator view.
        let site2 = SiteSnapshot(files: ["x": c, "y": b], prepared: prepared)
        references.update(["x"], from: site, to: site2)
        #expect(references.takeUnreferenced().isEmpty)
        // y goes from the site while the translator view's x takes up its object; a is named by nothing now.
        let site3 = SiteSnapshot(files: ["x": c], prepared: prepared)
        let review2 = SiteSnapshot(files: ["x": b], prepared: prepared)
        references.update(["x", "y"], from: site2, to: site3)
        references.update(["x"], from: review, to: review2)
        #expect(references.takeUnreferenced() == [a.digest])
        #expect(references.all == [b.digest, c.digest])
        #expect(references.takeUnreferenced().isEmpty)
    }

    @Test func snapshotFilesLayerEditsOverTheLastCompleteRenderAndMergeThem() {
        var files = SnapshotFiles(["a": Self.file("a"), "b": Self.file("b")])
        let first: [String: StoredFile?] = ["a": Self.file("A"), "b": nil, "c": Self.file("c")]
        files = files.applying(first)
        #expect(files["a"] == Self.file("A"))
        #expect(files["b"] == nil)
        #expect(files.count == 2)
        #expect(files.all == ["a": Self.file("A"), "c": Self.file("c")])
        // Removing a file that is not there, and putting one back, keep the count right.
        let second: [String: StoredFile?] = ["b": nil, "d": Self.file("d")]
        files = files.applying(second).applying(["b": Self.file("b")])
        #expect(files.count == 4)
        // Past the merge point the layers become one table, with the same files.
        var many: [String: StoredFile?] = [:]
        for index in 0...SnapshotFiles.mergeAt { many["page\(index)"] = .some(Self.file("\(index)")) }
        let merged = files.applying(many)
        #expect(merged.count == 4 + SnapshotFiles.mergeAt + 1)
        #expect(merged.all.count == merged.count)
        #expect(merged["page7"] == Self.file("7"))
        #expect(merged["a"] == Self.file("A"))
    }

    static func file(_ text: String) -> StoredFile { StoredFile(digest: SHA256Digest.of(Data(text.utf8)), size: text.utf8.count) }

    @Test func responsesCarryTheRenderedBytes() async throws {
        let project = try ServerServingTests.project()
        // Larger than one read: sent in parts from disk.
        let big = Data((0..<(OpenObject.whole + 3 * OpenObject.chunk + 12345)).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 7) })
        try big.write(to: project.root.appendingPathComponent("Site/assets/big.bin"))
        // The whole site in memory, as `tolk build` renders it, to compare with what is served.
        let prepared = try #require(SiteBuild.prepare(root: project.root).value)
        let rendered = try SiteRenderer(site: prepared.site, theme: prepared.theme, options: PreviewChrome.readerOptions(profile: nil)).render(.everything)
        #expect(rendered.files["assets/big.bin"] == big)
        try await withServer(project) { server in
            for (path, data) in rendered.files {
                let reply = try await server.get("/" + path)
                #expect(reply.status == 200, "\(path)")
                #expect(reply.body == data, "\(path)")
            }
            let part = try await server.get("/assets/big.bin", headers: ["Range": "bytes=300000-900000"])
            #expect(part.status == 206)
            #expect(part.body == big[300_000...900_000])
            // More than is read at once: sent in parts, from an offset.
            let tail = try await server.get("/assets/big.bin", headers: ["Range": "bytes=100-"])
            #expect(tail.status == 206)
            #expect(tail.body == big[100...])
            let head = try await server.get("/assets/big.bin", "HEAD")
            #expect(head.headers["content-length"] == String(big.count))
            #expect(head.body.isEmpty)
        }
    }

    @Test func anEditCollectsTheOldObjectsAndTheFolderGoesWhenTheServerStops() async throws {
        let project = try SiteFixture.make()
        let running = try await RunningServer.start(project)
        let folder = running.server.storeFolder
        do {
            #expect(folder.path.hasPrefix(project.root.appendingPathComponent(".tolk/serve/").path))
            let before = try await running.get("/nb/topics/back/").body
            #expect(try Self.objects(folder).contains(SHA256Digest.of(before).hex))
            let events = try EventStreamClient(port: running.port)
            defer { events.close() }
            try await waitUntil("the event stream says hello") { events.count("hello") == 1 }
            try running.save("Content/topics/back.md", ServerLiveReloadTests.editedTopic)
            try await waitUntil("a reload of the page") { events.reloaded("/nb/topics/back/") }
            // The indexes follow in a second build step: after it, nothing is being written.
            try await waitUntil("a reload of the English index") { events.reloaded("/en/") }
            let after = try await running.get("/nb/topics/back/").body
            #expect(after != before)
            let objects = try Self.objects(folder)
            #expect(objects.contains(SHA256Digest.of(after).hex))
            #expect(!objects.contains(SHA256Digest.of(before).hex))
            // Every object on disk is one the site names.
            let site = try #require(running.server.currentSite)
            #expect(objects == Set(site.digests.map(\.hex)))
        } catch {
            try? await running.stop()
            throw error
        }
        try await running.stop()
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".tolk/serve").path))
        try? FileManager.default.removeItem(at: project.root)
    }

    @Test func aKilledServersFolderIsRemovedAtTheNextStartAndARunningOnesIsNot() async throws {
        let project = try SiteFixture.make()
        let serve = project.root.appendingPathComponent(".tolk/serve")
        // A killed server's folder: its lock file is there, nobody holds it.
        let dead = serve.appendingPathComponent("999999-dead")
        try FileManager.default.createDirectory(at: dead.appendingPathComponent("objects"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: dead.appendingPathComponent("objects/\(Self.hex("old"))"))
        try Data().write(to: dead.appendingPathComponent("lock"))
        // A running server's folder: its lock is held (here by this test).
        let live = serve.appendingPathComponent("\(getpid())-live")
        try FileManager.default.createDirectory(at: live.appendingPathComponent("objects"), withIntermediateDirectories: true)
        try Data().write(to: live.appendingPathComponent("lock"))
        let held = open(live.appendingPathComponent("lock").path, O_RDWR)
        #expect(held >= 0)
        #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
        defer { close(held) }
        try await withServer(project) { server in
            #expect(!FileManager.default.fileExists(atPath: dead.path))
            #expect(FileManager.default.fileExists(atPath: live.path))
            #expect(FileManager.default.fileExists(atPath: server.server.storeFolder.path))
            let page = try await server.get("/nb/topics/back/")
            #expect(page.status == 200)
        }
    }
}
