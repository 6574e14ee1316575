/// Where one `<unit>` element lies in the text of an XLIFF file, so an edit can replace that
/// unit and leave every other byte of the file as it was (sync's formatting, or a CAT tool's).
///
/// Found by scanning the text rather than from the parsed tree: libxml2 gives lines, not byte
/// offsets. Units do not nest, so a unit ends at the first `</unit>` after its start tag.
/// A file whose root is prefixed (`<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0">`)
/// has its units found under that prefix (`<x:unit>`); `prefix` says which, so that the unit
/// written back carries it too.
public struct UnitSpan: Sendable, Hashable {
    /// The whole lines holding the unit (its indentation and the line end after `</unit>`), as
    /// UTF-8 offsets; when other elements share those lines, just the element.
    public var range: Range<Int>
    /// The unit's own bytes, from `<unit` to `</unit>`: what its version tag is computed from.
    public var element: Range<Int>
    /// The namespace prefix of the file's XLIFF elements (`x` for `<x:unit>`), empty when unprefixed.
    public var prefix: String = ""

    /// Finds the unit with `id` in `text`; nil when there is none, or more than one.
    public static func find(id: String, in text: String) -> UnitSpan? {
        let bytes = Array(text.utf8)
        let prefix = rootPrefix(of: bytes)
        let qualified = prefix.isEmpty ? "unit" : prefix + ":unit"
        var found: UnitSpan?
        var index = 0
        let open = Array("<\(qualified)".utf8), close = Array("</\(qualified)>".utf8)
        while let start = Self.find(open, in: bytes, from: index) {
            index = start + open.count
            guard index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x09 || bytes[index] == 0x0D,
                  let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { continue }
            guard attribute("id", in: bytes[index..<tagEnd]) == id else { continue }
            let end: Int
            if bytes[tagEnd - 1] == UInt8(ascii: "/") {
                end = tagEnd + 1
            } else if let closeStart = Self.find(close, in: bytes, from: tagEnd) {
                end = closeStart + close.count
            } else {
                return nil
            }
            if found != nil { return nil }
            found = UnitSpan(range: lines(around: start..<end, in: bytes), element: start..<end, prefix: prefix)
            index = end
        }
        return found
    }

    /// The prefix of the root element's name (`x` for `<x:xliff …>`), after the XML declaration,
    /// comments and a doctype; empty when the root is unprefixed. The reader has already checked
    /// that the root is XLIFF 2, and an edit is read back before it is written, so a prefix bound
    /// to something else further down is refused rather than written wrongly.
    static func rootPrefix(of bytes: [UInt8]) -> String {
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = open + 1
            guard next < bytes.count else { return "" }
            if bytes[next] == UInt8(ascii: "?") || bytes[next] == UInt8(ascii: "!") {
                // A declaration, processing instruction, comment or doctype: skip to its end.
                let terminator = bytes[next] == UInt8(ascii: "!") && bytes[next...].starts(with: Array("!--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = find(terminator, in: bytes, from: next) else { return "" }
                index = end + terminator.count
                continue
            }
            var end = next
            while end < bytes.count, ![0x20, 0x0A, 0x09, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[end]) { end += 1 }
            let name = bytes[next..<end]
            guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else { return "" }
            return String(decoding: bytes[next..<colon], as: UTF8.self)
        }
        return ""
    }

    /// The element widened to whole lines when only whitespace shares them.
    private static func lines(around element: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var start = element.lowerBound
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return element }
        var end = element.upperBound
        if end < bytes.count, bytes[end] == 0x0D { end += 1 }
        guard end < bytes.count, bytes[end] == 0x0A else { return element }
        return start..<(end + 1)
    }

    /// The value of an unprefixed attribute in a start tag's bytes (quotes ' or ").
    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let key = Array(name.utf8)
        var index = tag.startIndex
        while index < tag.endIndex {
            // An attribute name starts after whitespace.
            let before = tag[index]
            index += 1
            guard before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0D,
                  tag.endIndex - index > key.count + 2, Array(tag[index..<index + key.count]) == key else { continue }
            var at = index + key.count
            while at < tag.endIndex, tag[at] == 0x20 { at += 1 }
            guard at < tag.endIndex, tag[at] == UInt8(ascii: "=") else { continue }
            at += 1
            while at < tag.endIndex, tag[at] == 0x20 { at += 1 }
            guard at < tag.endIndex, tag[at] == UInt8(ascii: "\"") || tag[at] == UInt8(ascii: "'") else { continue }
            let quote = tag[at]
            guard let close = tag[(at + 1)...].firstIndex(of: quote) else { return nil }
            return String(decoding: tag[(at + 1)..<close], as: UTF8.self)
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}

/// The opaque tag of a unit as it stands: it changes whenever the unit's bytes in the file or
/// the source text it is translated from change, so a save made against an older state is refused.
public enum UnitVersion {
    /// `"<hex>"`: 64-bit FNV-1a over the unit's bytes and the current source's signature.
    public static func of(unitBytes: some Sequence<UInt8>, source: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in unitBytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash = (hash ^ 0) &* 0x0000_0100_0000_01b3
        for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// The tag of a unit that has no element in the file yet.
    public static let absent = "absent"
}
