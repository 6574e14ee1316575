import CLibXML2

/// Cheap ways through an element for readers of large files: no arrays of children, and no
/// Swift strings for names that are only compared. `children`, `elements(_:namespace:)` and
/// `name` copy every text and name into Swift strings, which was most of the time it took to
/// read big XLIFF files. The answers are the same as those of the string-based API.
extension XMLElement {
    /// The child elements, in order, without making strings of the texts between them
    /// (`elements` goes through `children`, which does).
    var childElements: [XMLElement] {
        var result: [XMLElement] = []
        forEachElement { result.append($0) }
        return result
    }

    /// Calls `body` for each child element, in order.
    func forEachElement(_ body: (XMLElement) -> Void) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { body(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
    }

    /// The first child element with a local name in a namespace: `element(_:namespace:)`.
    func firstElement(_ name: StaticString, namespace: XMLNamespaceName) -> XMLElement? {
        var child = node.pointee.children
        while let current = child {
            let element = XMLElement(node: current, document: document)
            if current.pointee.type == XML_ELEMENT_NODE, element.isNamed(name), element.isIn(namespace) { return element }
            child = current.pointee.next
        }
        return nil
    }

    /// Whether the local name is `name` (an ASCII name: its bytes are all that can equal it).
    func isNamed(_ name: StaticString) -> Bool {
        xmlStrEqual(node.pointee.name, name.utf8Start) != 0
    }

    /// Whether the element is in `namespace`: the same as `namespace == self.namespace`.
    func isIn(_ namespace: XMLNamespaceName) -> Bool {
        namespace.matches(node.pointee.ns?.pointee.href)
    }

    /// `attribute(name)` without copying the value through libxml2 first: the value of the
    /// first attribute `name` without namespace, or nil.
    func attribute(named name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, xmlStrEqual(current.pointee.name, name.utf8Start) != 0 {
                // One text node is what libxml2 makes of any attribute without entity
                // references; others are left to libxml2's own reading of the value.
                if let text = current.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE,
                    let content = text.pointee.content {
                    return String(cString: content)
                }
                return self.attribute(String(describing: name))
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// `attribute(_:namespace:)` without copying the value through libxml2 first: the value of
    /// the first attribute `name` in `namespace` (compared as bytes, as libxml2 does), or nil.
    func attribute(named name: StaticString, namespace: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let href = current.pointee.ns?.pointee.href, xmlStrEqual(current.pointee.name, name.utf8Start) != 0,
               xmlStrEqual(href, namespace.utf8Start) != 0 {
                if let text = current.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE,
                    let content = text.pointee.content {
                    return String(cString: content)
                }
                return self.attribute(String(describing: name), namespace: String(describing: namespace))
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The namespace URI as libxml2 holds it, or nil: `namespace` without making a string.
    var namespaceHref: UnsafePointer<xmlChar>? { node.pointee.ns?.pointee.href }

    /// Whether the element has a text child (or an entity reference) that is not empty, as
    /// `children` would give it, without making strings of the texts.
    var hasNonEmptyText: Bool {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content, content.pointee != 0 { return true }
            case XML_ENTITY_REF_NODE:
                return true
            default:
                break
            }
            child = current.pointee.next
        }
        return false
    }

    /// The first text child that is not only XML white space (entity references count as text),
    /// as `children` would give it, or nil. Only that one text becomes a string.
    var firstNonWhitespaceText: String? {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content, !Self.isWhitespace(content) { return String(cString: content) }
            case XML_ENTITY_REF_NODE:
                return "&\(String(cString: current.pointee.name));"
            default:
                break
            }
            child = current.pointee.next
        }
        return nil
    }

    /// `XMLNames.isWhitespace` on the bytes: space, tab, CR and LF only (any other byte, valid
    /// UTF-8 or not, is a character that is not white space).
    private static func isWhitespace(_ text: UnsafePointer<xmlChar>) -> Bool {
        var pointer = text
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return false }
            pointer += 1
        }
        return true
    }

    /// Whether any attribute has another name than `name`, so a reader that ignores `name`
    /// can skip `attributes` (which makes strings of every attribute) when there is none.
    func hasAttributes(besides name: StaticString) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if xmlStrEqual(current.pointee.name, name.utf8Start) == 0 { return true }
            attribute = current.pointee.next
        }
        return false
    }

    /// `location`, without making a string of the name.
    var fastLocation: SourceLocation {
        let line = self.line
        return SourceLocation(file: document.path, line: line, column: document.column(ofTag: node.pointee.name, onLine: line))
    }
}

/// A namespace URI as libxml2 holds it (nil: no namespace), for comparing element namespaces
/// without strings. Valid while its document lives.
struct XMLNamespaceName {
    let href: UnsafePointer<xmlChar>?

    /// Whether `other` names the same namespace, as Swift compares strings: byte-equal, or (for
    /// non-ASCII URIs only) canonically equivalent.
    func matches(_ other: UnsafePointer<xmlChar>?) -> Bool {
        guard let href, let other else { return href == nil && other == nil }
        if href == other || xmlStrEqual(href, other) != 0 { return true }
        guard !Self.isASCII(href) || !Self.isASCII(other) else { return false }
        return String(cString: href) == String(cString: other)
    }

    private static func isASCII(_ text: UnsafePointer<xmlChar>) -> Bool {
        var pointer = text
        while pointer.pointee != 0 {
            if pointer.pointee >= 0x80 { return false }
            pointer += 1
        }
        return true
    }
}
