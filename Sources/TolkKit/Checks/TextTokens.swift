/// The web addresses, e-mail addresses, phone numbers and other numbers of a text, found the same
/// way for the `urls` and `numbers` checks. Each part of the text belongs to one kind only, so a
/// phone number is compared as a phone number and not again as loose numbers.
struct TextTokens {
    /// A number as written and as ASCII digits (`٢٠` → `20`), for comparing across scripts.
    struct Number: Hashable {
        var written: String
        var digits: String
    }

    var urls: [String] = []
    var emails: [String] = []
    var phones: [Number] = []
    /// Where each of `phones` is in the text, in Unicode scalars (the site links them with `tel:`).
    var phoneRanges: [Range<Int>] = []
    var numbers: [Number] = []
    /// `mayContainAddress` of the text: false when it certainly has no address or domain name.
    var mayContainAddress = false

    // Regex is not marked Sendable, but a built Regex is immutable and compiles its program once,
    // atomically, on first use, so sharing these across the checker's threads is safe.
    nonisolated(unsafe) private static let urlPattern = try! Regex(#"(?i)\b(?:https?://|www\.)[^\s<>"\x{FFFC}]+"#, as: Substring.self)
    nonisolated(unsafe) private static let emailPattern = try! Regex(#"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#, as: Substring.self)
    nonisolated(unsafe) private static let domainPattern = try! Regex(#"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"#, as: Substring.self)

    /// The text without web addresses, e-mail addresses and domain names (`helsenorge.no`), which
    /// are written in Latin letters in every language.
    static func removingAddresses(_ text: String) -> String {
        guard mayContainAddress(text) else { return text }
        var text = text
        for pattern in [urlPattern, emailPattern, domainPattern] {
            text = text.replacing(pattern, with: " ")
        }
        return text
    }

    /// A cheap byte scan that rules out addresses for most texts, so the regexes run only where
    /// one can be: an `@`, `://`, `www`, or a dot directly followed by a letter (`helsenorge.no`).
    static func mayContainAddress(_ text: String) -> Bool {
        // Over the contiguous UTF-8 of a native string the loop is several times faster.
        text.utf8.withContiguousStorageIfAvailable(mayContainAddress) ?? mayContainAddress(Array(text.utf8))
    }

    private static func mayContainAddress<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "@") { return true }
            if previous == UInt8(ascii: "."), (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") { return true }
            if previous == UInt8(ascii: ":"), byte == UInt8(ascii: "/") { return true }
            if (previous | 0x20) == UInt8(ascii: "w"), (byte | 0x20) == UInt8(ascii: "w") { return true }
            previous = byte
        }
        return false
    }

    /// Whether any scalar is a decimal digit of any script. Most texts have none, and then the
    /// scan for numbers (which copies the scalars) is not needed.
    static func containsDigit(_ text: String) -> Bool {
        let facts = ScalarFacts.lookup
        return !text.allScalars { facts.digitValue($0) == nil }
    }

    /// No addresses and no numbers.
    init() {}

    init(_ text: String) {
        self.init(text, scanningAddresses: Self.mayContainAddress(text))
    }

    /// The tokens of `text`, whose scan says whether it can have addresses and digits.
    init(_ text: String, scan: TargetScan) {
        guard !scan.mayContainAddress else {
            self.init(text, scanningAddresses: true)
            return
        }
        self.init()
        if scan.hasDigit { scanDigits(Array(text.unicodeScalars)) }
    }

    /// The tokens of `text`, looking for addresses only when `scanningAddresses`. Passing true
    /// for any text is the slow path of `mayContainAddress`; it must find the same tokens.
    init(_ text: String, scanningAddresses: Bool) {
        mayContainAddress = scanningAddresses
        guard scanningAddresses else {
            if Self.containsDigit(text) { scanDigits(Array(text.unicodeScalars)) }
            return
        }
        var scalars = Array(text.unicodeScalars)
        var addresses: [(offset: Int, address: String)] = []
        for match in text.matches(of: Self.urlPattern) {
            let url = Self.trimmingTrailingPunctuation(String(text[match.range]))
            let offset = Self.blank(url.unicodeScalars.count, from: match.range.lowerBound, in: text, scalars: &scalars)
            addresses.append((offset, url))
        }
        let remaining = String(String.UnicodeScalarView(scalars))
        for match in remaining.matches(of: Self.emailPattern) {
            emails.append(String(remaining[match.range]))
            Self.blank(remaining[match.range].unicodeScalars.count, from: match.range.lowerBound, in: remaining, scalars: &scalars)
        }
        addresses += Self.takingDomains(from: &scalars)
        urls = addresses.sorted { $0.offset < $1.offset }.map(\.address)
        scanDigits(scalars)
    }

    /// Replaces `count` scalars from `index` with spaces, so later scans skip them; returns the
    /// scalar offset of `index`.
    @discardableResult
    private static func blank(_ count: Int, from index: String.Index, in text: String, scalars: inout [Unicode.Scalar]) -> Int {
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
        for offset in start ..< min(start + count, scalars.count) { scalars[offset] = " " }
        return start
    }

    /// Drops sentence punctuation after a URL ("see www.nhi.no." → "www.nhi.no").
    static func trimmingTrailingPunctuation(_ url: String) -> String {
        var url = Substring(url)
        let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", "'", "\"", "»", "”", "’", "]", "}", "،", "؛", "۔", "؟", "。", "，"]
        while let last = url.last {
            if trailing.contains(last) {
                url = url.dropLast()
            } else if last == ")", url.filter({ $0 == "(" }).count < url.filter({ $0 == ")" }).count {
                url = url.dropLast()
            } else {
                break
            }
        }
        return String(url)
    }

    /// Reads runs of digit groups ("116 117", "+47 22 00 00 00", "2-3") and sorts them into phone numbers and numbers.
    private mutating func scanDigits(_ scalars: [Unicode.Scalar]) {
        let facts = ScalarFacts.lookup
        func isDigit(_ index: Int) -> Bool { index < scalars.count && facts.digitValue(scalars[index]) != nil }
        let separators: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "-"]
        var index = 0
        while index < scalars.count {
            let plus = scalars[index] == "+" && isDigit(index + 1)
            guard plus || isDigit(index) else { index += 1; continue }
            let start = index
            if plus { index += 1 }
            var groups: [(number: Number, range: Range<Int>)] = []
            while true {
                let groupStart = index
                var digits = ""
                while isDigit(index) {
                    digits += String(facts.digitValue(scalars[index])!)
                    index += 1
                }
                groups.append((Number(written: Self.string(scalars[groupStart ..< index]), digits: digits), groupStart ..< index))
                guard index < scalars.count, separators.contains(scalars[index]), isDigit(index + 1) else { break }
                index += 1
            }
            let total = groups.reduce(0) { $0 + $1.number.digits.count }
            if plus || total >= 8 {
                phones.append(Number(written: Self.string(scalars[start ..< index]), digits: groups.map(\.number.digits).joined()))
                phoneRanges.append(start ..< index)
            } else {
                sortGroups(groups)
            }
        }
    }

    /// Short service numbers (113, 116 117) are phone numbers; other groups are numbers.
    private mutating func sortGroups(_ groups: [(number: Number, range: Range<Int>)]) {
        var index = 0
        while index < groups.count {
            let (group, range) = groups[index]
            if group.digits == "116", index + 1 < groups.count, groups[index + 1].number.digits.count == 3 {
                let next = groups[index + 1]
                phones.append(Number(written: group.written + " " + next.number.written, digits: group.digits + next.number.digits))
                phoneRanges.append(range.lowerBound ..< next.range.upperBound)
                index += 2
                continue
            }
            if Self.isServiceNumber(group.digits) {
                phones.append(group)
                phoneRanges.append(range)
            } else {
                numbers.append(group)
            }
            index += 1
        }
    }

    /// Emergency and help-line numbers: 110–119 and the European 116 xxx numbers.
    static func isServiceNumber(_ digits: String) -> Bool {
        (digits.count == 3 && digits.hasPrefix("11")) || (digits.count == 6 && digits.hasPrefix("116"))
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
