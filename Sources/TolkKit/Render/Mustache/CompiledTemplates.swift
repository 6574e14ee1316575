import Foundation
import Mustache

/// A theme's templates, registered with swift-mustache and, where they compile, as render
/// plans: a template renders by its plan, and by swift-mustache when it has none or meets a
/// value the plan does not know, so users' templates render exactly as before.
struct CompiledTemplates: Sendable {
    private(set) var library = MustacheLibrary()
    private(set) var plans: [String: RenderPlan] = [:]
    /// Every registered template, plan or not (a missing partial renders as nothing).
    private(set) var names: Set<String> = []
    /// Set by tests: every render is also done by swift-mustache and compared.
    var verification: PlanVerification?

    /// Registers a template's text (with Tolk's pragma in front); throws its syntax error.
    mutating func register(_ text: String, named name: String) throws {
        let template = try MustacheTemplate(string: text)
        library.register(template, named: name)
        names.insert(name)
        plans[name] = RenderPlan(template)
    }

    /// Renders a template by its plan, else by swift-mustache.
    func render(_ name: String, _ context: [String: Any]) -> String {
        guard let verification else { return renderByPlan(name, context) ?? renderBySwiftMustache(name, context) }
        let byPlan = renderByPlan(name, context)
        let expected = renderBySwiftMustache(name, context)
        verification.record(name, byPlan: byPlan, expected: expected)
        return expected
    }

    /// The plan's rendering; nil when the template has no plan or the context a value it does not know.
    func renderByPlan(_ name: String, _ context: [String: Any]) -> String? {
        guard let plan = plans[name] else { return nil }
        var out = ""
        do {
            try plan.render(context, partials: self, into: &out)
            return out
        } catch {
            return nil
        }
    }

    /// swift-mustache's rendering, which the plan must equal (tests compare the two).
    func renderBySwiftMustache(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

/// What a verified render found, by template name: renders the plan did, and those where it
/// differed from swift-mustache or had to leave the template to swift-mustache.
final class PlanVerification: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var planned: [String: Int] = [:]
    private(set) var fellBack: [String: Int] = [:]
    private(set) var mismatches: [(name: String, plan: String, expected: String)] = []

    func record(_ name: String, byPlan: String?, expected: String) {
        lock.withLock {
            guard let byPlan else { fellBack[name, default: 0] += 1; return }
            planned[name, default: 0] += 1
            if byPlan != expected { mismatches.append((name, byPlan, expected)) }
        }
    }
}
