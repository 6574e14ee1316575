import CLibXML2
import Foundation

/// Reads XLIFF 2.x files as CAT tools write them: any formatting, prefixes, extra namespaces and
/// attributes, notes, units in groups, several segments per unit, character references,
/// CDATA, CRLF and a BOM. It reads what Tolk needs and reports what it cannot use.
public enum XLIFFReader {
    /// Reads a file's bytes. `path` is project-relative, for diagnostics.
    ///
    /// The file is checked against the XLIFF core rules (`XLIFFValidator`, on the tree parsed
    /// here) before its units are read. The value is nil when the file cannot be used: not
    /// well-formed, or broken outside its units; a unit broken inside is read, and its id is in
    /// `unusableUnits` (see `XLIFFProblem` for which is which).
    public static func read(_ data: Data, path: String) -> Staged<TranslationFile?> {
        let parsed = XMLDocument.parse(data, path: path)
        guard let document = parsed.value, let root = document.root else {
            return Staged(nil, diagnostics: parsed.diagnostics)
        }
        let problems = XLIFFValidator.problems(in: document)
        var diagnostics = problems.map(\.diagnostic)
        // The validator reports a wrong root, a missing srcLang and every other whole-file problem.
        guard !problems.contains(where: { !$0.inUnit }) else { return Staged(nil, diagnostics: diagnostics) }
        let read = file(in: root, path: path, unusable: Set(problems.compactMap { $0.inUnit ? $0.diagnostic.unit : nil }))
        diagnostics += read.diagnostics
        return Staged(read.value, diagnostics: diagnostics)
    }

    /// The units of a parsed file as they stand, the core rules left to the caller (`read`
    /// checks them first). `unusable`: ids of the units the rules found broken.
    static func file(in root: XMLElement, path: String, unusable: Set<String>) -> Staged<TranslationFile?> {
        var diagnostics: [Diagnostic] = []
        guard let sourceLanguage = root.attribute("srcLang") else { return Staged(nil) }
        let namespace = root.namespace
        let files = root.elements("file", namespace: namespace)
        if files.count > 1 {
            diagnostics.append(.warning("xliff", at: files[1].location, "the file has several <file> elements; Tolk reads the first"))
        }
        var units: [TranslationUnit] = []
        if let file = files.first {
            collectUnits(in: file, namespace: XMLNamespaceName(href: root.node.pointee.ns?.pointee.href), into: &units)
        }
        let result = TranslationFile(path: path, sourceLanguage: sourceLanguage, targetLanguage: root.attribute("trgLang"),
                                     original: files.first?.attribute("original"), units: units, unusableUnits: unusable)
        return Staged(result, diagnostics: diagnostics)
    }

    // Units are read by walking libxml2's nodes, comparing names and namespaces as bytes, and
    // making strings only of what goes into a `TranslationUnit` (see XMLElement+Walking).

    private static func collectUnits(in parent: XMLElement, namespace: XMLNamespaceName, into units: inout [TranslationUnit]) {
        parent.forEachElement { element in
            guard element.isIn(namespace) else { return }
            if element.isNamed("group") {
                collectUnits(in: element, namespace: namespace, into: &units)
            } else if element.isNamed("unit") {
                if let unit = readUnit(element, namespace: namespace) { units.append(unit) }
            }
        }
    }

