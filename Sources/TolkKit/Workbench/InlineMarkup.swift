/// The text form of a unit's source and target in the workbench API: XLIFF's inline markup
/// reduced to ids (`Les mer på <pc id="2">helsenorge.no</pc>.`, `Hold i <ph id="1"/> sekunder.`).
/// What a code stands for (the URL, the placeholder's name) always comes from the source, so a
/// client can move codes but cannot change what they mean.
public enum InlineMarkup {
    /// The markup of `text`: `<pc>` where codes nest, `<sc/>`/`<ec/>` otherwise.
    public static func render(_ text: InlineText) -> String {
        let nested = text.isWellNested
        var out = ""
        for element in text.elements {
            switch element {
            case .text(let value): out += escape(value)
            case .placeholder(let id, _): out += "<ph id=\"\(escape(id))\"/>"
            case .open(let id, _): out += nested ? "<pc id=\"\(escape(id))\">" : "<sc id=\"\(escape(id))\"/>"
            case .close(let id): out += nested ? "</pc>" : "<ec startRef=\"\(escape(id))\"/>"
            }
        }
        return out
    }

    /// Why markup from a client cannot be written to an XLIFF file.
    public struct Malformed: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a target written in markup, with each code taken from `source`. A code that is
    /// missing is allowed (the `inline-codes` check reports it); anything that would make the
    /// unit unreadable is refused: an unknown element or id, a code used twice, a `<pc>` for a
    /// code that stands alone or the other way round, tags that do not close or overlap.
    public static func parse(_ markup: String, source: InlineText) throws(Malformed) -> InlineText {
        var codes: [String: InlineCode] = [:]
        for element in source.elements {
            switch element {
            case .placeholder(let id, let code), .open(let id, let code): codes[id] = code
            default: break
            }
        }
        var elements: [InlineElement] = []
        var text = ""
        var open: [String] = []
        var used: Set<String> = []
        var rest = Substring(markup)
        func flush() {
            if !text.isEmpty { elements.append(.text(text)) }
            text = ""
        }
        func code(_ id: String, paired: Bool) throws(Malformed) -> InlineCode {
            guard let code = codes[id] else { throw Malformed(message: "the source has no code with id \"\(id)\"") }
            guard code.isPaired == paired else {
                throw Malformed(message: "code \(id) is \(code.isPaired ? "a pair (<pc>)" : "a placeholder (<ph/>)") in the source")
            }
            guard used.insert(id).inserted else { throw Malformed(message: "code \(id) is used twice") }
            return code
        }
        while let first = rest.first {
            if first == "&" {
                guard let end = rest.firstIndex(of: ";"), let value = entity(rest[rest.index(after: rest.startIndex)..<end]) else {
                    throw Malformed(message: "a `&` that starts no character reference (write &amp;)")
                }
                text.unicodeScalars.append(value)
                rest = rest[rest.index(after: end)...]
            } else if first == "<" {
                guard let end = rest.firstIndex(of: ">") else { throw Malformed(message: "a `<` that starts no code (write &lt;)") }
                let tag = Tag(rest[rest.index(after: rest.startIndex)..<end])
                rest = rest[rest.index(after: end)...]
                flush()
                switch (tag.name, tag.selfClosing) {
                case ("pc", false):
                    let id = try tag.value("id")
                    elements.append(.open(id: id, code: try code(id, paired: true)))
                    open.append(id)
                case ("/pc", false):
                    guard let id = open.popLast() else { throw Malformed(message: "a </pc> without its <pc>") }
                    elements.append(.close(id: id))
                case ("ph", true):
                    let id = try tag.value("id")
                    elements.append(.placeholder(id: id, code: try code(id, paired: false)))
                case ("sc", true):
                    let id = try tag.value("id")
                    elements.append(.open(id: id, code: try code(id, paired: true)))
                case ("ec", true):
                    let id = try tag.value("startRef")
                    guard used.contains(id), !elements.contains(.close(id: id)) else { throw Malformed(message: "an <ec/> for code \(id) that is not open") }
                    elements.append(.close(id: id))
                default:
                    throw Malformed(message: "<\(tag.raw)> is not a code of this text (only <pc>, <ph/>, <sc/> and <ec/> with the source's ids)")
                }
            } else {
                text.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        guard open.isEmpty else { throw Malformed(message: "<pc id=\"\(open.last!)\"> is not closed") }
        for element in elements {
            if case .open(let id, _) = element, !elements.contains(.close(id: id)) {
                throw Malformed(message: "<sc id=\"\(id)\"/> has no <ec/>")
            }
        }
        return InlineText(elements)
    }

    private struct Tag {
        var raw: String
        var name: String
        var selfClosing: Bool
        var attributes: [String: String] = [:]

        init(_ text: Substring) {
            raw = String(text)
            var body = text
            selfClosing = body.hasSuffix("/")
            if selfClosing { body = body.dropLast() }
            let parts = body.split(separator: " ", maxSplits: 1)
            name = parts.first.map(String.init) ?? ""
            guard parts.count == 2 else { return }
            // id="1" startRef='2': the only attributes a client sends.
            var rest = parts[1]
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].trimmingCharacters(in: .whitespaces)
                let after = rest[rest.index(after: equals)...].drop(while: { $0 == " " })
                guard let quote = after.first, quote == "\"" || quote == "'",
                      let close = after.dropFirst().firstIndex(of: quote) else { attributes["\u{0}"] = ""; return }
                attributes[key] = String(after[after.index(after: after.startIndex)..<close])
                rest = after[after.index(after: close)...]
            }
            if !rest.allSatisfy(\.isWhitespace) { attributes["\u{0}"] = "" }
        }

        func value(_ key: String) throws(Malformed) -> String {
            guard attributes["\u{0}"] == nil, let value = attributes[key], attributes.count == 1 else {
                throw Malformed(message: "<\(raw)> should be <\(name) \(key)=\"…\"\(selfClosing ? "/" : "")>")
            }
            return value
        }
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": "&"
        case "lt": "<"
        case "gt": ">"
        case "quot": "\""
        case "apos": "'"
        default:
            if name.hasPrefix("#x") { UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            else if name.hasPrefix("#") { UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            else { nil }
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

}
