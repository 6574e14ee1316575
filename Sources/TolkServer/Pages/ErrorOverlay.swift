import Foundation
import TolkKit

/// The panel every page shows while the newest build failed: each error with its place and
/// the offending line, escaped, over the last good build (which is still served below it).
enum ErrorOverlay {
    /// The overlay for the errors of a failed build; `root` is the project, to quote lines from.
    static func html(_ diagnostics: [Diagnostic], root: URL) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.sortedForDisplay()
        var lines = FileLines(root: root)
        let items = errors.map { diagnostic -> String in
            var item = "<li>"
            if let location = diagnostic.location { item += "<code>\(HTML.escape(location.description))</code> " }
            item += "<b>[\(HTML.escape(diagnostic.check))]</b> "
            if let unit = diagnostic.unit { item += "unit \(HTML.escape(unit)): " }
            item += HTML.escape(diagnostic.message)
            if let location = diagnostic.location, let line = lines.line(location) {
                item += "<pre>\(HTML.escape(line))</pre>"
            }
            if let hint = diagnostic.hint { item += "<div class=\"tolk-hint\">hint: \(HTML.escape(hint))</div>" }
            return item + "</li>"
        }
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return """
            <div class="tolk-overlay" id="tolk-overlay" role="alert" lang="en" dir="ltr"><details open>\
            <summary>Build failed: \(count). This page shows the last good build; save a fix and it reloads.</summary>
            <ul>\(items.joined(separator: "\n"))</ul></details></div>
            <style>.tolk-overlay{position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:60vh;overflow:auto;\
            font:14px/1.5 system-ui,sans-serif;background:#fff5f5;color:#1d1d1f;border-bottom:4px solid #b71c1c;\
            box-shadow:0 2px 12px rgba(0,0,0,.25);padding:.6rem 1rem}.tolk-overlay summary{font-weight:600;color:#b71c1c;cursor:pointer}\
            .tolk-overlay ul{margin:.5rem 0;padding-inline-start:1.2rem}.tolk-overlay li{margin:.4rem 0}\
            .tolk-overlay pre{margin:.2rem 0;padding:.2rem .4rem;background:#fde8e8;white-space:pre-wrap;font-size:13px}\
            .tolk-overlay .tolk-hint{color:#555}</style>

            """
    }

    /// A whole page for when no build has succeeded yet: the overlay and the reload script.
    static func page(_ overlay: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed – tolk serve</title></head>
        <body>
        \(overlay)\(PreviewChrome.script)</body>
        </html>

        """
    }

    /// Reads each file once and quotes its lines.
    private struct FileLines {
        let root: URL
        var cache: [String: [Substring]] = [:]

        mutating func line(_ location: SourceLocation) -> String? {
            if cache[location.file] == nil {
                let url = root.appendingPathComponent(location.file)
                // Only files inside the project: a location is data from a parser, not a path to
                // trust, and the file may be a symbolic link leading out (itself a `path` error).
                guard ProjectPath.isInside(url, folder: root),
                      let data = try? Data(contentsOf: url), data.count < 4_000_000 else { return nil }
                cache[location.file] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let lines = cache[location.file], location.line >= 1, location.line <= lines.count else { return nil }
            let line = lines[location.line - 1]
            return line.isEmpty ? nil : String(line.prefix(300))
        }
    }
}
