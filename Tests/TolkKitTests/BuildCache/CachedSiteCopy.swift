import Foundation
@testable import TolkKit

/// A copy of the sample project with builds into `_site` (cached) and clean reference builds,
/// for the build cache's tests.
final class CachedSiteCopy {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-cache-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Locales", "Site"] {
            try FileManager.default.copyItem(at: SampleProjectTests.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var output: URL { root.appendingPathComponent("_site/oslo") }

    /// A build with the cache into `output` (default `_site/oslo`). The file hash cache trusts
    /// every entry older than the build that wrote it (no racy window): these tests edit files
    /// right after a build, and would otherwise never take a hash from it.
    func build(version: String = "test", clean: Bool = false, profile: String = "oslo", into output: URL? = nil) -> Staged<BuildSummary?> {
        var settings = BuildCacheSettings(tolkVersion: version, clean: clean)
        settings.fileTimeMargin = 0
        return SiteBuild.build(root: root, output: output ?? self.output, profile: profile, cache: settings)
    }

    /// A build without a cache into a fresh folder: the reference a rebuild must equal.
    func reference(profile: String = "oslo") -> (tree: [String: Data], diagnostics: [String], summary: String) {
        let folder = root.appendingPathComponent("reference-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = SiteBuild.build(root: root, output: folder, profile: profile)
        return (Self.tree(folder), built.diagnostics.map(\.description), Self.describe(built.value))
    }

    /// What a build's summary says of every page: published and withheld counts, and each withheld page with why.
    static func describe(_ summary: BuildSummary?) -> String {
        guard let summary else { return "no build" }
        let withheld = summary.withheld.map { "\($0.language) \($0.page.path): \($0.reason.description)" }
        return "published \(summary.publishedPages.sorted { $0.key < $1.key }), withheld \(summary.withheldPages.sorted { $0.key < $1.key })\n"
            + withheld.joined(separator: "\n")
    }

    /// Every file below a folder by relative path.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = try? Data(contentsOf: url)
        }
        return files
    }

    /// The inode of an output file: the same inode after a rebuild means the file was reused.
    func inode(_ path: String, in folder: URL? = nil) -> UInt64? {
        OutputFileStat.read(path, in: folder ?? output)?.inode
    }

    func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces the `occurrence`-th match of `old` in a file; false when there is none.
    @discardableResult
    func replace(_ old: String, with new: String, in path: String, occurrence: Int = 0) throws -> Bool {
        let text = try read(path)
        let ranges = text.ranges(of: old)
        guard !ranges.isEmpty else { return false }
        var edited = text
        edited.replaceSubrange(ranges[occurrence % ranges.count], with: new)
        try write(path, edited)
        return true
    }

    /// Project-relative paths of the files below a folder of the project.
    func files(under folder: String, ending suffix: String) -> [String] {
        (FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
    }
}

/// SplitMix64: the same seed gives the same edits on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
