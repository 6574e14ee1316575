import Foundation
import Mustache

/// The templates and assets a site is rendered with: the project's own
/// (`Site/templates/*.mustache`, `Site/assets/`) over Tolk's default theme.
public struct Theme: Sendable {
    /// Names of the templates a theme has.
    public static let templateNames = ["layout", "topic", "exercise", "video", "index", "chooser", "notfound", "withheld"]

    var templates: CompiledTemplates
    /// Asset files by path below `assets/`.
    public let assets: [String: Data]

    /// The folder of the default theme in Tolk's resources.
    public static var defaultFolder: URL { Bundle.module.url(forResource: "theme", withExtension: nil)! }

    /// Loads the theme of a project. Template syntax errors are reported with the file.
    public static func load(projectRoot: URL) -> Staged<Theme?> {
        var templates = CompiledTemplates()
        let diagnostics = registerTemplates(templateNames, projectRoot: projectRoot, in: &templates)
        var assets: [String: Data] = [:]
        for (path, data) in ProjectFiles.files(under: defaultFolder.appendingPathComponent("assets")) { assets[path] = data }
        // The project's own assets, leaving out links that lead outside `Site/` (a `path` error).
        let site = projectRoot.appendingPathComponent("Site")
        for (path, data) in ProjectFiles.files(under: site.appendingPathComponent("assets"), inside: site) { assets[path] = data }
        guard !diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics) }
        return Staged(Theme(templates: templates, assets: assets), diagnostics: diagnostics)
    }

    /// Registers templates by name: the project's `Site/templates/<name>.mustache` where it has
    /// one, else the default theme's. Returns the problems (unreadable file, syntax error).
    static func registerTemplates(_ names: [String], projectRoot: URL, in templates: inout CompiledTemplates) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let projectTemplates = projectRoot.appendingPathComponent("Site/templates")
        for name in names {
            let own = projectTemplates.appendingPathComponent("\(name).mustache")
            let isOwn = FileManager.default.fileExists(atPath: own.path)
            let url = isOwn ? own : defaultFolder.appendingPathComponent("templates/\(name).mustache")
            let path = isOwn ? "Site/templates/\(name).mustache" : "(default theme) \(name).mustache"
            if isOwn, !ProjectPath.isInside(own, folder: projectRoot.appendingPathComponent("Site")) {
                diagnostics.append(ProjectPath.diagnostic(.linksOutside, what: "the template", path: path, folder: "Site/",
                                                          at: SourceLocation(file: path)))
                continue
            }
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("template", at: SourceLocation(file: path), "the template could not be read as UTF-8 text"))
                continue
            }
            do {
                try templates.register(FastHTMLEscaping.pragma + text, named: name)
            } catch {
                diagnostics.append(.error("template", at: SourceLocation(file: path), "the template has a syntax error: \(error)",
                    hint: "check that every {{#section}} has its {{/section}}"))
            }
        }
        return diagnostics
    }

    /// Renders a template with a context of dictionaries, arrays and strings.
    /// `{{name}}` is escaped by `HTML.escape` (see `FastHTMLEscaping`); see `CompiledTemplates`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        templates.render(name, context)
    }

    /// Regular files below a folder, by relative path, skipping hidden files.
    static func files(under folder: URL) -> [(String, Data)] { ProjectFiles.files(under: folder) }
}

/// `{{name}}` escaped by `HTML.escape` instead of swift-mustache's own HTML escaping, which
/// looks every Character up in a dictionary: that was about 6 % of a whole build. Both escape
/// the same five characters the same way. Every template is registered with this content
/// type's pragma in front (on its first line, so line numbers stay as in the file).
enum FastHTMLEscaping: MustacheContentType {
    case html

    static let name = "TOLK_HTML"

    /// The pragma put before every template; registering the content type is done once.
    static let pragma: String = {
        MustacheContentTypes.register(FastHTMLEscaping.html, named: name)
        return "{{% CONTENT_TYPE: \(name)}}"
    }()

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
