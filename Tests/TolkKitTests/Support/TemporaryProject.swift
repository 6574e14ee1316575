import Foundation
@testable import TolkKit

/// A project written into a fresh temporary folder from files stated inline in a test.
struct TemporaryProject {
    let root: URL

    static let defaultSite = """
        source_language: nb
        languages: [nb, en, pl]
        base_url: https://example.org/
        publish:
          min_state: translated
        """

    init(_ files: [String: String], site: String = defaultSite) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-test-\(UUID().uuidString)", isDirectory: true)
        try write("Site/site.yml", site)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

    func load() throws -> Project {
        let loaded = ProjectLoader.load(at: root)
        guard let project = loaded.value else {
            throw TestFailure("project did not load: \(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
        }
        return project
    }

    /// Runs sync and writes the changed files, as `tolk sync` does.
    @discardableResult
    func sync(languages: [String] = [], keepTranslations: Set<String> = [], date: Date = Date()) throws -> SyncResult {
        let result = Sync.run(try load(), languages: languages, keepTranslations: keepTranslations, date: date)
        guard let sync = result.value else {
            throw TestFailure("sync failed: \(result.diagnostics.map(\.description).joined(separator: "\n"))")
        }
        for file in sync.files where file.changed { try write(file.path, file.text) }
        return sync
    }

    /// Imports translated copies of source files (language → path → text) as `tolk import` does.
    func importTranslations(_ translations: [String: [String: String]], state: TranslationState = .translated) throws {
        for (language, files) in translations.sorted(by: { $0.key < $1.key }) {
            let folder = root.appendingPathComponent(".import-\(language)")
            for (path, text) in files { try write(".import-\(language)/\(path)", text) }
            let result = TranslationImport.run(try load(), language: language, from: folder, state: state)
            guard let imported = result.value else { throw TestFailure(result.diagnostics.map(\.description).joined(separator: "\n")) }
            for file in imported.files { try write(file.path, file.text) }
            try FileManager.default.removeItem(at: folder)
        }
    }

    /// The units of a translation file as read back.
    func translation(_ path: String) throws -> TranslationFile {
        let data = try Data(contentsOf: root.appendingPathComponent(path))
        guard let file = XLIFFReader.read(data, path: path).value else { throw TestFailure("could not read \(path)") }
        return file
    }

    /// Sets the target and state of every unit of a translation file (as a translator would).
    func translateAll(_ path: String, state: TranslationState = .translated, _ translate: (String) -> String = { "EN: " + $0 }) throws {
        let text = try read(path)
        let pattern = try NSRegularExpression(pattern: "<segment( id=\"[^\"]*\" canResegment=\"no\")? state=\"initial\">\n        <source>(.*?)</source>\n")
        var result = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let whole = Range(match.range, in: text)!
            let segment = match.range(at: 1).location == NSNotFound ? "" : String(text[Range(match.range(at: 1), in: text)!])
            let source = String(text[Range(match.range(at: 2), in: text)!])
            let plain = source.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            result += text[last..<whole.lowerBound]
            result += "<segment\(segment) state=\"\(state.rawValue)\">\n        <source>\(source)</source>\n        <target>\(translate(plain))</target>\n"
            last = whole.upperBound
        }
        result += text[last...]
        try write(path, result)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
