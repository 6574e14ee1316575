import Foundation

/// Reads project files as UTF-8, with a precise location for invalid bytes.
enum TextDecoding {
    /// Decodes UTF-8 (dropping a BOM and normalizing CRLF to LF), or reports where the bytes are invalid.
    static func decode(_ data: Data, path: String) -> Staged<String?> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            // Most files have no CR at all; the replacement is far dearer than the byte scan.
            return Staged(bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        }
        return Staged(nil, diagnostics: [
            .error("encoding", at: invalidByteLocation(bytes, path: path),
                   "the file is not valid UTF-8 text", hint: "save the file as UTF-8 in your editor")
        ])
    }

    /// The line and column (in characters) of the first invalid UTF-8 sequence.
    static func invalidByteLocation(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && bytes[index + 1 ..< index + length].allSatisfy { $0 & 0xC0 == 0x80 }
                && String(validating: bytes[index ..< index + length], as: UTF8.self) != nil
            if !valid {
                let prefix = String(decoding: bytes[lineStart ..< index], as: UTF8.self)
                return SourceLocation(file: path, line: line, column: prefix.count + 1)
            }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return SourceLocation(file: path, line: line, column: 1)
    }
}
