/// Byte-level questions about text, for the hot paths of rendering and checking.
extension String {
    /// Whether any UTF-8 byte of the text satisfies `predicate`, scanning the contiguous storage
    /// (several times faster than the `utf8` view's iterator).
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: predicate) }
    }
}
