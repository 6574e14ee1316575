import Foundation
import Testing
@testable import TolkKit

/// `ProjectFiles.readBytes`, which the caches are read with: a file's bytes exactly, whatever
/// its size, and nil for what is not a readable file.
@Suite struct ProjectFilesReadTests {
    @Test func aFileComesBackByteForByte() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        var random = SeededGenerator(state: 3)
        for size in [0, 1, 4_095, 4_096, 65_537, 3_000_001] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
            let url = base.appendingPathComponent("file-\(size)")
            try Data(bytes).write(to: url)
            #expect(ProjectFiles.readBytes(url.path) == bytes, "\(size) bytes")
            #expect(ProjectFiles.readBytes(url.path).map { Data($0) } == ProjectFiles.readFile(url.path), "\(size) bytes")
        }
        // Around the size from which a file is read as two halves at once; an odd size too.
        for size in [ProjectFiles.halvesFrom - 1, ProjectFiles.halvesFrom, ProjectFiles.halvesFrom + 3] {
            var bytes = [UInt8](repeating: 0, count: size)
            for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: (index &* 2_654_435_761) >> 13) }
            let url = base.appendingPathComponent("file-\(size)")
            try Data(bytes).write(to: url)
            #expect(ProjectFiles.readBytes(url.path) == bytes, "\(size) bytes")
        }
        #expect(ProjectFiles.readBytes(base.path) == nil)
        #expect(ProjectFiles.readBytes(base.appendingPathComponent("missing").path) == nil)
    }
}
