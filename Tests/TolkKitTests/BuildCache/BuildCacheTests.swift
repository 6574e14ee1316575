import Foundation
import Testing
@testable import TolkKit

/// The build cache: a rebuild is byte-identical to a clean build, and nothing untrusted is reused.
@Suite(.serialized) struct BuildCacheTests {
    /// One random edit of the kinds a project sees; returns what it did.
    static func edit(_ copy: CachedSiteCopy, round: Int, using random: inout SeededGenerator) throws -> String {
        let topics = copy.files(under: "Content/topics", ending: ".md")
        let xliff = copy.files(under: "Locales", ending: ".xlf").filter { !$0.hasSuffix("strings.xlf") }
        switch Int.random(in: 0..<11, using: &random) {
        case 0:
            let topic = topics.randomElement(using: &random)!
            try copy.replace(". ", with: ". Ekstra setning \(round). ", in: topic, occurrence: Int.random(in: 2..<6, using: &random))
            return "sentence in \(topic)"
        case 1:
            let file = xliff.randomElement(using: &random)!
            try copy.replace("</target>", with: " (\(round))</target>", in: file, occurrence: Int.random(in: 0..<4, using: &random))
            return "target in \(file)"
        case 2:
            let file = xliff.randomElement(using: &random)!
            try copy.replace("state=\"translated\"", with: "state=\"initial\"", in: file, occurrence: Int.random(in: 0..<3, using: &random))
            return "state in \(file)"
        case 3:
            try copy.write("Content/topics/new-\(round).md", try copy.read(topics[0]).replacingOccurrences(of: "title: ", with: "title: Ny \(round) "))
            return "new topic"
        case 4:
            let topic = topics.randomElement(using: &random)!
            let name = URL(fileURLWithPath: topic).deletingPathExtension().lastPathComponent
            try FileManager.default.removeItem(at: copy.root.appendingPathComponent(topic))
            for file in copy.files(under: "Locales", ending: "/topics/\(name).xlf") { try FileManager.default.removeItem(at: copy.root.appendingPathComponent(file)) }
            return "deleted \(topic)"
        case 5:
            let layout = try String(contentsOf: Theme.defaultFolder.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
            try copy.write("Site/templates/layout.mustache", layout + "<!-- round \(round) -->\n")
            return "template"
        case 6:
            try copy.replace("</target>", with: " ·</target>", in: "Locales/en/strings.xlf", occurrence: Int.random(in: 0..<10, using: &random))
            return "strings.xlf"
        case 7:
            try copy.replace("opening_hours: \"", with: "opening_hours: \"\(round) ", in: "Site/site.yml")
            return "site.yml"
        case 8:
            // A unit the XLIFF core rules reject: a load problem that withholds the page.
            let file = xliff.randomElement(using: &random)!
            try copy.replace("</target>", with: "<bogus/></target>", in: file, occurrence: Int.random(in: 0..<3, using: &random))
            return "broken unit in \(file)"
        case 9:
            // A changed number: an error finding of the check stage that withholds the page.
            let file = xliff.randomElement(using: &random)!
            try copy.replace("</target>", with: " 9999</target>", in: file, occurrence: Int.random(in: 0..<3, using: &random))
            return "number in \(file)"
        default:
            let image = copy.files(under: "Content/images", ending: ".svg").randomElement(using: &random)!
            try copy.write(image, try copy.read(image) + "<!-- \(round) -->\n")
            return "image \(image)"
        }
    }

    @Test func aRebuildAfterRandomEditsEqualsACleanBuild() throws {
        let copy = try CachedSiteCopy()
        #expect(copy.build().value != nil)
        var random = SeededGenerator(state: 15)
        for round in 1...12 {
            let edits = try (0..<Int.random(in: 1...2, using: &random)).map { _ in try Self.edit(copy, round: round, using: &random) }
            let rebuilt = copy.build()
            let reference = copy.reference()
            let tree = CachedSiteCopy.tree(copy.output)
            #expect(rebuilt.value != nil, "round \(round): \(edits)")
            #expect(tree.keys.sorted() == reference.tree.keys.sorted(), "round \(round): \(edits)")
            for (path, data) in reference.tree where tree[path] != data { Issue.record("round \(round) \(edits): \(path) differs") }
            #expect(rebuilt.diagnostics.map(\.description) == reference.diagnostics, "round \(round): \(edits)")
            #expect(rebuilt.value?.fileCount == tree.count - 1, "round \(round): every file but the marker is counted")
            #expect(CachedSiteCopy.describe(rebuilt.value) == reference.summary, "round \(round): \(edits)")
        }
    }

    @Test func anUntouchedDocumentIsReusedAndAnEditedOneRendered() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let untouched = copy.inode("en/topics/interpreter/index.html")
        let handout = copy.inode("pl/handouts/interpreter.html")
        let edited = copy.inode("en/topics/neck-pain/index.html")
        try copy.replace("</target>", with: " (edited)</target>", in: "Locales/en/topics/neck-pain.xlf", occurrence: 2)
        _ = copy.build()
        #expect(untouched != nil && copy.inode("en/topics/interpreter/index.html") == untouched)
        #expect(handout != nil && copy.inode("pl/handouts/interpreter.html") == handout)
        #expect(copy.inode("en/topics/neck-pain/index.html") != edited)
        #expect(CachedSiteCopy.tree(copy.output) == copy.reference().tree.merging([".tolk-output": CachedSiteCopy.tree(copy.output)[".tolk-output"]!]) { $1 })
    }

