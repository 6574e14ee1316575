import TolkKit

/// What the preview server reports to whoever runs it (the CLI prints these; the server never prints).
public enum PreviewEvent: Sendable {
    /// The server is listening at `url` (the site's root; with `--lang`, that language's index).
    case listening(url: String, host: String, port: Int)
    /// A build succeeded: `files` in the site, `changedFiles` of them new, different or gone,
    /// after changes to `changed` (project-relative; empty for the first build). The edited
    /// pages were served after `pagesReady` when the indexes listing them followed separately.
    case built(files: Int, changedFiles: Int, changed: [String], full: Bool, duration: Duration, pagesReady: Duration?,
               diagnostics: [Diagnostic])
    /// A build failed; the last good site is still served, with the errors over every page.
    case failed(diagnostics: [Diagnostic], changed: [String])
    /// The watcher could not use inotify and polls the folders instead.
    case polling(reason: String)
}
