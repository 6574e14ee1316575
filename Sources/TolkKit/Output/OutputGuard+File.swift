import Foundation

extension OutputGuard {
    /// Why `tolk handout` must not write the file `target`, or nil when it may: never into the
    /// project's source folders or a `.git` folder, never over a folder, and never over an
    /// existing file that is not a handout (`.html`, `.htm`, `.pdf`).
    public static func refusal(toWriteFile target: URL, projectRoot: URL) -> Diagnostic? {
        let path = resolved(target)
        let shown = display(path, root: resolved(projectRoot)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        func refuse(_ why: String) -> Diagnostic {
            .error(check, at: nil, "will not write \(shown) (--output): \(why); nothing was changed",
                   hint: "write the handout to a file of its own outside Content/, Locales/ and Site/, such as program.pdf")
        }
        for (folder, holds) in sourceFolders {
            let source = resolved(URL(fileURLWithPath: projectRoot.path).appendingPathComponent(folder))
            if path.hasPrefix(source + "/") { return refuse("it is inside \(folder)/, which holds your \(holds)") }
        }
        if path.split(separator: "/").contains(".git") { return refuse("it is inside a Git repository's .git folder") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { return refuse("it is a folder") }
        let handout = ["html", "htm", "pdf"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
        return handout ? nil : refuse("it is an existing file that is not a handout (.html or .pdf)")
    }
}
