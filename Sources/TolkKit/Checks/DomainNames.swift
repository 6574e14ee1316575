/// Bare domain names in running text (`helsenorge.no`, `1177.se`, `nav.no/sykmelding`): a patient
/// types what the page says, so they are addresses as much as `https://…` is.
///
/// What counts, to keep sentence punctuation, decimals and abbreviations out:
/// - ASCII labels (letters, digits, hyphens inside) joined by dots, not part of a longer word of
///   any script (no letter, digit or mark directly before or after, nor `_ @ / \` before);
/// - a top-level domain of 2–24 lowercase letters (`slutt.Neste` and `1.5` are not domains);
/// - a label before it of at least two characters (`f.eks.`, `m.in.` are abbreviations), and of
///   at least three digits when it is all digits (`1177.se`, but not the date `15.juni`);
/// - not one of a few dotted abbreviations that have that shape (`tlf.nr.`, `org.nr.`).
/// A path directly after the name (`/sykmelding`) is part of the address.
extension TextTokens {
    /// Abbreviations of the source languages that look like domain names, lowercased.
    static let abbreviations: Set<String> = ["tlf.nr", "org.nr", "reg.nr", "st.meld", "st.prp"]

    /// The domain names among `scalars` with their scalar offsets, blanked in `scalars` so the
    /// scan for numbers skips them (`1177` in `1177.se` is not a number to translate).
    static func takingDomains(from scalars: inout [Unicode.Scalar]) -> [(offset: Int, address: String)] {
        var found: [(offset: Int, address: String)] = []
        var index = 0
        while index < scalars.count {
            guard isDomainScalar(scalars[index]) else { index += 1; continue }
            var start = index
            while index < scalars.count, isDomainScalar(scalars[index]) { index += 1 }
            let runEnd = index
            if start > 0, joinsBefore(scalars[start - 1]) { continue }
            // Dots and hyphens at the ends of the run are punctuation ("see helsenorge.no.").
            while start < runEnd, scalars[start] == "." || scalars[start] == "-" { start += 1 }
            var end = runEnd
            while end > start, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
            guard let length = domainLength(scalars[start ..< end]) else { continue }
            end = start + length
            // A letter, digit or mark right after the run makes it part of a longer word.
            if end == runEnd, runEnd < scalars.count, joinsAfter(scalars[runEnd]) { continue }
            if end == runEnd, runEnd + 1 < scalars.count, scalars[runEnd] == "/", !endsAddress(scalars[runEnd + 1]) {
                var pathEnd = runEnd
                while pathEnd < scalars.count, !endsAddress(scalars[pathEnd]) { pathEnd += 1 }
                end = start + trimmingTrailingPunctuation(domainText(scalars[start ..< pathEnd])).unicodeScalars.count
                index = max(index, end)
            }
            found.append((start, domainText(scalars[start ..< end])))
            for offset in start ..< end { scalars[offset] = " " }
        }
        return found
    }

    /// The length in scalars of the longest run of whole labels at the start of `run` that is a
    /// domain name (`helsenorge.no` of `helsenorge.no.Neste`), nil when none is.
    static func domainLength(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
        let labels = run.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return nil }
        for count in stride(from: labels.count, through: 2, by: -1) {
            let name = labels.prefix(count)
            guard name.allSatisfy(isLabel) else { continue }
            let top = name[name.endIndex - 1]
            let second = name[name.endIndex - 2]
            guard top.count >= 2, top.count <= 24, top.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else { continue }
            guard second.count >= 2, !second.allSatisfy(isASCIIDigit) || second.count >= 3 else { continue }
            let length = name.reduce(count - 1) { $0 + $1.count }
            let text = domainText(run.prefix(length)).lowercased()
            guard !abbreviations.contains(text) else { continue }
            return length
        }
        return nil
    }

    /// 1–63 letters, digits and hyphens, not starting or ending with a hyphen.
    private static func isLabel(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = label.first, let last = label.last, label.count <= 63 else { return false }
        return first != "-" && last != "-"
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// ASCII letters, digits, hyphens and dots: what a run that may be a domain name is made of.
    private static func isDomainScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value | 0x20
        return (value >= 0x61 && value <= 0x7A && scalar.value < 0x80) || isASCIIDigit(scalar) || scalar == "-" || scalar == "."
    }

    /// A letter, digit or mark of any script, which would make the run part of a longer word.
    private static func joinsAfter(_ scalar: Unicode.Scalar) -> Bool {
        if ScalarFacts.letterScript(scalar) != nil || ScalarFacts.digitValue(scalar) != nil || scalar == "_" || scalar == "@" { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `joinsAfter`, or a character of a path or address the run would be a piece of.
    private static func joinsBefore(_ scalar: Unicode.Scalar) -> Bool {
        joinsAfter(scalar) || scalar == "/" || scalar == "\\"
    }

    /// Where a path after a domain name ends: whitespace, quotes, angle brackets or a code.
    private static func endsAddress(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "\u{FFFC}"
    }

    private static func domainText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
