/// Renders translated inline text as HTML. Text is always escaped, so HTML typed into a
/// translation shows as text and never becomes markup; codes come from the source.
struct InlineHTMLRenderer {
    /// The value of a `{placeholder}` (a dosage number in the page's digits), nil to show it as is.
    var placeholderValue: (String) -> String? = { _ in nil }
    /// The alt text of an image by its unit id.
    var altText: (String) -> String = { _ in "" }
    /// Prefix for relative image paths (`../../../`).
    var root: String = ""
    /// In right-to-left pages, keeps groups such as the phone number "116 117" in left-to-right
    /// order: the bidi algorithm would otherwise show "117 116".
    var isolateNumberGroups = false
    /// Makes phone numbers `tel:` links (the website; handouts are printed and keep them plain).
    var linkPhoneNumbers = false
    /// The values of site.yml's `variables` (`clinic_phone` → "22 11 80 80"), put in for `{clinic_phone}`.
    var variables: [String: String] = [:]

    func render(_ text: InlineText) -> String {
        var out = ""
        render(text, into: &out)
        return out
    }

    /// `render(_:)` appended to `out`, so that a block renderer builds one string for a body.
    func render(_ text: InlineText, into out: inout String) {
        var open: [(id: String, tag: String)] = []
        for element in text.elements {
            switch element {
            case .text(let value):
                // A number that is already the text of a link is not linked again (no nested <a>).
                if linkPhoneNumbers && !open.contains(where: { $0.tag == "a" }) {
                    out += PhoneLinks.render(value, isolate: isolateNumberGroups)
                } else {
                    out += isolateNumberGroups ? NumberGroups.isolate(value) : HTML.escape(value)
                }
            case .open(let id, let code):
                let (start, tag) = startTag(code)
                out += start
                open.append((id, tag))
            case .close(let id):
                guard let index = open.lastIndex(where: { $0.id == id }) else { continue }
                // Close inner elements first so the HTML stays well-formed, then reopen nothing:
                // overlapping codes are an inline-codes error that the checks report.
                for entry in open[index...].reversed() where !entry.tag.isEmpty { out += "</\(entry.tag)>" }
                open.removeSubrange(index...)
            case .placeholder(_, let code):
                out += standalone(code, inLink: open.contains(where: { $0.tag == "a" }))
            }
        }
        for entry in open.reversed() where !entry.tag.isEmpty { out += "</\(entry.tag)>" }
    }

    private func startTag(_ code: InlineCode) -> (String, String) {
        switch code {
        case .emphasis: ("<em>", "em")
        case .strong: ("<strong>", "strong")
        case .strikethrough: ("<del>", "del")
        // A cue's spans in a transcript: italics and bold as such, voices and classes as nothing.
        case .cueSpan("i"): ("<i>", "i")
        case .cueSpan("b"): ("<b>", "b")
        case .link(let url):
            if let safe = HTML.safeURL(url) { ("<a href=\"\(HTML.escape(safe))\">", "a") } else { ("", "") }
        default: ("", "")
        }
    }

    private func standalone(_ code: InlineCode, inLink: Bool) -> String {
        switch code {
        case .code(let text): "<code>\(HTML.escape(text))</code>"
        case .lineBreak: "<br>"
        case .placeholder(let name):
            if let value = placeholderValue(name) { HTML.escape(value) }
            else if let value = variables[String(name.dropFirst().dropLast())] {
                VariableHTML.render(value, rightToLeft: isolateNumberGroups, linkPhoneNumbers: linkPhoneNumbers && !inLink)
            } else { HTML.escape(name) }
        case .image(let src, let altUnit):
            if let safe = HTML.safeURL(src) {
                "<img src=\"\(HTML.escape(isRelative(safe) ? root + safe : safe))\" alt=\"\(HTML.escape(altText(altUnit)))\">"
            } else { "" }
        default: ""
        }
    }

    private func isRelative(_ url: String) -> Bool { !url.contains(":") && !url.hasPrefix("/") }
}
