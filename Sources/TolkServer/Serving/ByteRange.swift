import Foundation

/// One byte range of a `Range: bytes=…` request header (RFC 9110 §14.2), so that a browser can
/// seek in a video of the preview without loading all of it first. Only a single range is
/// served; a header with several (or a unit other than bytes) is ignored and the whole file
/// sent, as the RFC allows.
struct ByteRange: Equatable {
    let lower: Int
    let upper: Int

    /// What a `Range` header asks of a file of `length` bytes.
    enum Request: Equatable {
        /// No usable header: send the whole file.
        case whole
        /// Send these bytes (206).
        case part(ByteRange)
        /// No byte of the range is in the file (416).
        case unsatisfiable
    }

    static func parse(_ header: String?, length: Int) -> Request {
        guard let header else { return .whole }
        let value = header.trimmingCharacters(in: .whitespaces)
        guard value.lowercased().hasPrefix("bytes="), !value.contains(",") else { return .whole }
        let spec = value.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .whole }
        let first = parts[0].trimmingCharacters(in: .whitespaces), last = parts[1].trimmingCharacters(in: .whitespaces)
        guard first.allSatisfy(\.isASCIIDigit), last.allSatisfy(\.isASCIIDigit), !(first.isEmpty && last.isEmpty) else { return .whole }
        if first.isEmpty {
            // `bytes=-500`: the last 500 bytes.
            guard let suffix = Int(last), suffix > 0, length > 0 else { return .unsatisfiable }
            return .part(ByteRange(lower: max(0, length - suffix), upper: length - 1))
        }
        guard let lower = Int(first) else { return .whole }
        guard lower < length else { return .unsatisfiable }
        let upper = last.isEmpty ? length - 1 : min(Int(last) ?? length - 1, length - 1)
        guard upper >= lower else { return .whole }
        return .part(ByteRange(lower: lower, upper: upper))
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
