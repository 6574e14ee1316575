import Foundation

/// Loads `Content/topics/<slug>.md`: front matter (`title`, optional `summary`) and body.
enum TopicLoader {
    static let fields = ["title", "summary"]

    /// Loads a topic; with `disk`, image files are checked on disk too (see `ProjectPath`).
    static func load(_ text: String, path: String, slug: String, disk: SourceDisk? = nil) -> Staged<SourceDocument?> {
        guard let split = FrontMatter.split(text) else {
            return Staged(nil, diagnostics: [.error("front-matter", at: SourceLocation(file: path),
                "the topic has no front matter; it must start with a `---` line, the YAML fields, and another `---` line",
                hint: "start the file with:\n---\ntitle: The title\nsummary: One sentence.\n---")])
        }
        let parsed = YAMLDocument.parse(split.yaml, path: path, lineOffset: split.yamlLineOffset)
        guard let yaml = parsed.value else { return Staged(nil, diagnostics: parsed.diagnostics) }
        var diagnostics: [Diagnostic] = []
        guard let root = yaml.root, root.mapping != nil else {
            return Staged(nil, diagnostics: [.error("front-matter", at: SourceLocation(file: path, line: 2),
                "the front matter must be YAML fields such as `title: ...`")])
        }
        for (key, keyNode, _) in root.orderedPairs where !fields.contains(key) && key != "profiles" {
            diagnostics.append(.warning("front-matter", at: yaml.location(of: keyNode),
                "unknown front-matter field `\(key)` is ignored", hint: "topics have `title`, `summary` and `profiles`"))
        }
        var units: [Unit] = []
        var ids = [String]()
        for field in fields {
            guard let node = root[key: field] else { continue }
            guard let value = node.text, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(.error("front-matter", at: yaml.location(of: node), "`\(field)` must be a line of text"))
                continue
            }
            units.append(Unit(id: field, kind: .field, source: Placeholders.inlineText(value), location: yaml.location(of: node),
                              context: field == "title" ? "Page title" : "Summary (shown under the title and in lists)"))
            ids.append(field)
        }
        if root[key: "title"] == nil {
            diagnostics.append(.error("front-matter", at: SourceLocation(file: path, line: 1),
                "the topic has no `title`", hint: "add `title: ...` to the front matter"))
        }
        var extractor = MarkdownExtractor(path: path, lineOffset: split.bodyLineOffset, reservedIDs: ids, disk: disk)
        let blocks = extractor.extract(split.body)
        diagnostics += extractor.diagnostics
        units += extractor.units
        guard !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        let topic = Topic(slug: slug, titleUnit: "title", summaryUnit: ids.contains("summary") ? "summary" : nil, blocks: blocks)
        var document = SourceDocument(path: path, content: .topic(topic), units: units)
        let profiles = ProfileList.load(root[key: "profiles"], yaml: yaml)
        guard !profiles.diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics + profiles.diagnostics) }
        document.profiles = profiles.value
        document.profilesLocation = root[key: "profiles"].map { yaml.location(of: $0) }
        return Staged(document, diagnostics: diagnostics)
    }
}
