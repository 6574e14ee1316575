import Foundation

/// One cached build: the keys of this build, what of the previous one may be reused, and
/// writing the cache after the swap.
struct CachedBuild {
    let outputs: ReusedOutputs
    let settings: BuildCacheSettings
    let output: URL
    let globalKey: String
    /// The file hash cache's write, started once the keys are made (it needs nothing of the
    /// render, and the lock is held), while the site renders; `save` waits for it.
    let hashesSaved: ResultSlots<[Diagnostic]>
    let hashesSaving: DispatchGroup

    /// Works out every page document's key and reads the cache (unless `--clean`).
    static func prepare(project: Project, profile: String?, options: RenderOptions, settings: BuildCacheSettings,
                        output: URL, staging: URL) -> CachedBuild {
        let hashes = FileHashCache(root: project.root, settings: settings)
        // The global key walks the project's other files on one core while the documents' own
        // files are hashed on the others; each document's key is then both together.
        let globalSlot = ResultSlots<String>(count: 1)
        let walking = DispatchGroup()
        DispatchQueue.global().async(group: walking) {
            globalSlot[0] = BuildCacheKeys.global(project: project, profile: profile, options: options, tolkVersion: settings.tolkVersion,
                                                 hashes: hashes)
        }
        let dates = SourceDates.load(projectRoot: project.root)
        let pages = project.documents.filter { LocalizedSite.pageID(of: $0) != nil }
        let own = ResultSlots<String>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            own[index] = BuildCacheKeys.document(pages[index], project: project, date: dates[pages[index].path], hashes: hashes)
        }
        walking.wait()
        let hashesSaved = ResultSlots<[Diagnostic]>(count: 1)
        let hashesSaving = DispatchGroup()
        DispatchQueue.global().async(group: hashesSaving) { hashesSaved[0] = hashes.save() }
        let global = globalSlot[0] ?? ""
        let keys = own.values.map { BuildCacheKeys.combine(global: global, document: $0 ?? "") }
        let byPath = Dictionary(zip(pages.map(\.path), keys), uniquingKeysWith: { first, _ in first })
        let previous = settings.clean ? [:] : BuildCache.load(projectRoot: project.root, output: output,
                                                              tolkVersion: settings.tolkVersion, globalKey: global)
        return CachedBuild(outputs: ReusedOutputs(previous: previous, keys: byPath, globalKey: global, current: output, staging: staging),
                           settings: settings, output: output, globalKey: global,
                           hashesSaved: hashesSaved, hashesSaving: hashesSaving)
    }

    /// Waits until the file hash cache is written (`save` does too).
    func waitForHashes() { hashesSaving.wait() }

    /// Writes the cache for the output just swapped in; a warning of the file hash cache's write comes last.
    func save(projectRoot: URL) -> [Diagnostic] {
        let saved = BuildCache.save(outputs.records, projectRoot: projectRoot, output: output, tolkVersion: settings.tolkVersion, globalKey: globalKey)
        hashesSaving.wait()
        return saved + (hashesSaved[0] ?? [])
    }
}
