import Foundation
import Testing
@testable import TolkKit

/// `SourceWriter`/`SourceReader`, the fixed-order form of the build cache's records and the
/// source cache's documents: every field comes back, and damaged bytes fail without crashing.
@Suite struct SourceCodingTests {
    static let target = InlineText([.text("Ta "), .open(id: "1", code: .strong), .text("2 tabletter"), .close(id: "1"),
                                    .placeholder(id: "2", code: .placeholder("{hold}")), .open(id: "3", code: .link(url: "https://x.no")),
                                    .text("ضوء"), .close(id: "3"), .placeholder(id: "4", code: .image(src: "images/a.svg", altUnit: "alt-1")),
                                    .placeholder(id: "5", code: .lineBreak), .placeholder(id: "6", code: .code("`x`")),
                                    .open(id: "7", code: .cueSpan("v Lege")), .close(id: "7"), .placeholder(id: "8", code: .unknown),
                                    .open(id: "9", code: .emphasis), .open(id: "10", code: .strikethrough)])

    static let record: DocumentRecord = {
        let diagnostic = Diagnostic(.error, check: "xliff", at: SourceLocation(file: "Locales/pl/topics/x.xlf", line: 4, column: 9),
                                    "a broken unit", hint: "fix it", language: "pl", unit: "p-1")
        var load = CachedDocumentLoad(languages: [
            .init(tag: "pl", translationPath: "Locales/pl/topics/x.xlf", fileExists: true, unreadable: false,
                  units: [.init(id: "title", status: .current, state: .reviewed, target: target, blocked: false, unreadable: false),
                          .init(id: "summary", status: .stale, state: .initial, target: nil, blocked: true, unreadable: true)],
                  loading: [diagnostic]),
            .init(tag: "ur", translationPath: "Locales/ur/topics/x.xlf", fileExists: false, unreadable: true, units: [], loading: []),
        ], availability: [:])
        load.availability = ["nb": .published(unreviewed: false), "pl": .publishedWithFallback(unreviewed: true),
                             "ur": .withheld(Withholding(missing: 3, stale: 1, belowMinimum: 2, errors: ["numbers": 2, "xliff": 1]))]
        return DocumentRecord(key: "abc-12", files: [
            OutputFileStat(path: "en/topics/x/index.html", size: 10, mtimeNanoseconds: -5, inode: .max),
            OutputFileStat(path: "pl/topics/ł/index.html", size: 0, mtimeNanoseconds: 1_733_000_000_123_456_789, inode: 0),
        ], load: load)
    }()

    @Test func aRecordRoundTrips() throws {
        let bytes = try #require(Self.record.encoded())
        #expect(DocumentRecord(decoding: bytes) == Self.record)
        let bare = DocumentRecord(key: "k", files: [], load: nil)
        #expect(DocumentRecord(decoding: try #require(bare.encoded())) == bare)
        #expect(DocumentRecord(decoding: bytes + [0]) == nil)
    }

    @Test func aSourceEntryRoundTrips() throws {
        let copy = try CachedSiteCopy()
        let project = try #require(ProjectLoader.load(at: copy.root).value)
        let probes: [SourceProbe] = [.problem(written: "images/a.svg", folder: "Content", nil),
                                     .problem(written: "../x", folder: "Content", .escapes), .exists(path: "Content/a", false),
                                     .contents(path: "Content/videos/a.vtt", "12-3"), .contents(path: "Content/b.vtt", nil)]
        let diagnostics = [Diagnostic.warning("front-matter", at: SourceLocation(file: "Content/topics/x.md", line: 2), "unknown field")]
        for document in project.documents {
            let entry = SourceEntry(probes: probes, load: Staged(document, diagnostics: diagnostics))
            let bytes = try #require(entry.encoded())
            let decoded = try #require(SourceEntry(decoding: bytes))
            #expect(decoded.probes == probes)
            #expect(decoded.load.value == document, "\(document.path)")
            #expect(decoded.load.diagnostics == diagnostics)
        }
        let failedBytes = try #require(SourceEntry(probes: [], load: Staged(nil, diagnostics: diagnostics)).encoded())
        let failed = try #require(SourceEntry(decoding: failedBytes))
        #expect(failed.load.value == nil && failed.load.diagnostics == diagnostics)
    }

    /// Every cut fails, and changed bytes fail or decode to some record: nothing reads outside the bytes.
    @Test func damagedRecordsFailAndNeverCrash() throws {
        let bytes = try #require(Self.record.encoded())
        for length in 0..<bytes.count { #expect(DocumentRecord(decoding: Array(bytes.prefix(length))) == nil) }
        var random = SeededGenerator(state: 15)
        for _ in 0..<3_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            _ = DocumentRecord(decoding: damaged)
        }
    }
}
