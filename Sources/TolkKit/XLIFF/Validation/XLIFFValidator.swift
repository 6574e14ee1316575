import Foundation

/// Checks XLIFF 2.0, 2.1 and 2.2 files against the core rules of the OASIS specification,
/// the engine of `tolk validate`. It goes beyond the XML schema: ids unique in their scope,
/// references that resolve (`startRef`, `dataRef`, `copyOf`, `subFlows`, comment `ref`),
/// editing hints (`canCopy`, `canDelete`, `canReorder`), languages, target `order`, and
/// extensions only where XLIFF allows them. Module elements are checked by name only.
///
/// The rules are spread over small files: `ElementRules` (the table of elements, attributes
/// and content), `ValidationRun+*` (the walk over the document), `UnitRules+*` (the rules that
/// need a whole unit). Every problem is an error with the check name `xliff-core`.
public enum XLIFFValidator {
    /// Validates one file's bytes against the XLIFF 2 core rules. `path` is used in diagnostics.
    public static func validate(_ data: Data, path: String) -> [Diagnostic] {
        let parsed = XMLDocument.parse(data, path: path)
        guard let document = parsed.value, let root = document.root else { return parsed.diagnostics }
        guard root.name == "xliff", XLIFFNamespace.isCore(root.namespace) else {
            return [.error(
                "xliff-core", at: root.location,
                "the root element is <\(root.qualifiedName)>\(root.namespace.map { " in the namespace \($0)" } ?? ""); an XLIFF 2 file starts with <xliff xmlns=\"\(XLIFFNamespace.core20)\">",
                hint: "XLIFF 2.0 and 2.1 use \(XLIFFNamespace.core20), XLIFF 2.2 uses \(XLIFFNamespace.core22); XLIFF 1.2 files are not XLIFF 2")]
        }
        let run = ValidationRun(root: root)
        run.walkDocument(root)
        return run.diagnostics
    }
}
