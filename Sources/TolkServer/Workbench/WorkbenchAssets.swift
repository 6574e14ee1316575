import Foundation
import TolkKit

/// What the translator view adds when editing is on: the token (and reviewer) in the page's
/// head, and the editor's script and stylesheet, served from `/_tolk/` by the preview only.
enum WorkbenchAssets {
    static let scriptPath = "/_tolk/workbench.js"
    static let stylePath = "/_tolk/workbench.css"

    /// The `<meta>` elements for the head. The token is per server process; pages of other
    /// origins cannot read it.
    static func meta(token: String, reviewer: String?) -> String {
        var html = "<meta name=\"tolk-token\" content=\"\(HTML.escape(token))\">\n"
        if let reviewer { html += "<meta name=\"tolk-reviewer\" content=\"\(HTML.escape(reviewer))\">\n" }
        return html
    }

    /// The tags before `</body>`.
    static let tags = "<link rel=\"stylesheet\" href=\"\(stylePath)\"><script src=\"\(scriptPath)\" defer></script>\n"

    /// The asset at a request path, nil for other paths.
    static func file(_ path: String) -> ServedFile? {
        switch path {
        case scriptPath: script
        case stylePath: style
        default: nil
        }
    }

    private static let script = ServedFile(Data(WorkbenchScript.source.utf8))
    private static let style = ServedFile(Data(WorkbenchScript.style.utf8))
}
