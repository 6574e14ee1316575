import Foundation

/// What a save asks for, as the workbench API receives it.
public struct UnitSaveRequest: Sendable, Hashable {
    public var file: String
    public var unit: String
    /// The target as `InlineMarkup`.
    public var target: String
    public var state: TranslationState
    public var version: String
    public var approval: UnitEdit.Approval?

    public init(file: String, unit: String, target: String, state: TranslationState, version: String, approval: UnitEdit.Approval? = nil) {
        self.file = file
        self.unit = unit
        self.target = target
        self.state = state
        self.version = version
        self.approval = approval
    }
}

/// How a save ended. Only `saved` wrote anything.
public enum UnitSaveOutcome: Sendable {
    /// Written; the unit as it is now, with its new version and problems.
    case saved(WorkbenchUnit)
    /// The file or the unit changed since the client's version (another editor, `git pull`, a
    /// CAT tool), or sync has not written the unit yet: nothing written. The unit as it is now, if any.
    case conflict(String, current: WorkbenchUnit?)
    /// The target's codes are malformed, or the request is: nothing written.
    case malformed(String)
    /// No such translation file or unit in the project.
    case notFound(String)
}

extension Workbench {
    /// Saves one unit: checks `version` against the file on disk, writes the new unit in place
    /// (the rest of the file unchanged) through a temporary file renamed over the old one, and
    /// returns the unit read back with its problems. A target with problems is saved (the work
    /// is never lost); the publishing rules keep it off the site. Callers serialise saves.
    public static func save(_ request: UnitSaveRequest, project: Project) -> UnitSaveOutcome {
        guard let (document, language) = document(ofTranslation: request.file, in: project) else {
            return .notFound("\(request.file) is not a translation file of this project")
        }
        let before = FileState(document, language: language, project: project)
        guard let localized = before.checked.localized.units.first(where: { $0.unit.id == request.unit }) else {
            return .notFound("\(document.path) has no unit \(request.unit)")
        }
        guard before.version(localized) == request.version else {
            return .conflict("the unit changed since it was opened", current: before.unit(localized))
        }
        guard let text = before.text, let existing = localized.translation, !before.checked.localized.unreadable else {
            return .conflict("\(request.file) has no unit for this block yet: run `tolk sync`", current: before.unit(localized))
        }
        guard [.translated, .reviewed, .final].contains(request.state) else {
            return .malformed("state must be translated, reviewed or final")
        }
        if request.state >= .reviewed && request.approval == nil { return .malformed("an approval needs a reviewer's name") }
        let target: InlineText
        do {
            target = try InlineMarkup.parse(request.target, source: localized.unit.source)
        } catch {
            return .malformed(error.message)
        }
        let edit = UnitEdit(target: target, state: request.state, approval: request.state >= .reviewed ? request.approval : nil)
        let result: (text: String, state: TranslationState)
        do {
            result = try edit.apply(to: text, fileID: existing.id, unit: localized.unit, existing: existing, path: request.file)
        } catch {
            switch error {
            case .notInFile(let reason): return .conflict(reason, current: before.unit(localized))
            case .invalid(let reason): return .malformed(reason)
            }
        }
        let url = project.root.appendingPathComponent(request.file)
        do {
            try replace(url, expecting: Data(text.utf8), with: Data(result.text.utf8))
        } catch ReplaceError.changed {
            return .conflict("the file changed while saving", current: nil)
        } catch {
            return .conflict("the file could not be written: \(error)", current: nil)
        }
        let after = FileState(document, language: language, project: project)
        guard let saved = after.checked.localized.units.first(where: { $0.unit.id == request.unit }) else {
            return .conflict("the unit is gone after saving", current: nil)
        }
        return .saved(after.unit(saved))
    }

    private enum ReplaceError: Error { case changed }

    /// Writes `data` to a hidden temporary file beside `url` (the watcher ignores hidden files)
    /// and renames it over `url`, after making sure `url` still holds `expected`: readers see
    /// the old file or the new one, never half of it, and a change made in between is not lost.
    private static func replace(_ url: URL, expecting expected: Data, with data: Data) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tolk-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CocoaError(.fileWriteUnknown)
        }
        // Keep the file's permissions.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path), let mode = attributes[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
        }
        guard let handle = FileHandle(forWritingAtPath: temporary.path) else { throw CocoaError(.fileWriteUnknown) }
        try handle.synchronize()
        try handle.close()
        guard (try? Data(contentsOf: url)) == expected else {
            try? FileManager.default.removeItem(at: temporary)
            throw ReplaceError.changed
        }
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
