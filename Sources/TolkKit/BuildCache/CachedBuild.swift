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
                        output: URL, staging: URL, spareFolder: URL) -> CachedBuild {
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
        // The spare's records only when there is a spare to start from (and never with --clean).
        let spare = settings.clean || access(spareFolder.path, F_OK) != 0 ? [:]
            : BuildCache.load(projectRoot: project.root, output: output, tolkVersion: settings.tolkVersion, globalKey: global, spare: true)
        return CachedBuild(outputs: ReusedOutputs(previous: previous, spare: spare, keys: byPath, globalKey: global,
                                                     sourceDates: dates, current: output, staging: staging),
                           settings: settings, output: output, globalKey: global,
                           hashesSaved: hashesSaved, hashesSaving: hashesSaving)
    }

    /// Waits until the file hash cache is written (`save` does too).
    func waitForHashes() { hashesSaving.wait() }

    /// Whether the output being replaced may be kept as the next build's spare: only when this
    /// build read its records (they become the spare's).
    var canKeepOldOutput: Bool { !outputs.previous.isEmpty }

    /// Writes the cache for the output just swapped in; a warning of the file hash cache's write
    /// comes last. `keptOldOutput`: the old output was kept as the spare (its records are kept with it).
    func save(projectRoot: URL, keptOldOutput: Bool) -> [Diagnostic] {
        let saved = BuildCache.save(outputs.records, projectRoot: projectRoot, output: output, tolkVersion: settings.tolkVersion,
                                    globalKey: globalKey, keepingSpare: keptOldOutput)
        hashesSaving.wait()
        return saved + (hashesSaved[0] ?? [])
    }
}
