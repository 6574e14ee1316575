import Foundation

/// Decides whether `tolk build` may replace a folder. A build replaces its output folder as a
/// whole, so a wrong `--output` (the project, `Content/`, a home folder) would delete whatever is
/// there. Only a folder that Tolk built (it holds the marker file), an empty folder or a path that
/// does not exist yet may be replaced; the project, its ancestors, its source folders and Git
/// repositories never, marker or not.
public enum OutputGuard {
    /// The check name of a refusal; `tolk build` exits with status 2 for it.
    public static let check = "output-guard"
    /// The file every build writes into its output, so the next build knows it may replace it.
    public static let markerName = ".tolk-output"
    /// The marker's text: the same in every build, so outputs stay byte-identical.
    static let markerText = """
        This folder was built by Tolk (`tolk build`). The next build replaces all of it:
        do not keep other files here. Tolk replaces only folders that hold this file.

        """

    /// The folders of a project that hold what people wrote, and what they hold, for the message.
    static let sourceFolders = [("Content", "sources"), ("Locales", "translations"), ("Site", "settings and theme")]

    /// Why `target` must not be replaced by a build of the project at `projectRoot`, or nil when it may.
    /// `setting` names where the folder was chosen (`--output`, or `output:` in Site/site.yml), for the message.
    public static func refusal(toReplace target: URL, projectRoot: URL, setting: String = "--output") -> Diagnostic? {
        let manager = FileManager.default
        let root = resolved(projectRoot)
        let path = resolved(target)
        // Shown as given, with only the folders above it resolved (a link is named, not its target).
        let given = target.standardizedFileURL
        let shown = given.path == "/" ? "/" : display(joined(resolved(given.deletingLastPathComponent()), given.lastPathComponent), root: root)
        func refuse(_ why: String, _ hint: String = "choose a folder of its own, such as _site (the default)") -> Diagnostic {
            .error(check, at: nil, "will not build into \(shown) (\(setting)): \(why); nothing was changed", hint: hint)
        }
        if isSymbolicLink(given.path) {
            return refuse("it is a symbolic link, and a build would replace the link, not the folder it points to",
                          "give the folder itself")
        }
        if path == root { return refuse("it is the project folder itself, and building there would delete your sources") }
        if root.hasPrefix(path == "/" ? "/" : path + "/") {
            return refuse("it contains the project, and building there would delete it")
        }
        for (folder, holds) in sourceFolders {
            let source = resolved(URL(fileURLWithPath: projectRoot.path).appendingPathComponent(folder))
            if path == source || path.hasPrefix(source + "/") {
                return refuse("it is \(path == source ? "" : "inside ")\(folder)/, which holds your \(holds), and building there would delete them")
            }
        }
        if path.split(separator: "/").contains(".git") {
            return refuse("it is inside a Git repository's .git folder")
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return refuse("it is a file, not a folder") }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        if entries.contains(".git") {
            return refuse("it holds a Git repository (.git), and building there would delete it")
        }
        if !entries.isEmpty && !entries.contains(markerName) {
            return refuse("it is not empty and Tolk did not build it (it has no \(markerName) file), and building there would delete its files",
                          "choose a new or empty folder; if this folder's files may all go, empty it yourself first")
        }
        return nil
    }

    /// Writes the marker into a folder the build is writing.
    public static func writeMarker(in folder: URL) throws {
        try Data(markerText.utf8).write(to: folder.appendingPathComponent(markerName))
    }

    /// The path with `.`, `..` and every symbolic link resolved, also when its last parts do not
    /// exist yet (the nearest existing ancestor is resolved and the rest appended).
    static func resolved(_ url: URL) -> String {
        var missing: [String] = []
        var existing = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var path = existing.path
        if let real = realpath(path, nil) {
            path = String(cString: real)
            free(real)
        }
        for part in missing { path = joined(path, part) }
        return path
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// Inside the project: relative to it, as editors know their folders; outside: the full path.
    static func display(_ path: String, root: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) + "/" : path
    }
}