    /// The indexes, sitemap and program pages show of a topic only whether it is published and
    /// its title and summary: an edit of its body leaves them as they were, taken over.
    @Test func theSitePagesAreTakenOverWhenNothingTheyShowChanged() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let sitePages = ["en/index.html", "sitemap.xml", "index.html", "404.html", "assets/style.css", "en/program/index.html"]
        let before = sitePages.map { copy.inode($0) }
        #expect(!before.contains(nil))
        // A body paragraph's translation. (An edit of the Norwegian body would withhold the page
        // until it is translated again, and so change the indexes.)
        try copy.replace("</target>", with: " (edited)</target>", in: "Locales/en/topics/neck-pain.xlf", occurrence: 2)
        let rebuilt = copy.build()
        #expect(sitePages.map { copy.inode($0) } == before)
        let reference = copy.reference()
        let tree = CachedSiteCopy.tree(copy.output)
        #expect(tree.keys.sorted() == reference.tree.keys.sorted())
        for (path, data) in reference.tree where path != ".tolk-output" && tree[path] != data { Issue.record("\(path) differs") }
        #expect(rebuilt.value?.fileCount == tree.count - 1)
    }

    /// A topic's title as translated is on its language's index: a new one renders them again.
    /// So does a change of where a page is published (every index lists the languages that
    /// have it, and the sitemap its addresses).
    @Test func aChangedTitleOrPublicationRendersTheSitePagesAgain() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let index = copy.inode("en/index.html")
        try copy.replace("<target>Neck pain</target>", with: "<target>Neck ache</target>", in: "Locales/en/topics/neck-pain.xlf")
        _ = copy.build()
        #expect(copy.inode("en/index.html") != index)
        #expect(try String(contentsOf: copy.output.appendingPathComponent("en/index.html"), encoding: .utf8).contains("Neck ache"))
        let sitemap = try Data(contentsOf: copy.output.appendingPathComponent("sitemap.xml"))
        #expect(sitemap.range(of: Data("pl/topics/neck-pain/".utf8)) != nil)
        // A unit of its Polish translation back to `initial`: withheld in Polish, out of the sitemap.
        try copy.replace("state=\"translated\"", with: "state=\"initial\"", in: "Locales/pl/topics/neck-pain.xlf")
        _ = copy.build()
        let rebuiltSitemap = try Data(contentsOf: copy.output.appendingPathComponent("sitemap.xml"))
        #expect(rebuiltSitemap.range(of: Data("pl/topics/neck-pain/".utf8)) == nil)
        let reference = copy.reference()
        let tree = CachedSiteCopy.tree(copy.output)
        for (path, data) in reference.tree where path != ".tolk-output" && tree[path] != data { Issue.record("\(path) differs") }
    }

    /// A topic that is not touched is neither read nor checked again: what its check decided
    /// (withheld for a load problem and a changed number, with those diagnostics) comes from
    /// the cache, and the indexes still list it as before.
    @Test func aReusedTopicKeepsWhatItsCheckDecided() throws {
        let copy = try CachedSiteCopy()
        try copy.replace("</target>", with: "<bogus/></target>", in: "Locales/pl/topics/interpreter.xlf", occurrence: 1)
        try copy.replace("</target>", with: " 9999</target>", in: "Locales/ar/topics/interpreter.xlf", occurrence: 2)
        let first = copy.build()
        #expect(first.diagnostics.contains { $0.location?.file == "Locales/pl/topics/interpreter.xlf" })
        #expect(first.value?.withheld.contains { $0.page.slug == "interpreter" && $0.language == "ar" && $0.reason.errorCount > 0 } == true)
        let untouched = copy.inode("pl/topics/interpreter/index.html")
        try copy.replace("</target>", with: " (edited)</target>", in: "Locales/en/topics/neck-pain.xlf", occurrence: 2)
        let rebuilt = copy.build()
        let reference = copy.reference()
        #expect(untouched != nil && copy.inode("pl/topics/interpreter/index.html") == untouched)
        #expect(rebuilt.diagnostics.map(\.description) == reference.diagnostics)
        #expect(CachedSiteCopy.describe(rebuilt.value) == reference.summary)
        let tree = CachedSiteCopy.tree(copy.output).filter { $0.key != ".tolk-output" }
        for (path, data) in reference.tree where path != ".tolk-output" && tree[path] != data { Issue.record("\(path) differs") }
        // Its record was written back as read: a third build takes it over again.
        #expect(copy.build().diagnostics.map(\.description) == reference.diagnostics)
        #expect(copy.inode("pl/topics/interpreter/index.html") == untouched)
        let file = BuildCache.file(projectRoot: copy.root, output: copy.output.standardizedFileURL)
        let header = try JSONDecoder().decode(BuildCacheHeader.self, from: Data(contentsOf: file).split(separator: UInt8(ascii: "\n"))[0])
        let records = BuildCache.load(projectRoot: copy.root, output: copy.output.standardizedFileURL, tolkVersion: header.tolkVersion, globalKey: header.globalKey)
        #expect(records["Content/topics/interpreter.md"]?.decoded()?.load?.languages.map(\.tag) == ["en", "pl", "ur", "ar", "so"])
    }

    /// Source paths come back from the cache file as written, with quotes, backslashes, tabs,
    /// line breaks and letters beyond ASCII in them.
    @Test func pathsRoundTripThroughTheCacheFile() throws {
        let copy = try CachedSiteCopy()
        let paths = ["Content/topics/plain.md", "Content/topics/blåbær.md", "Content/topics/a \"quoted\" \\ name.md",
                     "Content/topics/tab\there.md", "Content/topics/line\nbreak.md", "Content/topics/ضوء.md"]
        var pending: [String: PendingRecord] = [:]
        for (index, path) in paths.enumerated() { pending[path] = .rendered(key: "k\(index)", paths: [], load: nil) }
        #expect(BuildCache.save(pending, projectRoot: copy.root, output: copy.output, tolkVersion: "v", globalKey: "g").isEmpty)
        let loaded = BuildCache.load(projectRoot: copy.root, output: copy.output, tolkVersion: "v", globalKey: "g")
        #expect(loaded.keys.sorted() == paths.sorted())
        for (index, path) in paths.enumerated() { #expect(loaded[path]?.key == "k\(index)") }
        #expect(BuildCache.load(projectRoot: copy.root, output: copy.output, tolkVersion: "v", globalKey: "other").isEmpty)
    }

    @Test func aCorruptCacheIsIgnored() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let file = BuildCache.file(projectRoot: copy.root, output: copy.output.standardizedFileURL)
        #expect(FileManager.default.fileExists(atPath: file.path))
        // Each damage is done to the cache the last build wrote, which would otherwise be trusted.
        let damages: [(String, (Data) -> Data)] = [
            ("an old format", { _ in Data("{\"format\": 1, \"documents\": ".utf8) }),
            ("binary garbage", { _ in Data([0, 1, 2, 255]) }),
            ("cut inside a document's entry", { written in written.prefix(written.count * 2 / 3) }),
            ("records that do not decode", { written in
                // Every entry framed as written, each record's first byte (its tag) made wrong.
                let newline = written.firstIndex(of: UInt8(ascii: "\n"))!
                let bytes = [UInt8](written)
                let reader = BinaryReader(bytes: bytes)
                var writer = BinaryWriter(bytes: Array(bytes[...newline]))
                var cursor = newline + 1
                while cursor < bytes.count {
                    writer.writeString(reader.string(try! reader.stringRange(at: &cursor)))
                    writer.writeString(reader.string(try! reader.stringRange(at: &cursor)))
                    var record = Array(bytes[try! reader.stringRange(at: &cursor)])
                    record[0] = BinaryCoding.Tag.unkeyed.rawValue
                    BinaryWriter.appendVarint(UInt64(record.count), to: &writer.bytes)
                    writer.bytes += record
                }
                return Data(writer.bytes)
            }),
        ]
        for (damage, damaged) in damages {
            let before = copy.inode("en/topics/interpreter/index.html")
            try damaged(try Data(contentsOf: file)).write(to: file)
            #expect(copy.build().value != nil, "\(damage)")
            // The file before is still in the output while the new one is written: its inode cannot come back.
            #expect(before != nil && copy.inode("en/topics/interpreter/index.html") != before, "\(damage)")
        }
        // The cache is whole again after a damaged one: the next build takes the page over.
        let rebuilt = copy.inode("en/topics/interpreter/index.html")
        _ = copy.build()
        #expect(copy.inode("en/topics/interpreter/index.html") == rebuilt)
        #expect(CachedSiteCopy.tree(copy.output).filter { $0.key != ".tolk-output" } == copy.reference().tree.filter { $0.key != ".tolk-output" })
    }

    @Test func aCacheOfAnotherVersionOrCleanIsNotTrustedButRewritten() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build(version: "1")
        let first = copy.inode("en/topics/interpreter/index.html")
        _ = copy.build(version: "2")
        let second = copy.inode("en/topics/interpreter/index.html")
        #expect(first != second)
        _ = copy.build(version: "2", clean: true)
        let cleaned = copy.inode("en/topics/interpreter/index.html")
        #expect(cleaned != second)
        _ = copy.build(version: "2")
        #expect(copy.inode("en/topics/interpreter/index.html") == cleaned)
    }

    @Test func aHandModifiedOutputFileIsNotReused() throws {
        let copy = try CachedSiteCopy()
        _ = copy.build()
        let page = copy.output.appendingPathComponent("en/topics/interpreter/index.html")
        let original = try Data(contentsOf: page)
        // The same size, another mtime: the file is what someone edited, not what was built.
        var changed = original
        changed[changed.count - 2] = UInt8(ascii: "X")
        try changed.write(to: page)
        _ = copy.build()
        #expect(try Data(contentsOf: page) == original)
        // The same after a rebuild that took the page over (its record written back as read).
        _ = copy.build()
        try changed.write(to: page)
        _ = copy.build()
        #expect(try Data(contentsOf: page) == original)
    }

    @Test func eachProfileHasItsOwnCache() throws {
        let copy = try CachedSiteCopy()
        let trondheim = copy.root.appendingPathComponent("_site/trondheim")
        _ = copy.build()
        _ = copy.build(profile: "trondheim", into: trondheim)
        try copy.replace("</target>", with: " (edited)</target>", in: "Locales/pl/topics/neck-pain.xlf", occurrence: 2)
        for (profile, folder) in [("oslo", copy.output), ("trondheim", trondheim)] {
            let untouched = copy.inode("en/topics/interpreter/index.html", in: folder)
            #expect(copy.build(profile: profile, into: folder).value != nil)
            #expect(copy.inode("en/topics/interpreter/index.html", in: folder) == untouched)
            let tree = CachedSiteCopy.tree(folder).filter { $0.key != ".tolk-output" }
            #expect(tree == copy.reference(profile: profile).tree.filter { $0.key != ".tolk-output" }, "\(profile)")
        }
    }
}
