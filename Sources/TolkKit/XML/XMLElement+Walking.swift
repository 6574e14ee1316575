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
