import Foundation
import TolkKit

/// One rendered site as served: immutable, so a rebuild makes a new snapshot and swaps it in
/// whole, and a request never sees half of a build.
final class SiteSnapshot: Sendable {
    /// Files by site-relative path (`en/topics/neck-pain/index.html`).
    let files: [String: ServedFile]
    /// The pipeline state the files were rendered from (the translator view reads it).
    let prepared: SiteBuild.Prepared

    var site: LocalizedSite { prepared.site }

    init(files: [String: ServedFile], prepared: SiteBuild.Prepared) {
        self.files = files
        self.prepared = prepared
    }

    /// This snapshot with a partial render applied, and the paths whose content really changed
    /// (new, different or gone). Unchanged files keep their buffers and tags; `transform`
    /// adapts new files first.
    func applying(_ render: PartialRender, prepared: SiteBuild.Prepared, transform: (String, Data) -> Data = { $1 }) -> (SiteSnapshot, changed: Set<String>) {
        var files = render.isComplete ? [:] : self.files
        var changed: Set<String> = []
        for (path, data) in render.files {
            let data = transform(path, data)
            if let old = self.files[path], old.holds(data) {
                files[path] = old
            } else {
                files[path] = ServedFile(data)
                changed.insert(path)
            }
        }
        for path in render.removed where files.removeValue(forKey: path) != nil { changed.insert(path) }
        if render.isComplete { changed.formUnion(self.files.keys.filter { files[$0] == nil }) }
        return (SiteSnapshot(files: files, prepared: prepared), changed)
    }

    /// The first snapshot, from a complete render.
    static func make(_ render: PartialRender, prepared: SiteBuild.Prepared, transform: (String, Data) -> Data = { $1 }) -> SiteSnapshot {
        var files: [String: ServedFile] = [:]
        files.reserveCapacity(render.files.count)
        for (path, data) in render.files { files[path] = ServedFile(transform(path, data)) }
        return SiteSnapshot(files: files, prepared: prepared)
    }
}
