import Foundation
import Mustache

/// The templates and stylesheet of handouts and the exercise program page: the project's own
/// (`Site/templates/handout*.mustache`, `program.mustache`, `Site/assets/handout.css`) over
/// Tolk's default theme, like `Theme` for pages.
public struct HandoutTheme: Sendable {
    /// Templates: the document shell, its header and footer partials, one article per kind,
    /// the program document and the program page's content.
    public static let templateNames = [
        "handout", "handout-head", "handout-foot", "handout-topic", "handout-exercise", "handout-bilingual",
        "handout-program", "program",
    ]

    var templates: CompiledTemplates
    /// `handout.css`, inlined into every handout so a handout file prints on its own.
    let css: String

    /// Loads the handout templates of a project; `assets` are the theme's (project over default).
    public static func load(projectRoot: URL, assets: [String: Data]) -> Staged<HandoutTheme?> {
        var templates = CompiledTemplates()
        let diagnostics = Theme.registerTemplates(templateNames, projectRoot: projectRoot, in: &templates)
        let css = assets["handout.css"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        return Staged(HandoutTheme(templates: templates, css: css), diagnostics: diagnostics)
    }

    /// Loads the handout theme beside a loaded page theme, failing with the template problems.
    static func load(projectRoot: URL, theme: Theme) throws -> HandoutTheme {
        let loaded = load(projectRoot: projectRoot, assets: theme.assets)
        guard var value = loaded.value else { throw HandoutError(diagnostics: loaded.diagnostics) }
        value.templates.verification = theme.templates.verification  // a verified build verifies handouts too
        return value
    }

    /// Renders a template (see `CompiledTemplates`).
    func render(_ name: String, _ context: [String: Any]) -> String {
        templates.render(name, context)
    }
}

/// Problems that stop handouts from being rendered (a broken template).
public struct HandoutError: Error, CustomStringConvertible, LocalizedError {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    public var errorDescription: String? { description }
}
