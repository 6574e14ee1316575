import CLibXML2
import Foundation

/// A parsed XML document (libxml2 DOM), read safely: no network, no DTD loading, no entity
/// expansion, and any DOCTYPE is refused before libxml2 sees the bytes.
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// The raw bytes and where each line starts, for column numbers (libxml2 keeps only lines).
    let bytes: [UInt8]
    let lineStarts: [Int]
    /// The project-relative path used in diagnostics.
    public let path: String

    private init(pointer: xmlDocPtr, bytes: [UInt8], path: String) {
        self.pointer = pointer
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // memchr finds the line feeds several bytes at a time.
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                starts.append(index + 1)
                offset = index + 1
            }
        }
        self.lineStarts = starts
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
        if hasDeclaration(data), let doctype = locateDoctype(in: String(decoding: data, as: UTF8.self), path: path) {
            return Staged(nil, diagnostics: [
                .error(
                    "xml", at: doctype,
                    "the file has a DOCTYPE declaration; XLIFF files must not have one (it can pull in external files or expand entities)",
                    hint: "remove the <!DOCTYPE ...> line")
            ])
        }
        // XML_PARSE_COMPACT keeps short texts inside their nodes (one allocation fewer each); the
        // tree is only read, never changed, which is what that option asks.
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
            | Int32(XML_PARSE_NOWARNING.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
        _ = libxml2Initialised
        guard let parser = xmlNewParserCtxt() else {
            return Staged(nil, diagnostics: [.error("xml", at: SourceLocation(file: path), "could not start the XML parser")])
        }
        defer { xmlFreeParserCtxt(parser) }
        // libxml2 keeps parsing after the first error; the first one is the one to show. The handler
        // is thread-local in libxml2, so parsing on several threads at once is safe.
        let collector = XMLParseError()
        let context = Unmanaged.passRetained(collector)
        xmlSetStructuredErrorFunc(context.toOpaque()) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<XMLParseError>.fromOpaque(context).takeUnretainedValue()
            guard collector.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            collector.message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
            collector.code = Int(error.pointee.code)
            collector.name = error.pointee.str1.map { String(cString: $0) }
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
            return Staged(XMLDocument(pointer: document, bytes: [UInt8](data), path: path))
        }
        if let document { xmlFreeDoc(document) }
        return Staged(nil, diagnostics: [diagnostic(for: collector, path: path)])
    }

    /// libxml2 asks to be initialised once, before threads parse ("not reentrant"); its own
    /// first-use initialisation could otherwise run on two threads at once. `static let`
    /// runs this exactly once.
    private static let libxml2Initialised: Void = xmlInitParser()

    private static func diagnostic(for error: XMLParseError, path: String) -> Diagnostic {
        guard error.message != nil else {
            return .error("xml", at: SourceLocation(file: path), "the file is not well-formed XML")
        }
        let location = SourceLocation(file: path, line: max(error.line, 1), column: max(error.column, 1))
        return .error("xml", at: location, error.translatorMessage,
                      hint: "open the file in a text editor and fix the XML at this place, or export it again from your translation tool")
    }

    /// Whether the bytes contain `<!D` or `<!d`: a quick test before the exact search.
    static func hasDeclaration(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            // Typed bytes: the raw buffer's generic indexing was not optimised away.
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 3, let base = bytes.baseAddress else { return false }
            // memchr finds each `<` several bytes at a time; only those are looked at.
            var offset = 0
            while offset < bytes.count - 2, let found = memchr(base + offset, 0x3C, bytes.count - 2 - offset) {
                let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if bytes[index + 1] == 0x21 && (bytes[index + 2] | 0x20) == 0x64 { return true }
                offset = index + 1
            }
            return false
        }
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

    /// The 1-based column (in characters) where `<name` or `<prefix:name` starts on `line`, or 1.
    func column(ofTag name: String, onLine line: Int) -> Int {
        Array(name.utf8).withUnsafeBufferPointer { column(ofTagBytes: $0, onLine: line) }
    }

    /// `column(ofTag:onLine:)` for a name as libxml2 holds it, read in place (every unit's
    /// location asks for one: no array per call).
    func column(ofTag name: UnsafePointer<xmlChar>, onLine line: Int) -> Int {
        column(ofTagBytes: UnsafeBufferPointer(start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))),
               onLine: line)
    }

    private func column(ofTagBytes tag: UnsafeBufferPointer<UInt8>, onLine line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 1 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var index = start
        while index < end {
            if bytes[index] == 0x3C, let found = tagStart(at: index + 1, end: end, tag: tag) {
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                return bytes[start..<found].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } + 1
            }
            index += 1
        }
        return 1
    }

    /// Whether `name`, or `prefix:name`, starts at `index` (just after a `<`); returns the `<` position.
    private func tagStart(at index: Int, end: Int, tag: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes[index...].starts(with: tag) { return index - 1 }
        var position = index
        while position < end, position - index < 40, isPrefixByte(bytes[position]) { position += 1 }
        if position > index, position < end, bytes[position] == 0x3A, bytes[(position + 1)...].starts(with: tag) { return index - 1 }
        return nil
    }

    private func isPrefixByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }
}
