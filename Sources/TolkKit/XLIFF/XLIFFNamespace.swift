/// XLIFF namespaces Tolk reads and writes.
public enum XLIFFNamespace {
    /// XLIFF 2.0 and 2.1 core.
    public static let core20 = "urn:oasis:names:tc:xliff:document:2.0"
    /// XLIFF 2.2 core.
    public static let core22 = "urn:oasis:names:tc:xliff:document:2.2"
    /// The XML namespace (`xml:lang`, `xml:space`).
    public static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Whether a namespace URI is an XLIFF 2 core namespace.
    public static func isCore(_ uri: String?) -> Bool { uri == core20 || uri == core22 }
}
