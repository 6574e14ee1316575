/// Rendering a plan the way swift-mustache renders the same template (see `Template+Render`
/// there): values are looked up through the stack, a dotted name's first part decides where.
extension RenderPlan {
    /// A value the plan does not know (a lambda, an optional, a struct read by Mirror): the
    /// whole template is then rendered by swift-mustache.
    struct Unsupported: Error {}

    /// Appends the template over `context` to `out`; throws for values it does not know.
    func render(_ context: [String: Any], partials: CompiledTemplates, into out: inout String) throws(Unsupported) {
        var stack: [Any] = [context]
        try Self.render(nodes, stack: &stack, partials: partials, into: &out)
    }

    private static func render(_ nodes: [Node], stack: inout [Any], partials: CompiledTemplates,
                               into out: inout String) throws(Unsupported) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .variable(let name, let transforms, let escaped):
                guard let value = try lookup(name, transforms, in: stack) else { continue }
                let text = try Self.text(of: value)
                out += escaped ? HTML.escape(text) : text
            case .section(let name, let transforms, let inner):
                guard let value = try lookup(name, transforms, in: stack) else { continue }
                switch value {
                case let array as [Any]:
                    for element in array {
                        stack.append(element)
                        try render(inner, stack: &stack, partials: partials, into: &out)
                        stack.removeLast()
                    }
                case let bool as Bool:
                    if bool { try render(inner, stack: &stack, partials: partials, into: &out) }
                case is String, is Int, is Double, is [String: Any]:
                    stack.append(value)
                    try render(inner, stack: &stack, partials: partials, into: &out)
                    stack.removeLast()
                default:
                    throw Unsupported()
                }
            case .invertedSection(let name, let transforms, let inner):
                guard let value = try lookup(name, transforms, in: stack) else {
                    try render(inner, stack: &stack, partials: partials, into: &out)
                    continue
                }
                switch value {
                case let array as [Any]:
                    // swift-mustache renders an empty list's inverted section with the list on the stack.
                    guard array.isEmpty else { continue }
                    stack.append(array)
                    try render(inner, stack: &stack, partials: partials, into: &out)
                    stack.removeLast()
                case let bool as Bool:
                    if !bool { try render(inner, stack: &stack, partials: partials, into: &out) }
                case is String, is Int, is Double, is [String: Any]:
                    continue
                default:
                    throw Unsupported()
                }
            case .partial(let name):
                guard partials.names.contains(name) else { continue }  // swift-mustache renders nothing
                guard let plan = partials.plans[name] else { throw Unsupported() }
                try render(plan.nodes, stack: &stack, partials: partials, into: &out)
            }
        }
    }

    /// The text of a variable's value, as swift-mustache's `String(describing:)` gives it.
    private static func text(of value: Any) throws(Unsupported) -> String {
        switch value {
        case let string as String: return string
        case let bool as Bool: return bool ? "true" : "false"
        case let int as Int: return String(int)
        case let double as Double: return String(describing: double)
        default: throw Unsupported()
        }
    }

    /// A name's value: its first part from the nearest stack entry that has it, the rest below
    /// that; then the transforms, last first.
    private static func lookup(_ name: Name, _ transforms: [String], in stack: [Any]) throws(Unsupported) -> Any? {
        var value: Any?
        if name.isCurrent || name.components.isEmpty {
            value = stack.last
        } else if name.topOnly {
            value = try descend(name.components[...], from: stack.last!)
        } else {
            for object in stack.reversed() {
                if let child = try child(name.components[0], of: object) {
                    value = try descend(name.components.dropFirst(), from: child)
                    break
                }
            }
        }
        guard var result = value else { return nil }
        for transform in transforms.reversed() {
            precondition(transform == "empty", "the plan compiles only the empty transform")
            switch result {
            case let string as String: result = string.isEmpty
            case let array as [Any]: result = array.isEmpty
            case let dictionary as [String: Any]: result = dictionary.isEmpty
            default: throw Unsupported()
            }
        }
        return result
    }

    private static func descend(_ components: ArraySlice<String>, from object: Any) throws(Unsupported) -> Any? {
        var object = object
        for component in components {
            guard let child = try child(component, of: object) else { return nil }
            object = child
        }
        return object
    }

    /// A dictionary's entry; the other known values have no named children (as by Mirror).
    private static func child(_ name: String, of object: Any) throws(Unsupported) -> Any? {
        switch object {
        case let dictionary as [String: Any]: return dictionary[name]
        case is String, is Bool, is Int, is Double, is [Any]: return nil
        default: throw Unsupported()
        }
    }
}
