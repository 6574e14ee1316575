import CLibXML2
import Foundation

/// A parsed XML document (libxml2 DOM), read safely: no network, no DTD loading, no entity
/// expansion, and any DOCTYPE is refused before libxml2 sees the bytes.
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// The raw lines of the file, for column numbers (libxml2 keeps only line numbers).
    let lines: [Substring]
    /// The project-relative path used in diagnostics.
    public let path: String

    private init(pointer: xmlDocPtr, lines: [Substring], path: String) {
        self.pointer = pointer
        self.lines = lines
        self.path = path
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element.
    public var root: XMLElement? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLElement(node: node, document: self)
    }

    /// Parses `data` read from `path`. Returns the document, or the diagnostics that say why not.
    public static func parse(_ data: Data, path: String) -> Staged<XMLDocument?> {
        let text = String(decoding: data, as: UTF8.self)
        if let doctype = locateDoctype(in: text, path: path) {
            return Staged(nil, diagnostics: [
                .error(
                    "xml", at: doctype,
                    "the file has a DOCTYPE declaration; XLIFF files must not have one (it can pull in external files or expand entities)",
                    hint: "remove the <!DOCTYPE ...> line")
            ])
        }
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
            | Int32(XML_PARSE_NOWARNING.rawValue) | Int32(XML_PARSE_NOERROR.rawValue)
        guard let parser = xmlNewParserCtxt() else {
            return Staged(nil, diagnostics: [.error("xml", at: SourceLocation(file: path), "could not start the XML parser")])
        }
        defer { xmlFreeParserCtxt(parser) }
        // libxml2 keeps parsing after the first error; the first one is the one to show. The handler
        // is thread-local in libxml2, so parsing on several threads at once is safe.
        let collector = FirstError()
        let context = Unmanaged.passRetained(collector)
        xmlSetStructuredErrorFunc(context.toOpaque()) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<FirstError>.fromOpaque(context).takeUnretainedValue()
            guard collector.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            collector.message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
            collector.line = Int(error.pointee.line)
            collector.column = Int(error.pointee.int2)
        }
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            return xmlCtxtReadMemory(parser, base, Int32(buffer.count), path, nil, options)
        }
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        context.release()
        if let document, parser.pointee.wellFormed != 0 {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return Staged(XMLDocument(pointer: document, lines: lines, path: path))
        }
        if let document { xmlFreeDoc(document) }
        return Staged(nil, diagnostics: [diagnostic(for: collector, path: path)])
    }

    private static func diagnostic(for error: FirstError, path: String) -> Diagnostic {
        guard var message = error.message else {
            return .error("xml", at: SourceLocation(file: path), "the file is not well-formed XML")
        }
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if message.contains("not proper UTF-8") || message.contains("encoding error") {
            message = "the file is not valid UTF-8 text"
        } else {
            message = "the file is not well-formed XML: \(message)"
        }
        let location = SourceLocation(file: path, line: max(error.line, 1), column: max(error.column, 1))
        return .error("xml", at: location, message, hint: "open the file in a text editor and fix the XML at this place, or export it again from your translation tool")
    }

    /// Finds `<!DOCTYPE` outside comments, so it can be refused before parsing.
    static func locateDoctype(in text: String, path: String) -> SourceLocation? {
        guard text.contains("<!DOCTYPE") || text.contains("<!doctype") else { return nil }
        var line = 1
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            line = index + 1
            if let range = rawLine.range(of: "<!DOCTYPE", options: .caseInsensitive) {
                let column = rawLine.distance(from: rawLine.startIndex, to: range.lowerBound) + 1
                return SourceLocation(file: path, line: line, column: column)
            }
        }
        return SourceLocation(file: path, line: line, column: 1)
    }

    /// The 1-based column where `<name` starts on `line`, or 1 when it cannot be found.
    func column(ofTag name: String, onLine line: Int) -> Int {
        guard line >= 1, line <= lines.count else { return 1 }
        let text = lines[line - 1]
        for candidate in ["<\(name)", ":\(name)"] {
            if let range = text.range(of: candidate) {
                var start = range.lowerBound
                if candidate.hasPrefix(":") {
                    // Walk back over the prefix to the '<'.
                    while start > text.startIndex, text[start] != "<" { start = text.index(before: start) }
                }
                return text.distance(from: text.startIndex, to: start) + 1
            }
        }
        return 1
    }
}


/// The first error libxml2 reports while parsing one document.
private final class FirstError {
    var message: String?
    var line = 0
    var column = 0
}
