import Foundation
import TolkKit

/// One rendered site as served: immutable, so a rebuild makes a new snapshot and swaps it in
/// whole, and a request never sees half of a build. The bytes are in the file store on disk;
/// the snapshot only names them.
final class SiteSnapshot: Sendable {
    /// Files by site-relative path (`en/topics/neck-pain/index.html`).
    let files: SnapshotFiles
    /// The pipeline state the files were rendered from, without its translations (the
    /// translator view's panel and the workbench read the project and availability).
    let prepared: SiteBuild.Prepared

    var site: LocalizedSite { prepared.site }

    init(files: [String: StoredFile], prepared: SiteBuild.Prepared) {
        self.files = SnapshotFiles(files)
        self.prepared = prepared.withoutTranslations
    }

    private init(files: SnapshotFiles, prepared: SiteBuild.Prepared) {
        self.files = files
        self.prepared = prepared.withoutTranslations
    }

    /// The objects this snapshot names.
    var digests: Set<SHA256Digest> { Set(files.all.values.map(\.digest)) }

    /// This snapshot with a partial render applied, and the paths whose content really changed
    /// (new, different or gone): a file is unchanged when its size and SHA-256 are. New files go
    /// into `store`; `transform` adapts them first.
    func applying(_ render: PartialRender, prepared: SiteBuild.Prepared, store: ObjectStore,
                  transform: @escaping @Sendable (String, Data) -> Data = { $1 }) throws -> (SiteSnapshot, changed: Set<String>) {
        let stored = try StoredFile.ingest(render.files, into: store, transform: transform)
        if render.isComplete { return replaced(by: stored, prepared: prepared) }
        var edits: [String: StoredFile?] = [:]
        for (path, file) in stored where files[path] != file { edits[path] = .some(file) }
        for path in render.removed where files[path] != nil { edits[path] = .some(nil) }
        return (SiteSnapshot(files: files.applying(edits), prepared: prepared), Set(edits.keys))
    }

    /// The snapshot of a complete render whose files are in the store already (`StoreSink`),
    /// and the paths whose content changed from this one (new, different or gone).
    func replaced(by files: [String: StoredFile], prepared: SiteBuild.Prepared) -> (SiteSnapshot, changed: Set<String>) {
        let old = self.files.all
        var changed = Set(files.compactMap { path, file in old[path] == file ? nil : path })
        changed.formUnion(old.keys.filter { files[$0] == nil })
        return (SiteSnapshot(files: files, prepared: prepared), changed)
    }

    /// The first snapshot, from a complete render.
    static func make(_ render: PartialRender, prepared: SiteBuild.Prepared, store: ObjectStore,
                     transform: @escaping @Sendable (String, Data) -> Data = { $1 }) throws -> SiteSnapshot {
        SiteSnapshot(files: try StoredFile.ingest(render.files, into: store, transform: transform), prepared: prepared)
    }
}
