import Foundation
import Testing
@testable import TolkKit

/// `AtomicFile`: the old or the new file, never half; what a killed writer leaves is removed.
@Suite struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writeReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("en.xlf")
        try AtomicFile.write("old", to: file)
        try AtomicFile.write("new", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["en.xlf"])
    }

    @Test func anExistingFileKeepsItsPermissions() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("en.xlf")
        try AtomicFile.write("old", to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try AtomicFile.write("new", to: file)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aFailedWriteNamesTheFileAndLeavesItAsItWas() throws {
        let folder = try Self.folder()
        // A folder where the file's folder should be: creating it fails, also for root.
        try AtomicFile.write("x", to: folder.appendingPathComponent("topics"))
        let target = folder.appendingPathComponent("topics/neck-pain.xlf")
        #expect {
            try AtomicFile.write("new", to: target)
        } throws: { error in
            (error as? AtomicFile.WriteError)?.description.hasPrefix("could not write \(target.path): ") == true
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("topics"), encoding: .utf8) == "x")
    }

    @Test func aFileWrittenInPiecesHoldsThemAllInOrder() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("cache.bin")
        try AtomicFile.write("old", to: file)
        let pieces = (0..<300).map { Array(repeating: UInt8(truncatingIfNeeded: $0), count: 1 + $0 * 37) }
        try AtomicFile.write(to: file) { emit in
            for piece in pieces { try piece.withUnsafeBytes { try emit($0) } }
        }
        #expect(try Data(contentsOf: file) == Data(pieces.joined()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cache.bin"])
    }

    @Test func piecesAroundTheBufferSizeComeOutInOrder() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("cache.bin")
        // Small pieces that fill the megabyte buffer several times, one larger than it between them.
        let sizes = Array(repeating: 300_000, count: 7) + [3_000_000] + Array(repeating: 999_999, count: 3)
        let pieces = sizes.enumerated().map { Array(repeating: UInt8(truncatingIfNeeded: $0.offset + 1), count: $0.element) }
        try AtomicFile.write(to: file) { emit in
            for piece in pieces { try piece.withUnsafeBytes { try emit($0) } }
        }
        #expect(try Data(contentsOf: file) == Data(pieces.joined()))
    }

    @Test func aProducerThatFailsLeavesTheFileAsItWasAndNoTemporaryFile() throws {
        struct Stop: Error {}
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("cache.bin")
        try AtomicFile.write("old", to: file)
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: file) { emit in
                try Array("half of the new".utf8).withUnsafeBytes { try emit($0) }
                throw Stop()
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cache.bin"])
    }

    @Test func leftoversOfKilledWritersAreRemovedAndThoseOfRunningOnesKept() throws {
        let folder = try Self.folder()
        let topics = folder.appendingPathComponent("en/topics")
        try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
        // No process has the largest pid; this test's own process is running.
        let dead = topics.appendingPathComponent(".neck-pain.xlf.tolk-tmp-2147483647-0123abcd")
        let alive = topics.appendingPathComponent(".back-pain.xlf.tolk-tmp-\(ProcessInfo.processInfo.processIdentifier)-0123abcd")
        let translation = topics.appendingPathComponent("neck-pain.xlf")
        for url in [dead, alive, translation] { try Data("half".utf8).write(to: url) }
        AtomicFile.removeLeftovers(under: folder)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
        #expect(FileManager.default.fileExists(atPath: translation.path))
    }
}
