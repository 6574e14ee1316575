import Foundation
import Yams

/// Loads `Content/videos/<slug>.yml` and the Norwegian WebVTT file it names: the title and
/// summary become field units, each cue a unit (`cue-…`, an id from its text, so retiming or
/// moving a cue keeps its translation); the timings stay in the source.
enum VideoLoader {
    static let knownKeys: Set<String> = ["title", "summary", "video", "poster", "subtitles"]

    /// Loads a video. `subtitles` gives the .vtt text directly (tests); otherwise it is read
    /// from `disk` (`Content/` + the `subtitles:` path), inside `Content/` only.
    static func load(_ text: String, path: String, slug: String, disk: SourceDisk? = nil, subtitles given: String? = nil) -> Staged<SourceDocument?> {
        let parsed = YAMLDocument.parse(text, path: path)
        guard let yaml = parsed.value else { return Staged(nil, diagnostics: parsed.diagnostics) }
        guard let root = yaml.root, root.mapping != nil else {
            return Staged(nil, diagnostics: [.error("video", at: SourceLocation(file: path), "a video file must be YAML fields such as `title: ...`")])
        }
        var diagnostics: [Diagnostic] = []
        for (key, keyNode, _) in root.orderedPairs where !knownKeys.contains(key) {
            diagnostics.append(.warning("video", at: yaml.location(of: keyNode), "unknown field `\(key)` is ignored",
                hint: "video fields: \(knownKeys.sorted().joined(separator: ", "))"))
        }
        var units: [Unit] = []
        var ids = UnitIDMaker()
        func field(_ key: String, context: String, required: Bool) -> String? {
            guard let node = root[key: key] else {
                if required { diagnostics.append(.error("video", at: SourceLocation(file: path), "the video has no `\(key)`")) }
                return nil
            }
            guard let value = node.text, node.scalar != nil, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(.error("video", at: yaml.location(of: node), "`\(key)` must be a line of text"))
                return nil
            }
            let id = ids.reserve(key)
            units.append(Unit(id: id, kind: .field, source: Placeholders.inlineText(value), location: yaml.location(of: node), context: context))
            return id
        }
        let title = field("title", context: "Video title", required: true)
        let summary = field("summary", context: "Summary of the video (shown under the title and in lists)", required: false)
        let video = mediaPath("video", root: root, yaml: yaml, disk: disk, required: true, diagnostics: &diagnostics)
        let poster = mediaPath("poster", root: root, yaml: yaml, disk: disk, required: false, diagnostics: &diagnostics)
        var cues: [Video.Cue] = []
        let subtitlesNode = root[key: "subtitles"]
        if let node = subtitlesNode, let subtitles = node.text, node.scalar != nil, subtitles.hasSuffix(".vtt") {
            let file = "Content/\(subtitles)"
            if let problem = ProjectPath.problem(subtitles, in: "Content", disk: disk) {
                diagnostics.append(ProjectPath.diagnostic(problem, what: "the subtitles", path: subtitles, folder: "Content/", at: yaml.location(of: node)))
            } else if let vtt = given ?? read(file, disk: disk, at: yaml.location(of: node), diagnostics: &diagnostics) {
                let read = WebVTT.parse(vtt, path: file)
                diagnostics += read.diagnostics
                for cue in read.value ?? [] {
                    let id = ids.make(prefix: "cue", text: cue.text.signature)
                    let seconds = String(format: "%.1f", cue.duration)
                    units.append(Unit(id: id, kind: .cue, source: cue.text, location: cue.textLocation,
                                      context: "Subtitle \(WebVTT.format(cue.start)) → \(WebVTT.format(cue.end)) (\(seconds) s): "
                                          + "at most 2 lines of 42 characters, read at 17 characters a second",
                                      duration: cue.duration))
                    cues.append(Video.Cue(unit: id, start: cue.start, end: cue.end, settings: cue.settings))
                }
            }
        } else {
            diagnostics.append(.error("video", at: subtitlesNode.map { yaml.location(of: $0) } ?? SourceLocation(file: path),
                subtitlesNode == nil ? "the video has no `subtitles`" : "`subtitles` must be the path of a WebVTT file (.vtt) inside Content/",
                hint: "add `subtitles: videos/\(slug).nb.vtt`, the Norwegian subtitles as WebVTT"))
        }
        guard !diagnostics.hasErrors, let title, let video, let subtitles = subtitlesNode?.text else { return Staged(nil, diagnostics: diagnostics) }
        let model = Video(slug: slug, video: video, poster: poster, subtitles: subtitles, titleUnit: title, summaryUnit: summary, cues: cues)
        return Staged(SourceDocument(path: path, content: .video(model), units: units), diagnostics: diagnostics)
    }

    /// `video:` or `poster:`: an `https://` address, or a file inside `Content/` that exists.
    private static func mediaPath(_ key: String, root: Yams.Node, yaml: YAMLDocument, disk: SourceDisk?, required: Bool,
                                  diagnostics: inout [Diagnostic]) -> String? {
        guard let node = root[key: key] else {
            if required { diagnostics.append(.error("video", at: yaml.location(of: root), "the video has no `\(key)`",
                hint: "add `\(key): videos/NAME.webm` (a file in Content/) or an https:// address")) }
            return nil
        }
        let location = yaml.location(of: node)
        guard let value = node.text, node.scalar != nil, !value.isEmpty else {
            diagnostics.append(.error("video", at: location, "`\(key)` must be a path in Content/ or an https:// address"))
            return nil
        }
        guard Video.isLocal(value) else { return value }
        if value.contains("://") {
            diagnostics.append(.error("video", at: location, "`\(key)` must be an https:// address or a file in Content/, not `\(value)`"))
            return nil
        }
        if let problem = ProjectPath.problem(value, in: "Content", disk: disk) {
            diagnostics.append(ProjectPath.diagnostic(problem, what: "the \(key)", path: value, folder: "Content/", at: location))
            return nil
        }
        if let disk, !disk.exists("Content/\(value)") {
            diagnostics.append(.error("video", at: location, "the \(key) `\(value)` does not exist (looked for Content/\(value))"))
            return nil
        }
        return value
    }

    private static func read(_ file: String, disk: SourceDisk?, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> String? {
        guard let disk else { return nil }
        guard let data = disk.read(file) else {
            diagnostics.append(.error("video", at: location, "the subtitles `\(file)` could not be read", hint: "check the path in `subtitles:`"))
            return nil
        }
        let decoded = TextDecoding.decode(data, path: file)
        diagnostics += decoded.diagnostics
        return decoded.value
    }
}