    /// Reads one unit; the validator has already reported what is wrong with it.
    private static func readUnit(_ element: XMLElement, namespace: XMLNamespaceName) -> TranslationUnit? {
        guard let id = element.attribute(named: "id") else { return nil }
        var notes: [UnitNote] = []
        var previousSource: String?
        element.firstElement("notes", namespace: namespace)?.forEachElement { note in
            guard note.isNamed("note"), note.isIn(namespace) else { return }
            let category = note.attribute(named: "category")
            let text = note.text
            if category == "tolk:previous-source" { previousSource = text }
            var attributes: [String: String] = [:]
            if note.hasAttributes(besides: "category") {
                for attribute in note.attributes where attribute.namespace == nil && attribute.name != "category" {
                    attributes[attribute.name] = attribute.value
                }
            }
            notes.append(UnitNote(category: category, text: text, attributes: attributes))
        }
        var source: [InlineElement] = []
        var target: [InlineElement] = []
        var hasTarget = false
        var states: [TranslationState] = []
        var subState: String?
        var targetLocation: SourceLocation?
        element.forEachElement { part in
            guard part.isIn(namespace) else { return }
            let isSegment = part.isNamed("segment")
            guard isSegment || part.isNamed("ignorable") else { return }
            let partSource = part.firstElement("source", namespace: namespace)
            let partTarget = part.firstElement("target", namespace: namespace)
            source += InlineReader.read(partSource, namespace: namespace)
            if let partTarget {
                hasTarget = true
                targetLocation = targetLocation ?? partTarget.fastLocation
                target += InlineReader.read(partTarget, namespace: namespace)
            } else if !isSegment {
                // Ignorable whitespace between segments belongs to the target too.
                target += InlineReader.read(partSource, namespace: namespace)
            }
            guard isSegment else { return }
            states.append(part.attribute(named: "state").flatMap(TranslationState.init(rawValue:)) ?? .initial)
            subState = subState ?? part.attribute(named: "subState")
        }
        return TranslationUnit(
            id: id, source: InlineText(source), target: hasTarget ? InlineText(target) : nil,
            state: states.min() ?? .initial, subState: subState, previousSource: previousSource, notes: notes,
            location: element.fastLocation, targetLocation: targetLocation)
    }
}

/// Reads the inline content of `<source>` or `<target>` into `InlineText`: text, with character
/// references, CDATA and the text of foreign elements, runs into one `.text` between codes.
enum InlineReader {
    static func read(_ element: XMLElement?, namespace: XMLNamespaceName) -> [InlineElement] {
        guard let element else { return [] }
        var builder = Builder()
        append(element, namespace: namespace, into: &builder)
        return builder.finish()
    }

    /// Collects elements, joining neighbouring texts as they come (no empty texts).
    private struct Builder {
        var elements: [InlineElement] = []
        var text = ""

        mutating func add(text piece: String) {
            if text.isEmpty { text = piece } else { text += piece }
        }

        mutating func add(_ element: InlineElement) {
            flush()
            elements.append(element)
        }

        mutating func finish() -> [InlineElement] {
            flush()
            return elements
        }

        private mutating func flush() {
            guard !text.isEmpty else { return }
            elements.append(.text(text))
            text = ""
        }
    }

    private static func append(_ element: XMLElement, namespace: XMLNamespaceName, into builder: inout Builder) {
        var child = element.node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { builder.add(text: String(cString: content)) }
            case XML_ENTITY_REF_NODE:
                // Entities are never expanded; keep the reference visible instead of losing it.
                builder.add(text: "&\(String(cString: current.pointee.name));")
            case XML_ELEMENT_NODE:
                let inner = XMLElement(node: current, document: element.document)
                guard inner.isIn(namespace) else {
                    // Elements of other namespaces are not allowed here by XLIFF; keep their text.
                    builder.add(text: inner.text)
                    continue
                }
                if inner.isNamed("ph") {
                    builder.add(.placeholder(id: inner.attribute(named: "id") ?? "", code: .unknown))
                } else if inner.isNamed("pc") {
                    let id = inner.attribute(named: "id") ?? ""
                    builder.add(.open(id: id, code: .unknown))
                    append(inner, namespace: namespace, into: &builder)
                    builder.add(.close(id: id))
                } else if inner.isNamed("sc") {
                    builder.add(.open(id: inner.attribute(named: "id") ?? "", code: .unknown))
                } else if inner.isNamed("ec") {
                    builder.add(.close(id: inner.attribute(named: "startRef") ?? inner.attribute(named: "id") ?? ""))
                } else if inner.isNamed("cp") {
                    if let hex = inner.attribute(named: "hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        builder.add(text: String(Character(scalar)))
                    }
                } else if inner.isNamed("mrk") {
                    append(inner, namespace: namespace, into: &builder)
                }
                // <sm/>, <em/> annotation markers carry no text
            default:
                break
            }
        }
    }
}
