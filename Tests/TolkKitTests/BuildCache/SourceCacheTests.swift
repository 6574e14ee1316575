import Foundation
import Testing
@testable import TolkKit

/// The source cache: a project loaded through it equals one parsed from scratch, and nothing
/// untrusted (other bytes, another disk, a damaged file) is taken from it.
@Suite(.serialized) struct SourceCacheTests {
    static let settings = BuildCacheSettings(tolkVersion: "test")

    /// The project loaded through a fresh `SourceCache` (saved afterwards), and how many files it parsed.
    static func load(_ copy: CachedSiteCopy, settings: BuildCacheSettings = settings) -> (Staged<Project?>, parsed: Int) {
        let cache = SourceCache(root: copy.root, settings: settings)
        let loaded = ProjectLoader.load(at: copy.root, sources: cache)
        #expect(cache.save().isEmpty)
        return (loaded, cache.parsedFiles)
    }

    /// The documents and diagnostics of a load, compared with those of a load without the cache.
    static func expectParsedEqual(_ loaded: Staged<Project?>, _ copy: CachedSiteCopy, _ comment: Comment? = nil,
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let parsed = ProjectLoader.load(at: copy.root)
        #expect(loaded.diagnostics == parsed.diagnostics, comment, sourceLocation: sourceLocation)
        #expect(loaded.value?.documents == parsed.value?.documents, comment, sourceLocation: sourceLocation)
        #expect((loaded.value?.documents.count ?? 0) == (parsed.value?.documents.count ?? -1), comment, sourceLocation: sourceLocation)
    }

    static func sourceCount(_ copy: CachedSiteCopy) -> Int { ProjectLoader.sourceFiles(in: copy.root).count }

    /// Topics, exercises, videos and the interface strings all come back as they were parsed.
    @Test func everySourceComesBackFromTheCacheAsParsed() throws {
        let copy = try CachedSiteCopy()
        let kinds = Set(ProjectLoader.sourceFiles(in: copy.root).map(\.kind))
        #expect(kinds == ["topic", "exercise", "video", "strings"])
        let first = Self.load(copy)
        #expect(first.parsed == Self.sourceCount(copy))
        let second = Self.load(copy)
        #expect(second.parsed == 0)
        Self.expectParsedEqual(second.0, copy)
        #expect(second.0.value?.documents.contains { if case .video(let video) = $0.content { !video.cues.isEmpty } else { false } } == true)
    }

    @Test func anEditedSourceIsParsedAgainAndTheOthersAreNot() throws {
        let copy = try CachedSiteCopy()
        _ = Self.load(copy)
        let topic = copy.files(under: "Content/topics", ending: ".md")[0]
        #expect(try copy.replace(". ", with: ". Ekstra setning. ", in: topic))
        let edited = Self.load(copy)
        #expect(edited.parsed == 1)
        Self.expectParsedEqual(edited.0, copy)
        // site.yml's variables are in every key: an exercise step may name one.
        #expect(try copy.replace("opening_hours:", with: "extra_variable: x\nopening_hours:", in: "Site/site.yml"))
        #expect(Self.load(copy).parsed == Self.sourceCount(copy))
    }

    /// A topic's image replaced by a link out of `Content/`, and an exercise's image deleted:
    /// the bytes of the sources are the same, but a clean build reports an error, so must a cached one.
    @Test func aChangeOnDiskToAnImageASourceNamesIsReportedAsByACleanBuild() throws {
        let copy = try CachedSiteCopy()
        let topic = copy.files(under: "Content/topics", ending: ".md")[0]
        try copy.write(topic, try copy.read(topic) + "\n![Bilde av broen](images/bridge.svg)\n")
        #expect(copy.build().value != nil)
        let outside = copy.root.appendingPathComponent("outside.svg")
        try Data("<svg/>".utf8).write(to: outside)
        let image = copy.root.appendingPathComponent("Content/images/bridge.svg")
        try FileManager.default.removeItem(at: image)
        try FileManager.default.createSymbolicLink(at: image, withDestinationURL: outside)
        let linked = copy.build()
        let reference = copy.reference()
        #expect(linked.diagnostics.map(\.description) == reference.diagnostics)
        #expect(reference.diagnostics.contains { $0.contains(topic) && $0.contains("symbolic link") }, "\(reference.diagnostics)")

        try FileManager.default.removeItem(at: image)
        let deleted = copy.build()
        let cleanDeleted = copy.reference()
        #expect(deleted.diagnostics.map(\.description) == cleanDeleted.diagnostics)
        #expect(cleanDeleted.diagnostics.contains { $0.contains("Content/exercises/bridge.yml") && $0.contains("does not exist") },
                "\(cleanDeleted.diagnostics)")
        #expect(deleted.value == nil)

        try Data("<svg/>".utf8).write(to: image)
        let restored = copy.build()
        #expect(restored.value != nil)
        #expect(restored.diagnostics.map(\.description) == copy.reference().diagnostics)
    }

    @Test func aCorruptForeignOrOldCacheIsIgnored() throws {
        let copy = try CachedSiteCopy()
        _ = Self.load(copy)
        let file = SourceCache.file(root: copy.root)
        let written = try Data(contentsOf: file)
        let newline = written.firstIndex(of: UInt8(ascii: "\n"))!
        let damages: [(String, Data, all: Bool)] = [
            ("an old format", Data("{\"format\":0}\n".utf8) + written[(newline + 1)...], true),
            ("another project folder", Data(try JSONEncoder().encode(SourceCacheHeader(
                format: SourceCacheHeader.format, tolkVersion: "test", projectRoot: "/elsewhere"))) + written[newline...], true),
            ("binary garbage", Data([0, 1, 2, 255]), true),
            ("cut inside an entry", written.prefix(written.count * 2 / 3), true),
            // A byte of the last entry's document changed: framing and key hold, the checksum does not.
            ("a changed byte", { var bytes = written; bytes[bytes.count - 8] ^= 0x5A; return bytes }(), false),
        ]
        for (damage, bytes, all) in damages {
            try bytes.write(to: file)
            let loaded = Self.load(copy)
            #expect(all ? loaded.parsed == Self.sourceCount(copy) : loaded.parsed == 1, "\(damage): \(loaded.parsed)")
            Self.expectParsedEqual(loaded.0, copy, "\(damage)")
            #expect(Self.load(copy).parsed == 0, "\(damage): the cache is whole again")
        }
        #expect(Self.load(copy, settings: BuildCacheSettings(tolkVersion: "other")).parsed == Self.sourceCount(copy))
        #expect(Self.load(copy, settings: BuildCacheSettings(tolkVersion: "other", clean: true)).parsed == Self.sourceCount(copy))
        #expect(Self.load(copy, settings: BuildCacheSettings(tolkVersion: "other")).parsed == 0)
    }

    /// A source file replaced by other bytes of the same length and time is parsed again: the key is over the bytes.
    @Test func theBytesAreTrustedOverTheCache() throws {
        let copy = try CachedSiteCopy()
        _ = Self.load(copy)
        let topic = copy.files(under: "Content/topics", ending: ".md")[0]
        let url = copy.root.appendingPathComponent(topic)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let text = try copy.read(topic)
        let index = text.range(of: "a")!
        try copy.write(topic, text.replacingCharacters(in: index, with: "e"))
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: url.path)
        let loaded = Self.load(copy)
        #expect(loaded.parsed == 1)
        Self.expectParsedEqual(loaded.0, copy)
    }
}
