import Foundation

/// Writes a file so that readers see the old or the new content, never half of it.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
