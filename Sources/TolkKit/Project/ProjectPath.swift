import Foundation

/// The one rule for paths that content names (an exercise's `image:`, a Markdown image or local
/// link, a theme file): they stay inside their folder of the project, so nothing outside it is
/// ever read or published. A path is refused when it is absolute, when `..` climbs out of the
/// folder, or when a symbolic link on the way leads out of it. Containment is decided on real
/// paths (symbolic links resolved) compared component by component, never by string prefix:
/// `Content-old/x` is not inside `Content`.
public enum ProjectPath {
    /// Why a path is refused.
    enum Problem: Error, Sendable, Equatable {
        /// `/etc/passwd`, `~/x`, `\\server\x`.
        case absolute
        /// `..` climbs out of the folder.
        case escapes
        /// A symbolic link leads out of the folder.
        case linksOutside
    }

    /// The components of a path written relative to a folder, with `.` and `..` worked out.
    /// `base` are the components the path starts from inside the folder (a page's
    /// `nb/topics/slug` for a relative link); `..` may climb those but no further. Backslashes
    /// count as separators and percent escapes are decoded, as a browser would.
    static func normalize(_ written: String, base: [String] = []) -> Result<[String], Problem> {
        let decoded = written.removingPercentEncoding ?? written
        if [written, decoded].contains(where: { $0.hasPrefix("/") || $0.hasPrefix("\\") || $0.hasPrefix("~") }) {
            return .failure(.absolute)
        }
        // The decoded form is what a browser would request; the written form is the file read.
        if case .failure(let problem) = walk(decoded, base: base) { return .failure(problem) }
        return walk(written, base: base)
    }

    private static func walk(_ path: String, base: [String]) -> Result<[String], Problem> {
        var components = base
        for part in path.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return .failure(.escapes) }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        return .success(components)
    }

    /// The file a path names inside `folder` of the project (e.g. `images/a.svg` in `Content`),
    /// or why it may not be read. The file need not exist; where it does, its real path must be
    /// inside the folder's real path.
    static func resolve(_ written: String, in folder: String, root: URL) -> Result<URL, Problem> {
        switch normalize(written) {
        case .failure(let problem): return .failure(problem)
        case .success(let components):
            let folderURL = root.appendingPathComponent(folder)
            let url = components.reduce(folderURL) { $0.appendingPathComponent($1) }
            return isInside(url, folder: folderURL) ? .success(url) : .failure(.linksOutside)
        }
    }

    /// Why a path may not be read, or nil when it may; without a `root` (text not yet on disk)
    /// only the path as written is judged.
    static func problem(_ written: String, in folder: String, root: URL?) -> Problem? {
        let result = root.map { resolve(written, in: folder, root: $0).map { _ in () } } ?? normalize(written).map { _ in () }
        if case .failure(let problem) = result { return problem }
        return nil
    }

    /// Whether a file's real path is inside a folder's real path. A path that does not exist
    /// yet is judged by its deepest existing ancestor, so a link to a folder outside still counts.
    public static func isInside(_ url: URL, folder: URL) -> Bool {
        guard let folderPath = realPath(folder.path) else { return false }
        var existing = url.path
        var rest: [String] = []
        while realPath(existing) == nil {
            // Where a dangling symbolic link leads cannot be checked, so it is refused.
            if isSymbolicLink(existing) { return false }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { return false }
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = parent
        }
        // The part that does not exist is taken as written, so it may not climb.
        guard !rest.contains(where: { $0 == ".." || $0 == "." }) else { return false }
        let target = components(realPath(existing)!) + rest
        let base = components(folderPath)
        return target.count >= base.count && Array(target.prefix(base.count)) == base
    }

    /// Whether the file at a path is itself a symbolic link.
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    /// The diagnostic for a refused path: `what` names it for the editor ("the image"),
    /// `folder` is where it must stay (`Content/`).
    static func diagnostic(_ problem: Problem, what: String, path: String, folder: String, at location: SourceLocation) -> Diagnostic {
        let shown = "\(what) `\(path)`"
        switch problem {
        case .absolute:
            return .error("path", at: location, "\(shown) is an absolute path; Tolk only reads files inside \(folder)",
                hint: "write the path relative to \(folder), e.g. `images/NAME.svg`")
        case .escapes:
            return .error("path", at: location, "\(shown) climbs out of \(folder) with `..`; Tolk only reads files inside \(folder)",
                hint: "put the file inside \(folder) and write its path from there")
        case .linksOutside:
            return .error("path", at: location, "\(shown) is a symbolic link to a file outside \(folder), which Tolk does not read",
                hint: "copy the file into \(folder) instead of linking to it")
        }
    }
}
