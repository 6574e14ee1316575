/// A fragment identifier pointing into an XLIFF document, the part of a `ref` after `#`:
/// `#n=n1`, `#f=f1/u=u1/t=m2`, `#/f=f1/gls=g1`. Parsing checks the XLIFF 2 syntax rules.
struct FragmentIdentifier: Equatable {
    /// One step of the path: `prefix=id`, or a bare `id` (a segment or source inline element).
    struct Selector: Equatable {
        let prefix: String?
        let id: String
    }

    /// The result of parsing: the identifier, or why it is not valid (in words).
    enum Parsed: Equatable {
        case valid(FragmentIdentifier)
        case invalid(String)
    }

    /// Whether the expression starts with `/` (from the document, not from where it is used).
    let isAbsolute: Bool
    let selectors: [Selector]

    /// The selector with a given prefix, if any.
    func selector(_ prefix: String) -> Selector? { selectors.first { $0.prefix == prefix } }

    /// Prefixes that select a container (file, group, unit); all others end the path.
    private static let pathRanks: [String: Int] = ["f": 0, "g": 1, "u": 2]
    private static let corePrefixes: Set<String> = ["f", "g", "u", "n", "d", "t"]

    /// Parses the text after `#`.
    static func parse(_ text: Substring) -> Parsed {
        let isAbsolute = text.hasPrefix("/")
        let body = isAbsolute ? text.dropFirst() : text
        guard !body.isEmpty else { return .invalid("it is empty") }
        var selectors: [Selector] = []
        var prefixes: Set<String> = []
        for part in body.split(separator: "/", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let prefix = pieces.count == 2 ? String(pieces[0]) : nil
            let id = String(pieces[pieces.count - 1])
            if let prefix, let problem = problem(withPrefix: prefix) { return .invalid(problem) }
            guard XMLNames.isNMTOKEN(id) else { return .invalid("\"\(part)\" is not a valid selector (prefix=id or id)") }
            guard prefixes.insert(prefix ?? "").inserted else {
                return .invalid(prefix.map { "the prefix \"\($0)\" is used twice" } ?? "it has more than one selector without a prefix")
            }
            selectors.append(Selector(prefix: prefix, id: id))
        }
        if let problem = orderProblem(selectors) { return .invalid(problem) }
        return .valid(FragmentIdentifier(isAbsolute: isAbsolute, selectors: selectors))
    }

    private static func problem(withPrefix prefix: String) -> String? {
        if !XMLNames.isNMTOKEN(prefix) { return "the prefix \"\(prefix)\" is not a valid name" }
        if prefix.count == 1, !corePrefixes.contains(prefix) {
            return "\"\(prefix)\" is not one of XLIFF's one-letter prefixes (f, g, u, n, d, t)"
        }
        if prefix.count > 1, !XLIFFModule.fragmentPrefixes.contains(prefix) {
            return "the prefix \"\(prefix)\" is not registered for an XLIFF module or extension"
        }
        return nil
    }

    /// File, group and unit selectors come first, in that order; one other selector may end the path.
    private static func orderProblem(_ selectors: [Selector]) -> String? {
        var lastRank = -1
        for (index, selector) in selectors.enumerated() {
            if let rank = pathRanks[selector.prefix ?? ""] {
                guard rank > lastRank else { return "the selectors f=, g= and u= must come in that order" }
                lastRank = rank
            } else if index != selectors.count - 1 {
                let text = selector.prefix.map { "\($0)=\(selector.id)" } ?? selector.id
                return "the selector \"\(text)\" must be the last one"
            }
        }
        return nil
    }
}
