import Foundation

/// The search for orphaned translation files (`TranslationCatalogLoader.orphans`) of a build,
/// started before its render and run beside it, instead of after it on one core.
final class OrphanSearch: Sendable {
    private let found = ResultSlots<[Diagnostic]>(count: 1)
    private let searching = DispatchGroup()

    init(_ project: Project) {
        let found = self.found
        DispatchQueue.global().async(group: searching) {
            found[0] = TranslationCatalogLoader.orphans(project, languages: project.config.targetLanguages.map(\.tag))
        }
    }

    /// What the search found, once it has finished.
    func wait() -> [Diagnostic] {
        searching.wait()
        return found[0] ?? []
    }
}
