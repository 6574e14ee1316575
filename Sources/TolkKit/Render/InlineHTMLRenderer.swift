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

    func render(_ text: InlineText) -> String {
        var out = ""
        var open: [(id: String, tag: String)] = []
        for element in text.elements {
            switch element {
            case .text(let value):
                out += isolateNumberGroups ? NumberGroups.isolate(value) : HTML.escape(value)
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
                out += standalone(code)
            }
        }
        for entry in open.reversed() where !entry.tag.isEmpty { out += "</\(entry.tag)>" }
        return out
    }

    private func startTag(_ code: InlineCode) -> (String, String) {
        switch code {
        case .emphasis: ("<em>", "em")
        case .strong: ("<strong>", "strong")
        case .strikethrough: ("<del>", "del")
        case .link(let url):
            if let safe = HTML.safeURL(url) { ("<a href=\"\(HTML.escape(safe))\">", "a") } else { ("", "") }
        default: ("", "")
        }
    }

    private func standalone(_ code: InlineCode) -> String {
        switch code {
        case .code(let text): "<code>\(HTML.escape(text))</code>"
        case .lineBreak: "<br>"
        case .placeholder(let name): HTML.escape(placeholderValue(name) ?? name)
        case .image(let src, let altUnit):
            if let safe = HTML.safeURL(src) {
                "<img src=\"\(HTML.escape(isRelative(safe) ? root + safe : safe))\" alt=\"\(HTML.escape(altText(altUnit)))\">"
            } else { "" }
        default: ""
        }
    }

    private func isRelative(_ url: String) -> Bool { !url.contains(":") && !url.hasPrefix("/") }
}

/// Finds runs of digit groups separated by spaces or hyphens ("116 117", "22 00 00 00").
enum NumberGroups {
    /// The text escaped, with each multi-group number wrapped in `<span dir="ltr">`.
    static func isolate(_ text: String) -> String {
        var out = ""
        var pending = ""
        var groups = 0
        var index = text.startIndex
        func flush() {
            guard !pending.isEmpty else { return }
            var trailing = ""
            while let last = pending.last, !last.isNumber { trailing.insert(pending.removeLast(), at: trailing.startIndex) }
            out += groups > 1 ? "<span dir=\"ltr\">\(HTML.escape(pending))</span>" : HTML.escape(pending)
            out += HTML.escape(trailing)
            pending = ""
            groups = 0
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isNumber && character.wholeNumberValue != nil {
                if pending.isEmpty || !(pending.last!.isNumber) { groups += 1 }
                pending.append(character)
            } else if (character == " " || character == "\u{00A0}" || character == "-"), let last = pending.last, last.isNumber,
                      let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
                      text[next].wholeNumberValue != nil {
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
}
