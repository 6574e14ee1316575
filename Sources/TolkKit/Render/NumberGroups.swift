/// Finds runs of digit groups separated by spaces or hyphens ("116 117", "22 00 00 00").
enum NumberGroups {
    /// The text escaped, with each multi-group number wrapped in `<span dir="ltr">`.
    static func isolate(_ text: String) -> String {
        guard mayHaveGroups(text) else { return HTML.escape(text) }
        var out = ""
        var pending = ""
        var groups = 0
        var index = text.startIndex
        func flush() {
            guard !pending.isEmpty else { return }
            // A separator is only taken when a digit follows, so `pending` ends in a digit.
            out += groups > 1 ? "<span dir=\"ltr\">\(HTML.escape(pending))</span>" : HTML.escape(pending)
            pending = ""
            groups = 0
        }
        while index < text.endIndex {
            let character = text[index]
            let nextIsDigit = text.index(after: index) < text.endIndex && text[text.index(after: index)].wholeNumberValue != nil
            if character == "+", pending.isEmpty, nextIsDigit {
                // The sign of an international number belongs to it ("+47 22 00 00 00").
                flush()
                pending.append(character)
            } else if character.isNumber && character.wholeNumberValue != nil {
                if pending.isEmpty || !(pending.last!.isNumber) { groups += 1 }
                pending.append(character)
            } else if character == " " || character == "\u{00A0}" || character == "-", pending.last?.isNumber == true, nextIsDigit {
                pending.append(character)
            } else {
                flush()
                out += HTML.escape(String(character))
            }
            index = text.index(after: index)
        }
        flush()
        return out
    }

    /// Whether a digit is followed by a space, no-break space or hyphen and another digit anywhere,
    /// the only case worth the slow path. Walks UTF-8 bytes: ASCII is decided per byte, and other
    /// characters are looked up only when they start with a byte that can begin a decimal digit.
    static func mayHaveGroups(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHaveGroups(utf8:))
    }

    private static func mayHaveGroups(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var state = 0  // 0: nothing, 1: after a digit, 2: after digit + separator
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let isDigit: Bool
            var isSeparator = false
            if byte < 0x80 {
                isDigit = byte >= 0x30 && byte <= 0x39
                isSeparator = byte == 0x20 || byte == 0x2D
            } else if byte < 0xE0, index < bytes.count {
                // Two-byte sequences (Latin, Greek, Cyrillic, Hebrew, Arabic) are decided from
                // their bytes: the no-break space C2 A0, and the Arabic-Indic (D9 A0–A9),
                // Extended Arabic-Indic (DB B0–B9) and NKo (DF 80–89) digits.
                let next = bytes[index]
                index += 1
                isSeparator = byte == 0xC2 && next == 0xA0
                isDigit = (byte == 0xD9 && (0xA0...0xA9).contains(next)) || (byte == 0xDB && (0xB0...0xB9).contains(next))
                    || (byte == 0xDF && (0x80...0x89).contains(next))
            } else {
                // Longer sequences: decode the scalar (a String's UTF-8 is valid) and look it up.
                let extra = byte >= 0xF0 ? 3 : 2
                var value = UInt32(byte) & (extra == 3 ? 0x07 : 0x0F)
                for _ in 0..<extra where index < bytes.count {
                    value = (value << 6) | UInt32(bytes[index] & 0x3F)
                    index += 1
                }
                isDigit = DecimalDigits.contains(value)
            }
            if state == 2 && isDigit { return true }
            if isDigit { state = 1 } else if state == 1 && isSeparator { state = 2 } else { state = 0 }
        }
        return false
    }
}

/// Which code points are decimal digits (Unicode numeric type "decimal"), answered from a
/// bitmap of the Basic Multilingual Plane built once; other planes ask Unicode directly.
enum DecimalDigits {
    private static let bmp: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.numericType == .decimal else { continue }
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        return bits
    }()

    static func contains(_ value: UInt32) -> Bool {
        // Below U+0800 (all of Latin, Cyrillic, Greek, Hebrew, Arabic and Thaana) only ASCII,
        // Arabic-Indic, Extended Arabic-Indic and NKo digits exist: answered without the table.
        if value < 0x800 {
            return (0x30...0x39).contains(value) || (0x660...0x669).contains(value) || (0x6F0...0x6F9).contains(value)
                || (0x7C0...0x7C9).contains(value)
        }
        if value < 0x10000 { return bmp[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return Unicode.Scalar(value)?.properties.numericType == .decimal
    }
}
