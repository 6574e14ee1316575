import Foundation

/// A loaded Tolk project: its settings and source documents. The first pipeline stage.
public struct Project: Sendable {
    /// The project folder (holding `Site/`, `Content/`, `Locales/`).
    public var root: URL
    public var config: SiteConfig
    /// Topics, then exercises, then videos, then interface strings, each sorted by path.
    public var documents: [SourceDocument]
    /// For one profile (`forProfile`): what the project has for other clinics only, the
    /// translation files of their local pages and the languages this clinic leaves out, which
    /// are not orphans.
    public var otherProfiles: (translationPaths: Set<String>, languages: Set<String>) = ([], [])

    public init(root: URL, config: SiteConfig, documents: [SourceDocument]) {
        self.root = root
        self.config = config
        self.documents = documents
    }

    /// The document at a project-relative path.
    public func document(at path: String) -> SourceDocument? { documents.first { $0.path == path } }

    /// The project-relative path of a language's translation of a document.
    public func translationPath(of document: SourceDocument, language: String) -> String {
        "Locales/\(language)/\(document.translationPath)"
    }

    /// The topics, in slug order.
    public var topics: [(document: SourceDocument, topic: Topic)] {
        documents.compactMap { if case .topic(let topic) = $0.content { ($0, topic) } else { nil } }
    }

    /// The exercises, in slug order.
    public var exercises: [(document: SourceDocument, exercise: Exercise)] {
        documents.compactMap { if case .exercise(let exercise) = $0.content { ($0, exercise) } else { nil } }
    }

    /// The videos, in slug order.
    public var videos: [(document: SourceDocument, video: Video)] {
        documents.compactMap { if case .video(let video) = $0.content { ($0, video) } else { nil } }
    }

    /// The interface strings document, if the project has `Site/strings.yml`.
    public var strings: SourceDocument? {
        documents.first { if case .strings = $0.content { true } else { false } }
    }
}

/// Loads a project from disk, reporting every problem found in its files.
public enum ProjectLoader {
    /// `load(at:)`; with `sources`, a file unchanged since the last build is taken from the
    /// source cache instead of parsed (`SourceCache`), and the project is the same.
    static func load(at root: URL, sources: SourceCache?) -> Staged<Project?> {
        var diagnostics: [Diagnostic] = []
        let siteURL = root.appendingPathComponent(SiteConfigLoader.path)
        guard let siteData = try? Data(contentsOf: siteURL) else {
            return Staged(nil, diagnostics: [.error("project", at: nil,
                "no Site/site.yml in \(root.path): this is not a Tolk project",
                hint: "run `tolk init DIR` to create one, or pass `--project DIR`")])
        }
        let siteText = TextDecoding.decode(siteData, path: SiteConfigLoader.path)
        diagnostics += siteText.diagnostics
        guard let text = siteText.value else { return Staged(nil, diagnostics: diagnostics) }
        let config = SiteConfigLoader.load(text)
        diagnostics += config.diagnostics
        guard let config = config.value else { return Staged(nil, diagnostics: diagnostics) }

        let results = loadInParallel(sourceFiles(in: root), root: root, variables: config.allVariableNames, cache: sources)
        var documents: [SourceDocument] = []
        for result in results {
            diagnostics += result.diagnostics
            if let document = result.value { documents.append(document) }
        }
        diagnostics += ProjectFiles.pathProblems(root: root)
        if let strings = documents.first(where: { $0.path == StringsLoader.path }) {
            let exercises = documents.compactMap { if case .exercise(let exercise) = $0.content { exercise } else { nil } }
            let hasVideos = documents.contains { if case .video = $0.content { true } else { false } }
            diagnostics += InterfaceText.missingKeys(in: strings, exercises: exercises, hasVideos: hasVideos)
        }
        let project = Project(root: root, config: config, documents: documents)
        diagnostics += ProjectVariables.problems(project)
        return Staged(diagnostics.hasErrors ? nil : project, diagnostics: diagnostics)
    }

