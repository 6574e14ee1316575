import Foundation

/// Finds the kit files in what a translator sent back (files, folders, .zip archives) and reads
/// each in the format its content shows: XLIFF 2.x, XLIFF 1.2 or PO, whatever its name.
enum KitFileReader {
    /// Names that are not translations (the kit's summary, a file manager's leftovers).
    private static func isSkipped(_ name: String) -> Bool {
        let last = (name as NSString).lastPathComponent
        return last == TranslationKit.summaryName || last.hasPrefix(".") || name.hasPrefix("__MACOSX/")
    }

    /// Every readable kit file under `urls`; nil files come with an error each.
    static func read(_ urls: [URL]) -> Staged<[ReturnedFile]> {
        var diagnostics: [Diagnostic] = []
        var files: [ReturnedFile] = []
        func add(_ data: Data, path: String, kitPath: String) {
            let read = readFile(data, path: path, kitPath: kitPath)
            diagnostics += read.diagnostics
            if let file = read.value { files.append(file) }
        }
        for url in urls {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                diagnostics.append(.error("import", at: SourceLocation(file: url.path), "there is no such file or folder",
                    hint: "name the kit files, their folder or the .zip the translator sent"))
                continue
            }
            if isFolder.boolValue {
                let names = (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
                for name in names where !isSkipped(name) {
                    let file = url.appendingPathComponent(name)
                    var inner: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &inner), !inner.boolValue,
                          ["xlf", "xliff", "po", "xml"].contains(file.pathExtension.lowercased()) else { continue }
                    guard let data = try? Data(contentsOf: file) else {
                        diagnostics.append(.error("import", at: SourceLocation(file: file.path), "this file cannot be read"))
                        continue
                    }
                    add(data, path: file.path, kitPath: name)
                }
            } else if let data = try? Data(contentsOf: url) {
                if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
                    switch ZipArchive.read(data) {
                    case .failure(let error):
                        diagnostics.append(.error("import", at: SourceLocation(file: url.path), "this .zip file cannot be read: \(error.description)",
                            hint: "ask the translator to send it again, or unpack it and import the folder"))
                    case .success(let entries):
                        for entry in entries where !isSkipped(entry.path) {
                            add(entry.data, path: "\(url.path):\(entry.path)", kitPath: entry.path)
                        }
                    }
                } else {
                    add(data, path: url.path, kitPath: url.lastPathComponent)
                }
            } else {
                diagnostics.append(.error("import", at: SourceLocation(file: url.path), "this file cannot be read"))
            }
        }
        return Staged(files, diagnostics: diagnostics)
    }

    /// One file, in the format its first bytes show.
    static func readFile(_ data: Data, path: String, kitPath: String) -> Staged<ReturnedFile?> {
        let decoded = TextDecoding.decode(data, path: path)
        guard let text = decoded.value else { return Staged(nil, diagnostics: decoded.diagnostics) }
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard start.hasPrefix("<") else { return POReader.read(text, path: path, kitPath: kitPath) }
        let parsed = XMLDocument.parse(data, path: path)
        guard let document = parsed.value, let root = document.root else { return Staged(nil, diagnostics: parsed.diagnostics) }
        if root.name == "xliff", root.namespace == XLIFF12Writer.namespace || (root.namespace == nil && root.attribute("version") == "1.2") {
            return XLIFF12Reader.read(root, path: path, kitPath: kitPath)
        }
        guard root.name == "xliff", XLIFFNamespace.isCore(root.namespace) else {
            return Staged(nil, diagnostics: [.error("import", at: root.location,
                "this is not a kit file: Tolk reads back XLIFF 2.x, XLIFF 1.2 and PO, and this is <\(root.qualifiedName)>",
                hint: "export the translation from your tool in the format the kit was sent in")])
        }
        let read = XLIFFReader.read(withoutSegmentSpace(data), path: path)
        guard let file = read.value else { return Staged(nil, diagnostics: read.diagnostics) }
        let explicit = XLIFF2States.unitsWithState(root)
        let units = file.units.filter { !file.unusableUnits.contains($0.id) }.map { unit in
            ReturnedUnit(id: unit.id, source: unit.source, target: unit.target,
                         stateName: explicit.contains(unit.id) ? unit.state.rawValue : nil,
                         state: explicit.contains(unit.id) ? unit.state : nil, location: unit.location)
        }
        // A unit that breaks the XLIFF rules is rejected with the validator's reason; the others are read.
        let inUnits = read.diagnostics.filter { $0.unit.map(file.unusableUnits.contains) ?? false }
        var returned = ReturnedFile(format: .xliff2, path: path, kitPath: kitPath, original: file.original,
                                    targetLanguage: file.targetLanguage, units: units)
        returned.rejections = inUnits
        returned.rejectedUnits = file.unusableUnits.count
        return Staged(returned, diagnostics: read.diagnostics.filter { !inUnits.contains($0) })
    }
}

extension KitFileReader {
    /// The file without `xml:space` on `<segment>`, which XLIFF 2 does not allow there but
    /// translate-toolkit (Weblate's storage layer) adds when it sets a target. It changes nothing
    /// in what the unit says (Tolk keeps the whitespace of sources and targets anyway), so it is
    /// not worth refusing a translator's work for.
    static func withoutSegmentSpace(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("xml:space"), let pattern = try? NSRegularExpression(
            pattern: #"(<([A-Za-z_][\w.-]*:)?segment\b[^>]*?)\s+xml:space="(preserve|default)""#) else { return data }
        let range = NSRange(text.startIndex..., in: text)
        return Data(pattern.stringByReplacingMatches(in: text, range: range, withTemplate: "$1").utf8)
    }
}

/// Which units of an XLIFF 2 file say a state: OmegaT's XLIFF 2 filter writes none, and a
/// segment without one is `initial` by the standard, which is not what the translator meant.
enum XLIFF2States {
    static func unitsWithState(_ root: XMLElement) -> Set<String> {
        var result: Set<String> = []
        func walk(_ element: XMLElement) {
            for child in element.elements where child.namespace == root.namespace {
                if child.name == "unit", let id = child.attribute("id") {
                    let segments = child.elements("segment", namespace: root.namespace)
                    if !segments.isEmpty, segments.allSatisfy({ $0.attribute("state") != nil }) { result.insert(id) }
                } else if child.name == "file" || child.name == "group" {
                    walk(child)
                }
            }
        }
        walk(root)
        return result
    }
}
