import Foundation
import Yams

/// YAML parsed with positions, so every problem in site.yml, front matter or an exercise can
/// point at a line and column.
public struct YAMLDocument {
    /// The root node, nil for an empty document.
    public let root: Yams.Node?
    /// The project-relative path.
    public let path: String
    /// Lines to add to Yams' line numbers (front matter starts after the `---` line).
    public let lineOffset: Int

    /// Parses YAML text. `lineOffset` is added to every reported line.
    public static func parse(_ text: String, path: String, lineOffset: Int = 0) -> Staged<YAMLDocument?> {
        do {
            // The encoding named: Yams' default reads the environment on every parse (a tenth of
            // loading a topic) and lets YAMS_DEFAULT_ENCODING change how files are read.
            let root = try Yams.compose(yaml: text, .default, .default, .utf8)
            return Staged(YAMLDocument(root: root, path: path, lineOffset: lineOffset))
        } catch let error as YamlError {
            return Staged(nil, diagnostics: [diagnostic(for: error, path: path, lineOffset: lineOffset)])
        } catch {
            return Staged(nil, diagnostics: [.error("yaml", at: SourceLocation(file: path, line: 1 + lineOffset), "the YAML could not be read: \(error)")])
        }
    }

    /// Where a node starts.
    public func location(of node: Yams.Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path, line: 1 + lineOffset) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        let hint = "check the indentation and quote text that contains ':' or starts with a special character"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            if let context, let opener = opener(of: context) {
                return unclosed(opener, at: context.mark, problem: problem, stopped: mark, path: path, lineOffset: lineOffset)
            }
            return .error("yaml", at: SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column),
                          "the YAML is malformed: \(problem)", hint: hint)
        case .composer(_, let problem, let mark, _):
            return .error("yaml", at: SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column),
                          "the YAML is malformed: \(problem)", hint: hint)
        case .reader(let problem, _, _, _):
            return .error("encoding", at: SourceLocation(file: path, line: 1 + lineOffset),
                          "the file could not be read: \(problem)", hint: "save the file as UTF-8 text")
        default:
            return .error("yaml", at: SourceLocation(file: path, line: 1 + lineOffset), "the YAML is malformed: \(error)", hint: hint)
        }
    }
}

extension YAMLDocument {
    /// What libyaml was inside when it gave up, when that is something opened and not closed:
    /// `[` of a list, `{` of a mapping, a quote. Nil for other contexts (indentation and the like).
    private static func opener(of context: YamlError.Context) -> String? {
        switch context.text {
        case "while parsing a flow sequence": "`[`"
        case "while parsing a flow mapping": "`{`"
        case "while scanning a quoted scalar": "quote"
        default: nil
        }
    }

    /// An unclosed bracket or quote is reported where it opens, which is where it is fixed;
    /// where libyaml stopped looking (often lines later, at the next key) is in the message.
    private static func unclosed(_ opener: String, at open: Mark, problem: String, stopped: Mark, path: String,
                                 lineOffset: Int) -> Diagnostic {
        let hint = switch opener {
        case "`[`": "add the missing `]`, or put text that starts with `[` in quotes"
        case "`{`": "add the missing `}`, or put text that starts with `{` in quotes"
        default: "add the closing quote (the same kind as the opening one)"
        }
        return .error("yaml", at: SourceLocation(file: path, line: open.line + lineOffset, column: open.column),
            "the YAML is malformed: the \(opener) here is never closed (reading stopped at line \(stopped.line + lineOffset), "
                + "column \(stopped.column): \(problem))",
            hint: hint)
    }
}

extension Yams.Node {
    /// The scalar's text, or nil when the node is not a scalar.
    var text: String? { scalar?.string }

    /// The value for a key in a mapping.
    subscript(key key: String) -> Yams.Node? {
        mapping?[Yams.Node(key)]
    }

    /// The keys of a mapping, in file order, with their nodes.
    var orderedPairs: [(key: String, keyNode: Yams.Node, value: Yams.Node)] {
        guard let mapping else { return [] }
        return mapping.map { ($0.key.text ?? "", $0.key, $0.value) }
    }
}
