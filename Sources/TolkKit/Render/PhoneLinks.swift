/// Phone numbers on the website as `tel:` links, so a patient on a phone can call 113 or 116 117
/// with one tap. A number is linked exactly when the `urls` check treats it as a phone number
/// (`TextTokens`), so what is linked is what the check has compared with the source. Handouts
/// are printed and keep the plain number.
enum PhoneLinks {
    /// The text escaped, its phone numbers linked. With `isolate` (right-to-left pages), number
    /// groups keep their order as `NumberGroups.isolate` gives them, and a linked number of
    /// several groups is put in the link inside its `<span dir="ltr">`.
    static func render(_ text: String, isolate: Bool) -> String {
        func plain(_ text: String) -> String { isolate ? NumberGroups.isolate(text) : HTML.escape(text) }
        guard TextTokens.containsDigit(text) else { return plain(text) }
        let tokens = TextTokens(text)
        guard !tokens.phoneRanges.isEmpty else { return plain(text) }
        let scalars = Array(text.unicodeScalars)
        func part(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var out = ""
        var position = 0
        for (range, phone) in zip(tokens.phoneRanges, tokens.phones) {
            out += plain(part(position ..< range.lowerBound))
            let written = part(range)
            // `tel:` takes ASCII digits; the sign of an international number stays.
            let number = (written.hasPrefix("+") ? "+" : "") + phone.digits
            let link = "<a href=\"tel:\(number)\">\(HTML.escape(written))</a>"
            out += isolate && NumberGroups.mayHaveGroups(written) ? "<span dir=\"ltr\">\(link)</span>" : link
            position = range.upperBound
        }
        return out + plain(part(position ..< scalars.count))
    }
}
