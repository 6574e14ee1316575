import Foundation

/// Checks XLIFF 2.0, 2.1 and 2.2 files against the core rules of the OASIS specification,
/// the engine of `tolk validate` and of every translation Tolk reads (`XLIFFReader` runs it on
/// the tree it has parsed, so `tolk check` and the build apply the same rules; there is no
/// second copy). It goes beyond the XML schema: ids unique in their scope,
/// references that resolve (`startRef`, `dataRef`, `copyOf`, `subFlows`, comment `ref`),
/// editing hints (`canCopy`, `canDelete`, `canReorder`), languages, target `order`, and
/// extensions only where XLIFF allows them. Module elements are checked by name only.
///
/// The rules are spread over small files: `ElementRules` (the table of elements, attributes
/// and content), `ValidationRun+*` (the walk over the document), `UnitRules+*` (the rules that
/// need a whole unit). Every problem is an error with the check name `xliff`.
public enum XLIFFValidator {
    /// The check name of every problem the validator reports.
    public static let check = "xliff"

    /// Validates one file's bytes against the XLIFF 2 core rules. `path` is used in diagnostics.
    public static func validate(_ data: Data, path: String) -> [Diagnostic] {
        let parsed = XMLDocument.parse(data, path: path)
        guard let document = parsed.value else { return parsed.diagnostics }
        return problems(in: document).map(\.diagnostic)
    }

    /// Validates a document already parsed, in document order.
    static func problems(in document: XMLDocument) -> [XLIFFProblem] {
        guard let root = document.root else { return [] }
        guard root.name == "xliff", XLIFFNamespace.isCore(root.namespace) else {
            return [XLIFFProblem(diagnostic: .error(
                check, at: root.location,
                "the root element is <\(root.qualifiedName)>\(root.namespace.map { " in the namespace \($0)" } ?? ""); an XLIFF 2 file starts with <xliff xmlns=\"\(XLIFFNamespace.core20)\">",
                hint: "export XLIFF 2.0, 2.1 or 2.2 from your translation tool (XLIFF 1.2 is not read); 2.0 and 2.1 use \(XLIFFNamespace.core20), 2.2 uses \(XLIFFNamespace.core22)"),
                inUnit: false)]
        }
        let run = ValidationRun(root: root)
        run.walkDocument(root)
        return run.problems
    }
}

/// One broken core rule, and whether it makes the whole file unusable or only one unit.
///
/// What a problem spoils follows from where it is:
/// - inside a `<unit>` (its attributes, notes, original data, segments, sources, targets and
///   their inline content: markup typed into a target, an unknown element or attribute, a
///   broken or repeated code, a duplicated unit id): that unit only. Its translation is not
///   used (the unit counts as not translated, with this one error and no `missing`, `stale` or
///   `state` finding), and the other units of the file load as usual;
/// - anywhere else (the root, `<xliff>`'s attributes, `<file>`, `<group>`, file-level notes
///   and skeletons, and a file with targets but no `trgLang`): the whole file. Nothing in it
///   can be trusted to be where it seems, so none of its units is used; the file gets these
///   errors and its units no finding of their own. A file that is not well-formed XML is
///   unusable in the same way, with one `xml` error.
struct XLIFFProblem {
    var diagnostic: Diagnostic
    /// Whether the problem lies inside a `<unit>` (and so spoils only that unit).
    var inUnit: Bool
}
