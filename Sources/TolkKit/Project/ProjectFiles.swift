import Foundation

/// The project folders that are read whole: `Site/templates/` and `Site/assets/` (the theme,
/// which must stay inside `Site/`) and `Content/images/` (copied to the site, inside
/// `Content/`). A file there that is a symbolic link leading out of its folder is an error and
/// is never read (see `ProjectPath`).
enum ProjectFiles {
    /// Each folder read whole, with the folder its files must stay inside and what they are called.
    static let folders: [(path: String, inside: String, what: String)] = [
        ("Site/templates", "Site", "the template"), ("Site/assets", "Site", "the theme file"), ("Content/images", "Content", "the image"),
    ]

    /// One `path` error for each file of those folders that leads outside the project's folder.
    static func pathProblems(root: URL) -> [Diagnostic] {
        folders.flatMap { folder in
            let inside = root.appendingPathComponent(folder.inside)
            return paths(under: root.appendingPathComponent(folder.path)).compactMap { relative -> Diagnostic? in
                let url = root.appendingPathComponent(folder.path).appendingPathComponent(relative)
                guard !ProjectPath.isInside(url, folder: inside) else { return nil }
                let path = "\(folder.path)/\(relative)"
                return ProjectPath.diagnostic(.linksOutside, what: folder.what, path: path, folder: "\(folder.inside)/",
                                              at: SourceLocation(file: path))
            }
        }
    }

    /// The files below a folder, by relative path, skipping hidden files and, with `inside`,
    /// every file whose real path is not inside that folder (those are never read).
    /// `skipping` leaves out relative paths before anything is read.
    static func files(under folder: URL, inside: URL? = nil, skipping: (String) -> Bool = { _ in false }) -> [(String, Data)] {
        paths(under: folder, skipping: skipping).compactMap { relative in
            let url = folder.appendingPathComponent(relative)
            if let inside, !ProjectPath.isInside(url, folder: inside) { return nil }
            guard let data = try? Data(contentsOf: url) else { return nil }
            return (relative, data)
        }
    }

    /// Relative paths of the files (or links to files) below a folder, sorted, hidden ones left out.
    /// `skipping` leaves paths out before they are looked at on disk.
    private static func paths(under folder: URL, skipping: (String) -> Bool = { _ in false }) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        for case let relative as String in enumerator {
            guard !skipping(relative), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            // A link to a folder is listed too: where it leads outside, it is reported.
            if !exists || !isDirectory.boolValue || ProjectPath.isSymbolicLink(path) { result.append(relative) }
        }
        return result.sorted()
    }
}
