import Mustache

/// A Mustache template compiled once into a plan that renders over Tolk's context values
/// (`[String: Any]`, arrays, strings, Bool, numbers) with a context stack into one buffer,
/// instead of swift-mustache's Mirror and protocol casts at every lookup.
///
/// The plan is compiled from swift-mustache's own parse of the template, so tag syntax and the
/// standalone-line whitespace rules are exactly swift-mustache's (set-delimiter tags are already
/// applied by that parse). What the plan does not know (inheritance blocks, dynamic or indented
/// partials, other content types, transforms other than `empty`, or token shapes of another
/// swift-mustache version) makes compiling fail; a value it does not know (a lambda, a struct,
/// a nil optional) makes that render fail; in both cases `CompiledTemplates` renders the
/// template with swift-mustache.
struct RenderPlan: Sendable {
    /// A part of a template.
    enum Node: Sendable {
        case text(String)
        case variable(Name, transforms: [String], escaped: Bool)
        case section(Name, transforms: [String], [Node])
        case invertedSection(Name, transforms: [String], [Node])
        case partial(String)
    }

    /// A tag's name, split once.
    struct Name: Sendable {
        /// `.`: the top of the context stack.
        var isCurrent: Bool
        /// A name starting with `.` is looked up in the top of the stack only.
        var topOnly: Bool
        var components: [String]

        init(_ name: String) {
            isCurrent = name == "."
            topOnly = name.first == "."
            components = name.split(separator: ".").map(String.init)
        }
    }

    let nodes: [Node]

    /// Compiles a parsed template; nil when it uses something the plan does not render.
    /// The first token must be Tolk's content-type pragma (see `FastHTMLEscaping`).
    init?(_ template: MustacheTemplate) {
        guard let tokens = Self.tokens(of: template), case .contentType? = tokens.first.map(Self.kind),
              Self.isTolkContentType(tokens[0]), let nodes = Self.nodes(Array(tokens.dropFirst())) else { return nil }
        self.nodes = nodes
    }

    private enum Kind { case contentType, other }
    private static func kind(_ token: Any) -> Kind {
        Mirror(reflecting: token).children.first?.label == "contentType" ? .contentType : .other
    }

    private static func isTolkContentType(_ token: Any) -> Bool {
        Mirror(reflecting: token).children.first.map { $0.value is FastHTMLEscaping } ?? false
    }

    /// The tokens of a parsed template, read by reflection (swift-mustache keeps them internal).
    private static func tokens(of template: MustacheTemplate) -> [Any]? {
        Mirror(reflecting: template).children.first { $0.label == "tokens" }?.value as? [Any]
    }

    private static func nodes(_ tokens: [Any]) -> [Node]? {
        var nodes: [Node] = []
        for token in tokens {
            guard let node = node(token) else { return nil }
            nodes.append(node)
        }
        return nodes
    }

    /// One token as a node: the enum case's label and its payload's values in order.
    private static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let (label, payload) = mirror.children.first.map({ ($0.label, $0.value) }) else { return nil }
        let values = Mirror(reflecting: payload).children.map(\.value)
        switch label {
        case "text":
            return (payload as? String).map(Node.text)
        case "variable", "unescapedVariable":
            guard values.count == 2, let name = values[0] as? String, let transforms = values[1] as? [String],
                  supports(name, transforms) else { return nil }
            return .variable(Name(name), transforms: transforms, escaped: label == "variable")
        case "section", "invertedSection":
            guard values.count == 3, let name = values[0] as? String, let transforms = values[1] as? [String],
                  supports(name, transforms), let template = values[2] as? MustacheTemplate,
                  let tokens = tokens(of: template), let inner = nodes(tokens) else { return nil }
            return label == "section" ? .section(Name(name), transforms: transforms, inner)
                : .invertedSection(Name(name), transforms: transforms, inner)
        case "partial":
            // Only partials without indentation and without inherited blocks.
            guard values.count == 3, let name = values[0] as? String, (values[1] as? String ?? "").isEmpty,
                  values[2] as? [String: MustacheTemplate] == nil else { return nil }
            return .partial(name)
        default:
            return nil
        }
    }

    /// Transforms: only `empty`, on a named value (not the sequence context).
    private static func supports(_ name: String, _ transforms: [String]) -> Bool {
        transforms.allSatisfy { $0 == "empty" } && !(name.isEmpty && !transforms.isEmpty)
    }
}
