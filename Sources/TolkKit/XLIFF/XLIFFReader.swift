import Foundation

/// Reads XLIFF 2.x files as CAT tools write them: any formatting, prefixes, extra namespaces and
/// attributes, notes, units in groups, several segments per unit, character references,
/// CDATA, CRLF and a BOM. It reads what Tolk needs and reports what it cannot use.
public enum XLIFFReader {
    /// Reads a file's bytes. `path` is project-relative, for diagnostics.
    public static func read(_ data: Data, path: String) -> Staged<TranslationFile?> {
        let parsed = XMLDocument.parse(data, path: path)
        guard let document = parsed.value, let root = document.root else {
            return Staged(nil, diagnostics: parsed.diagnostics)
        }
        var diagnostics: [Diagnostic] = []
        guard root.name == "xliff", XLIFFNamespace.isCore(root.namespace) else {
            return Staged(nil, diagnostics: [.error("xliff", at: root.location,
                "this is not an XLIFF 2 file: the root element must be <xliff> in the namespace \(XLIFFNamespace.core20)",
                hint: "export XLIFF 2.0, 2.1 or 2.2 from your translation tool (XLIFF 1.2 is not read)")])
        }
        let namespace = root.namespace
        guard let sourceLanguage = root.attribute("srcLang") else {
            return Staged(nil, diagnostics: [.error("xliff", at: root.location, "<xliff> has no srcLang attribute")])
        }
        let files = root.elements("file", namespace: namespace)
        if files.count > 1 {
            diagnostics.append(.warning("xliff", at: files[1].location, "the file has several <file> elements; Tolk reads the first"))
        }
        var units: [TranslationUnit] = []
        var seen: Set<String> = []
        if let file = files.first {
            collectUnits(in: file, namespace: namespace, into: &units, diagnostics: &diagnostics)
        }
        for unit in units where !seen.insert(unit.id).inserted {
            diagnostics.append(.error("xliff", at: unit.location, "the unit id `\(unit.id)` is used twice in this file", unit: unit.id))
        }
        let result = TranslationFile(path: path, sourceLanguage: sourceLanguage, targetLanguage: root.attribute("trgLang"),
                                     original: files.first?.attribute("original"), units: units)
        return Staged(result, diagnostics: diagnostics)
    }

    private static func collectUnits(in parent: XMLElement, namespace: String?, into units: inout [TranslationUnit],
                                     diagnostics: inout [Diagnostic]) {
        for element in parent.elements where element.namespace == namespace {
            if element.name == "group" {
                collectUnits(in: element, namespace: namespace, into: &units, diagnostics: &diagnostics)
            } else if element.name == "unit" {
                if let unit = readUnit(element, namespace: namespace, diagnostics: &diagnostics) { units.append(unit) }
            }
        }
    }

    private static func readUnit(_ element: XMLElement, namespace: String?, diagnostics: inout [Diagnostic]) -> TranslationUnit? {
        guard let id = element.attribute("id") else {
            diagnostics.append(.error("xliff", at: element.location, "a <unit> has no id attribute"))
            return nil
        }
        var notes: [UnitNote] = []
        var previousSource: String?
        for note in element.element("notes", namespace: namespace)?.elements("note", namespace: namespace) ?? [] {
            let category = note.attribute("category")
            if category == "tolk:previous-source" { previousSource = note.text }
            var attributes: [String: String] = [:]
            for attribute in note.attributes where attribute.namespace == nil && attribute.name != "category" {
                attributes[attribute.name] = attribute.value
            }
            notes.append(UnitNote(category: category, text: note.text, attributes: attributes))
        }
        var source: [InlineElement] = []
        var target: [InlineElement] = []
        var hasTarget = false
        var states: [TranslationState] = []
        var subState: String?
        var targetLocation: SourceLocation?
        for part in element.elements where part.namespace == namespace && (part.name == "segment" || part.name == "ignorable") {
            let partSource = part.element("source", namespace: namespace)
            let partTarget = part.element("target", namespace: namespace)
            source += InlineReader.read(partSource, namespace: namespace)
            if let partTarget {
                hasTarget = true
                targetLocation = targetLocation ?? partTarget.location
                target += InlineReader.read(partTarget, namespace: namespace)
            } else if part.name == "ignorable" {
                // Ignorable whitespace between segments belongs to the target too.
                target += InlineReader.read(partSource, namespace: namespace)
            }
            guard part.name == "segment" else { continue }
            let stateText = part.attribute("state") ?? "initial"
            if let state = TranslationState(rawValue: stateText) {
                states.append(state)
            } else {
                diagnostics.append(.error("xliff", at: part.location, "unknown segment state `\(stateText)`",
                    hint: "use initial, translated, reviewed or final", unit: id))
                states.append(.initial)
            }
            subState = subState ?? part.attribute("subState")
        }
        if states.isEmpty {
            diagnostics.append(.error("xliff", at: element.location, "the unit `\(id)` has no <segment>", unit: id))
        }
        return TranslationUnit(
            id: id, source: InlineText(source), target: hasTarget ? InlineText(target) : nil,
            state: states.min() ?? .initial, subState: subState, previousSource: previousSource, notes: notes,
            location: element.location, targetLocation: targetLocation)
    }
}

/// Reads the inline content of `<source>` or `<target>` into `InlineText`.
enum InlineReader {
    static func read(_ element: XMLElement?, namespace: String?) -> [InlineElement] {
        guard let element else { return [] }
        var result: [InlineElement] = []
        append(element, namespace: namespace, into: &result)
        return merged(result)
    }

    private static func append(_ element: XMLElement, namespace: String?, into result: inout [InlineElement]) {
        for child in element.children {
            switch child {
            case .text(let text):
                result.append(.text(text))
            case .element(let inner) where inner.namespace == namespace:
                let id = inner.attribute("id") ?? ""
                switch inner.name {
                case "ph": result.append(.placeholder(id: id, code: .unknown))
                case "pc":
                    result.append(.open(id: id, code: .unknown))
                    append(inner, namespace: namespace, into: &result)
                    result.append(.close(id: id))
                case "sc": result.append(.open(id: id, code: .unknown))
                case "ec": result.append(.close(id: inner.attribute("startRef") ?? id))
                case "cp":
                    if let hex = inner.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        result.append(.text(String(Character(scalar))))
                    }
                case "mrk": append(inner, namespace: namespace, into: &result)
                default: break  // <sm/>, <em/> annotation markers carry no text
                }
            case .element(let foreign):
                // Elements of other namespaces are not allowed here by XLIFF; keep their text.
                result.append(.text(foreign.text))
            }
        }
    }

    private static func merged(_ elements: [InlineElement]) -> [InlineElement] {
        var result: [InlineElement] = []
        for element in elements {
            if case .text(let text) = element, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else if case .text(let text) = element, text.isEmpty {
                continue
            } else {
                result.append(element)
            }
        }
        return result
    }
}
