import Foundation

/// Makes Chromium's PDFs depend on their input only, so the same site gives the same bytes:
/// the print time in `/CreationDate` and `/ModDate` becomes the source's date, and the
/// structure elements' ids (`/ID (node00000300)`, renderer DOM node numbers that differ from run
/// to run) are numbered in order of appearance. Every change keeps the length, so the
/// cross-reference table's offsets stay right.
enum ReproduciblePDF {
    static func normalize(_ data: Data, date: String?) -> Data {
        var bytes = [UInt8](data)
        let digits = (date ?? "").filter(\.isNumber)
        let stamp = Array((digits.count == 8 ? digits : "19700101").utf8) + Array("000000".utf8)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            replaceDigits(after: Array(key.utf8), count: 14, in: &bytes) { _ in stamp }
        }
        var ids: [[UInt8]: [UInt8]] = [:]
        replaceDigits(after: Array("(node".utf8), count: 8, in: &bytes) { old in
            if let known = ids[old] { return known }
            let number = String(ids.count + 1)
            let new = Array((String(repeating: "0", count: max(0, 8 - number.count)) + number).utf8)
            ids[old] = new
            return new
        }
        return Data(bytes)
    }

    /// Replaces the `count` ASCII digits after each occurrence of `marker` with `replacement(old)`.
    private static func replaceDigits(after marker: [UInt8], count: Int, in bytes: inout [UInt8], _ replacement: ([UInt8]) -> [UInt8]) {
        guard bytes.count >= marker.count + count else { return }
        var index = 0
        let last = bytes.count - marker.count - count
        while index <= last {
            if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) {
                let start = index + marker.count
                let old = Array(bytes[start..<start + count])
                if old.allSatisfy({ (48...57).contains($0) }) {
                    let new = replacement(old)
                    if new.count == count { bytes.replaceSubrange(start..<start + count, with: new) }
                }
                index = start + count
            } else {
                index += 1
            }
        }
    }
}
