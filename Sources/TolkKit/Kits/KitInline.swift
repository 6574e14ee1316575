/// Inline codes as the kit formats write them. XLIFF 1.2 has `<g>` for a code around text and
/// `<x/>` for one that stands alone (`<bx/>`/`<ex/>` when codes overlap); PO has no codes, so
/// they become numbered tags a translator can move like words: `<1>…</1>` and `<2/>`.
enum KitInline {
    /// The XLIFF 1.2 `ctype` of a code (its standard values where there is one).
    static func ctype(_ code: InlineCode) -> String {
        switch code {
        case .emphasis: "italic"
        case .strong: "bold"
        case .strikethrough: "x-strike"
        case .link: "link"
        case .code: "x-code"
        case .lineBreak: "lb"
        case .placeholder: "x-placeholder"
        case .image: "image"
        case .cueSpan: "x-cue"
        case .unknown: "x-unknown"
        }
    }

    /// XLIFF 1.2 inline content.
    static func xliff12(_ text: InlineText) -> String {
        let nested = text.isWellNested
        var codes: [String: InlineCode] = [:]
        var out = ""
        for element in text.elements {
            switch element {
            case .text(let value): out += XLIFF12Writer.escape(value)
            case .placeholder(let id, let code):
                out += "<x id=\"\(XLIFF12Writer.escape(id, attribute: true))\" ctype=\"\(ctype(code))\"\(equiv(code))/>"
            case .open(let id, let code):
                codes[id] = code
                out += nested ? "<g id=\"\(XLIFF12Writer.escape(id, attribute: true))\" ctype=\"\(ctype(code))\"\(equiv(code))>"
                    : "<bx id=\"\(XLIFF12Writer.escape(id, attribute: true))\" rid=\"\(XLIFF12Writer.escape(id, attribute: true))\" ctype=\"\(ctype(code))\"/>"
            case .close(let id):
                out += nested ? "</g>" : "<ex id=\"\(XLIFF12Writer.escape(id, attribute: true))-end\" rid=\"\(XLIFF12Writer.escape(id, attribute: true))\"/>"
            }
        }
        return out
    }

    /// What a placeholder or code stands for, shown by tools that display `equiv-text`.
    private static func equiv(_ code: InlineCode) -> String {
        switch code {
        case .placeholder(let name): " equiv-text=\"\(XLIFF12Writer.escape(name, attribute: true))\""
        case .code(let text): " equiv-text=\"\(XLIFF12Writer.escape(text, attribute: true))\""
        default: ""
        }
    }

    /// PO text with numbered tags.
    static func po(_ text: InlineText) -> String {
        text.elements.reduce(into: "") { out, element in
            switch element {
            case .text(let value): out += value
            case .placeholder(let id, _): out += "<\(id)/>"
            case .open(let id, _): out += "<\(id)>"
            case .close(let id): out += "</\(id)>"
            }
        }
    }

    /// A PO comment that says what each tag stands for, nil when the text has none.
    static func poLegend(_ text: InlineText) -> String? {
        var parts: [String] = []
        for element in text.elements {
            switch element {
            case .placeholder(let id, let code): parts.append("<\(id)/> = \(describe(code))")
            case .open(let id, let code): parts.append("<\(id)>…</\(id)> = \(describe(code))")
            default: break
            }
        }
        guard !parts.isEmpty else { return nil }
        return "Tags: " + parts.joined(separator: "; ") + ". Keep each tag, around the words it belongs to."
    }

    private static func describe(_ code: InlineCode) -> String {
        switch code {
        case .emphasis: "italic"
        case .strong: "bold"
        case .strikethrough: "struck through"
        case .link(let url): "link to \(url)"
        case .code(let text): "code `\(text)`"
        case .lineBreak: "line break"
        case .placeholder(let name): "the number \(name)"
        case .image(let src, _): "image \(src)"
        case .cueSpan(let tag): "subtitle span <\(tag)>"
        case .unknown: "a code"
        }
    }

    /// Reads PO text back: tags `<N>`, `</N>` and `<N/>` whose N is a code of `source` become
    /// codes (the rest is text, so a `<` typed in a translation stays a `<`).
    static func readPO(_ text: String, source: InlineText) -> InlineText {
        var ids: Set<String> = []
        for element in source.elements {
            switch element {
            case .placeholder(let id, _), .open(let id, _): ids.insert(id)
            default: break
            }
        }
        return readPO(text, ids: ids).resolvingCodes(from: source)
    }

    /// PO text with the tags of `ids` as codes; nil `ids`: every tag whose N is a number (to
    /// compare the source of a unit whose id changed with the sources it may have become).
    static func readPO(_ text: String, ids: Set<String>?) -> InlineText {
        var elements: [InlineElement] = []
        var pending = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "<", let (element, end) = tag(in: text, at: index, ids: ids) {
                if !pending.isEmpty { elements.append(.text(pending)); pending = "" }
                elements.append(element)
                index = end
            } else {
                pending.append(text[index])
                index = text.index(after: index)
            }
        }
        if !pending.isEmpty { elements.append(.text(pending)) }
        return InlineText(elements)
    }

    private static func tag(in text: String, at start: String.Index, ids: Set<String>?) -> (InlineElement, String.Index)? {
        guard let close = text[start...].firstIndex(of: ">") else { return nil }
        var inner = text[text.index(after: start)..<close]
        let closing = inner.hasPrefix("/")
        let selfClosing = inner.hasSuffix("/")
        if closing { inner = inner.dropFirst() }
        if selfClosing { inner = inner.dropLast() }
        let id = String(inner)
        guard !(closing && selfClosing), !id.isEmpty, ids?.contains(id) ?? id.allSatisfy(\.isASCIIDigit) else { return nil }
        let element: InlineElement = closing ? .close(id: id) : selfClosing ? .placeholder(id: id, code: .unknown) : .open(id: id, code: .unknown)
        return (element, text.index(after: close))
    }

}
