import CLibXML2

/// An element of an `XMLDocument`. Keeps its document alive, so it is safe to hold.
public struct XMLElement: @unchecked Sendable {
    let node: xmlNodePtr
    /// The document that owns the node.
    public let document: XMLDocument

    init(node: xmlNodePtr, document: XMLDocument) {
        self.node = node
        self.document = document
    }

    /// The local name, without prefix.
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, or nil for no namespace.
    public var namespace: String? {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The line of the start tag.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// Where the start tag is, for diagnostics.
    public var location: SourceLocation {
        SourceLocation(file: document.path, line: line, column: document.column(ofTag: name, onLine: line))
    }

    /// The value of an attribute without namespace, or nil.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { tolk_xml_free(value) }
        return String(cString: value)
    }

    /// The value of an attribute in a namespace (e.g. `xml:lang` is in the XML namespace).
    public func attribute(_ name: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(node, name, namespace) else { return nil }
        defer { tolk_xml_free(value) }
        return String(cString: value)
    }

    /// All attributes: (namespace URI or nil, local name, value).
    public var attributes: [(namespace: String?, name: String, value: String)] {
        var result: [(String?, String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let namespace = current.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
            var value = ""
            if let raw = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current))) {
                value = String(cString: raw)
                tolk_xml_free(raw)
            }
            result.append((namespace, name, value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The child nodes, in order: elements and text (CDATA is delivered as text).
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(node: current, document: document)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.append(.text(String(cString: content))) }
            case XML_ENTITY_REF_NODE:
                // Entities are never expanded; keep the reference visible instead of losing it.
                result.append(.text("&\(String(cString: current.pointee.name));"))
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements with a local name in a namespace.
    public func elements(_ name: String, namespace: String?) -> [XMLElement] {
        elements.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The first child element with a local name in a namespace.
    public func element(_ name: String, namespace: String?) -> XMLElement? {
        elements.first { $0.name == name && $0.namespace == namespace }
    }

    /// All text inside the element, concatenated.
    public var text: String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { tolk_xml_free(raw) }
        return String(cString: raw)
    }
}

/// A node inside an element.
public enum XMLNode: Sendable {
    case element(XMLElement)
    case text(String)
}
