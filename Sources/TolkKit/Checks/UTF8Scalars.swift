extension String {
    /// Calls `body` with each scalar of the text, in order, until it returns false; returns
    /// whether it went through the whole text.
    ///
    /// Decodes the string's UTF-8 storage directly. The standard library's scalar iterator is
    /// not inlined into TolkKit, and calling it for every scalar of every text was a large
    /// share of the checks' time. Swift strings hold valid UTF-8, so decoding needs no checks.
    /// Always inlined, so that `body` is inlined too (no closure calls, no dynamic exclusivity
    /// checks on the variables it updates).
    @inline(__always)
    func allScalars(_ body: (Unicode.Scalar) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                var value: UInt32
                if lead < 0x80 {
                    value = UInt32(lead)
                    index += 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                // Valid UTF-8 decodes to valid scalars only: no need for the checking initializer.
                guard body(unsafeBitCast(value, to: Unicode.Scalar.self)) else { return false }
            }
            return true
        }
    }

    /// Calls `body` with each scalar of the text, in order (see `allScalars`).
    @inline(__always)
    func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
        _ = allScalars { scalar in
            body(scalar)
            return true
        }
    }
}
