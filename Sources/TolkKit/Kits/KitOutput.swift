import Foundation

/// Writes a kit into a folder. The folder must be new, empty, or a kit folder written before
/// (it holds `word-counts.txt`), so that exporting never overwrites someone's other files.
public enum KitOutput {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ kit: TranslationKit, into folder: URL) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Refused(description: "\(folder.path) is a file; name a folder, or a file ending in .zip") }
            let contents = try manager.contentsOfDirectory(atPath: folder.path)
            guard contents.isEmpty || contents.contains(TranslationKit.summaryName) else {
                throw Refused(description: "\(folder.path) already holds other files; name a new or empty folder (or an earlier kit's)")
            }
        }
        for file in kit.files {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url, options: .atomic)
        }
    }
}
