import Foundation
import TolkKit

/// One rendered site as served: immutable, so a rebuild makes a new snapshot and swaps it in
/// whole, and a request never sees half of a build. The bytes are in the file store on disk;
/// the snapshot only names them.
final class SiteSnapshot: Sendable {
    /// Files by site-relative path (`en/topics/neck-pain/index.html`).
    let files: [String: StoredFile]
    /// The pipeline state the files were rendered from, without its translations (the
    /// translator view's panel and the workbench read the project and availability).
    let prepared: SiteBuild.Prepared

    var site: LocalizedSite { prepared.site }

    init(files: [String: StoredFile], prepared: SiteBuild.Prepared) {
        self.files = files
        self.prepared = prepared.withoutTranslations
    }

    /// The objects this snapshot names.
    var digests: Set<SHA256Digest> { Set(files.values.map(\.digest)) }

    /// This snapshot with a partial render applied, and the paths whose content really changed
    /// (new, different or gone): a file is unchanged when its size and SHA-256 are. New files go
    /// into `store`; `transform` adapts them first.
    func applying(_ render: PartialRender, prepared: SiteBuild.Prepared, store: ObjectStore,
                  transform: @Sendable (String, Data) -> Data = { $1 }) throws -> (SiteSnapshot, changed: Set<String>) {
        var files = render.isComplete ? [:] : self.files
        var changed: Set<String> = []
        for (path, file) in try StoredFile.ingest(render.files, into: store, transform: transform) {
            files[path] = file
            if self.files[path] != file { changed.insert(path) }
        }
        for path in render.removed where files.removeValue(forKey: path) != nil { changed.insert(path) }
        if render.isComplete { changed.formUnion(self.files.keys.filter { files[$0] == nil }) }
        return (SiteSnapshot(files: files, prepared: prepared), changed)
    }

    /// The snapshot of a complete render whose files are in the store already (`StoreSink`),
    /// and the paths whose content changed from this one (new, different or gone).
    func replaced(by files: [String: StoredFile], prepared: SiteBuild.Prepared) -> (SiteSnapshot, changed: Set<String>) {
        var changed = Set(files.compactMap { path, file in self.files[path] == file ? nil : path })
        changed.formUnion(self.files.keys.filter { files[$0] == nil })
        return (SiteSnapshot(files: files, prepared: prepared), changed)
    }

    /// The first snapshot, from a complete render.
    static func make(_ render: PartialRender, prepared: SiteBuild.Prepared, store: ObjectStore,
                     transform: @Sendable (String, Data) -> Data = { $1 }) throws -> SiteSnapshot {
        var files: [String: StoredFile] = [:]
        files.reserveCapacity(render.files.count)
        for (path, file) in try StoredFile.ingest(render.files, into: store, transform: transform) { files[path] = file }
        return SiteSnapshot(files: files, prepared: prepared)
    }
}
