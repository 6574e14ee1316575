import Foundation
@testable import TolkKit

/// A small project for kit tests: a topic with codes and a repeated sentence, an exercise with a
/// placeholder and the same caution, in nb → en, pl (min_state translated).
enum KitFixture {
    static let topic = """
        ---
        title: Nakke
        ---

        Stopp hvis du får økende smerter.

        Les mer på [helsenorge.no](https://www.helsenorge.no/) og **hvil**.

        Ring 113 ved fare.
        """

    static let exercise = """
        title: Haketrekk
        steps:
          - Hold i {hold} sekunder.
        dosage: { hold_seconds: 5 }
        cautions:
          - Stopp hvis du får økende smerter.
        """

    static func make() throws -> TemporaryProject {
        let project = try TemporaryProject(["Content/topics/neck.md": topic, "Content/exercises/chin.yml": exercise])
        try project.sync()
        return project
    }

    /// The kit's files by path, as text.
    static func files(_ kit: TranslationKit) -> [String: String] {
        Dictionary(uniqueKeysWithValues: kit.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    static func export(_ project: TemporaryProject, _ format: KitFormat, language: String = "en", scope: KitScope = .todo) throws -> TranslationKit {
        let result = TranslationKit.export(try project.load(), language: language, format: format, scope: scope,
                                           date: Date(timeIntervalSince1970: 1_800_000_000))
        guard let kit = result.value else { throw TestFailure(result.diagnostics.map(\.description).joined(separator: "\n")) }
        return kit
    }

    /// Writes kit files into a folder and imports them, writing what the import writes.
    @discardableResult
    static func importFiles(_ project: TemporaryProject, _ files: [String: String], language: String = "en") throws -> Staged<KitImportResult?> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-kit-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = KitImport.run(try project.load(), language: language, paths: [folder])
        for file in result.value?.files ?? [] { try project.write(file.path, file.text) }
        return result
    }

    /// The units of a language's file by source text: (target, state, stale).
    static func units(_ project: TemporaryProject, _ path: String) throws -> [String: (String?, TranslationState, Bool)] {
        Dictionary(try project.translation(path).units.map { ($0.source.plainText, ($0.target?.plainText, $0.state, $0.isStale)) },
                   uniquingKeysWith: { a, _ in a })
    }
}