    /// Loads `Site/site.yml`, `Site/strings.yml`, `Content/topics/*.md` and `Content/exercises/*.yml`.
    /// Returns nil when the project cannot be used at all (no site.yml, or errors in it or in sources).
    public static func load(at root: URL) -> Staged<Project?> { load(at: root, sources: nil) }

    /// Loads the project as one profile publishes it (`Project.forProfile`). A name site.yml
    /// does not define is an error; nil loads the project as written, or with
    /// `defaultingToFirst` its first profile (the preview shows one clinic at a time).
    public static func load(at root: URL, profile: String?, defaultingToFirst: Bool = false) -> Staged<Project?> {
        load(at: root, profile: profile, defaultingToFirst: defaultingToFirst, sources: nil)
    }

    /// `load(at:profile:defaultingToFirst:)`, through the source cache (`load(at:sources:)`).
    static func load(at root: URL, profile: String?, defaultingToFirst: Bool = false, sources: SourceCache?) -> Staged<Project?> {
        let loaded = load(at: root, sources: sources)
        guard let project = loaded.value else { return loaded }
        let name = profile ?? (defaultingToFirst ? project.config.profiles.first?.name : nil)
        let chosen = project.profilesToRun(name)
        guard chosen.diagnostics.isEmpty else { return Staged(nil, diagnostics: loaded.diagnostics + chosen.diagnostics) }
        return Staged(project.forProfile(name), diagnostics: loaded.diagnostics)
    }

    /// The source files of a project, as (project-relative path, slug, loader kind), in a stable order.
    static func sourceFiles(in root: URL) -> [(path: String, slug: String, kind: String)] {
        var files: [(String, String, String)] = []
        for (folder, ext, kind) in [("Content/topics", "md", "topic"), ("Content/exercises", "yml", "exercise"),
                                    ("Content/videos", "yml", "video")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            for name in names.sorted() where name.hasSuffix(".\(ext)") && !name.hasPrefix(".") {
                files.append(("\(folder)/\(name)", String(name.dropLast(ext.count + 1)), kind))
            }
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(StringsLoader.path).path) {
            files.append((StringsLoader.path, "strings", "strings"))
        }
        return files
    }

    /// Reads and parses source files on all cores; results keep the input order.
    private static func loadInParallel(_ files: [(path: String, slug: String, kind: String)], root: URL,
                                       variables: Set<String>, cache: SourceCache?) -> [Staged<SourceDocument?>] {
        let results = ResultSlots<Staged<SourceDocument?>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            results[index] = cache?.load(path: file.path, slug: file.slug, kind: file.kind, variables: variables)
                ?? loadFile(path: file.path, slug: file.slug, kind: file.kind, root: root, variables: variables)
        }
        return results.values.map { $0 ?? Staged(nil) }
    }

    static func loadFile(path: String, slug: String, kind: String, root: URL, variables: Set<String> = []) -> Staged<SourceDocument?> {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(path)) else {
            return Staged(nil, diagnostics: [.error("io", at: SourceLocation(file: path), "the file could not be read")])
        }
        return parse(data, path: path, slug: slug, kind: kind, disk: SourceDisk(root: root), variables: variables)
    }

    /// Parses a source file's bytes; what the loader looks at on disk beyond them goes through `disk`.
    static func parse(_ data: Data, path: String, slug: String, kind: String, disk: SourceDisk,
                      variables: Set<String>) -> Staged<SourceDocument?> {
        let decoded = TextDecoding.decode(data, path: path)
        guard let text = decoded.value else { return Staged(nil, diagnostics: decoded.diagnostics) }
        switch kind {
        case "topic": return TopicLoader.load(text, path: path, slug: slug, disk: disk)
        case "exercise": return ExerciseLoader.load(text, path: path, slug: slug, disk: disk, variables: variables)
        case "video": return VideoLoader.load(text, path: path, slug: slug, disk: disk)
        default: return StringsLoader.load(text)
        }
    }
}

/// Fixed slots that concurrent workers fill by index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
