import TolkKit

/// The translator view's panel under a page: where the page's translation file stands and the
/// problems `tolk check` finds in it; under a language index, the pages not yet published.
enum ReviewPanel {
    /// The panel for a site file, nil for files that have none (source language, assets).
    static func html(for file: String, site: LocalizedSite) -> String? {
        if let review = site.review(ofFile: file) { return page(review) }
        let parts = file.split(separator: "/")
        if parts.count == 2, parts[1] == "index.html", let language = site.project.config.language(String(parts[0])),
           language.tag != site.project.config.sourceLanguage {
            return index(language: language.tag, site: site)
        }
        return nil
    }

    private static func page(_ review: PageReview) -> String {
        let summary = review.summary
        var state = "\(summary.units) units: \(summary.missing) missing, \(summary.stale) stale, \(summary.translated) translated, \(summary.reviewed) reviewed"
        if case .withheld = review.availability { state += " — not published in \(review.language) yet" }
        var html = "<aside class=\"tolk-review\" lang=\"en\" dir=\"ltr\"><h2>Translator view: <code>\(HTML.escape(review.translationPath))</code></h2>\n"
        html += "<p>\(HTML.escape(state)). Blocks are outlined by status; hover or focus (Tab) a block to see the source text.</p>\n"
        if review.problems.isEmpty {
            html += "<p>No problems.</p>\n"
        } else {
            html += "<ul>\n"
            for problem in review.problems {
                let place = problem.location.map { "\($0.line):\($0.column)" } ?? ""
                let unit = problem.unit.map { " unit \(HTML.escape($0)):" } ?? ""
                html += "<li class=\"\(problem.severity.rawValue)\"><code>\(HTML.escape(place))</code> \(problem.severity.rawValue) "
                    + "[\(HTML.escape(problem.check))]\(unit) \(message(problem))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</aside>\n"
    }

    /// The message, escaped; for a stale unit the whole old and new source with the changed
    /// words marked (`<del>`, `<ins>`), where the text report shows only a little around them.
    static func message(_ problem: Diagnostic) -> String {
        guard let change = problem.sourceChange, change.diff.hasChanges else { return HTML.escape(problem.message) }
        return "\(HTML.escape(SourceChange.lead)): <span class=\"tolk-diff\">\(change.diff.html())</span>"
    }

    private static func index(language: String, site: LocalizedSite) -> String {
        let withheld = site.withheldPages(language: language)
        var html = "<aside class=\"tolk-review\" lang=\"en\" dir=\"ltr\"><h2>Translator view: \(HTML.escape(language))</h2>\n"
        guard !withheld.isEmpty else { return html + "<p>Every page is published in this language.</p></aside>\n" }
        html += "<p>Not published yet (open one to see its missing and stale blocks in context):</p>\n<ul>\n"
        for entry in withheld {
            html += "<li><a href=\"\(HTML.escape(entry.page.path))\">\(HTML.escape(entry.page.path))</a>: "
                + "\(HTML.escape(entry.reason.description))</li>\n"
        }
        return html + "</ul></aside>\n"
    }
}
