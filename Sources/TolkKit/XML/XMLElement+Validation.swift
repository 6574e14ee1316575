import CLibXML2

/// An attribute with the prefix it was written with, for messages that quote the file.
public struct XMLQualifiedAttribute: Sendable {
    /// The namespace URI, or nil for an unqualified attribute.
    public var namespace: String?
    /// The prefix as written (`xml`, `fs`, `my`), or nil.
    public var prefix: String?
    /// The local name.
    public var name: String
    /// The value.
    public var value: String

    /// The name as written in the file: `prefix:name` or `name`.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
}

extension XMLElement {
    /// The namespace prefix the element was written with, or nil (default namespace or none).
    public var prefix: String? {
        guard let ns = node.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix)
    }

    /// The name as written in the file: `prefix:name` or `name`.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    /// All attributes with their prefixes, in document order.
    public var qualifiedAttributes: [XMLQualifiedAttribute] {
        var result: [XMLQualifiedAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let ns = current.pointee.ns
            var value = ""
            if let raw = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current))) {
                value = String(cString: raw)
                tolk_xml_free(raw)
            }
            result.append(XMLQualifiedAttribute(
                namespace: ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                prefix: ns.flatMap { $0.pointee.prefix.map { String(cString: $0) } },
                name: String(cString: current.pointee.name),
                value: value))
            attribute = current.pointee.next
        }
        return result
    }
}
