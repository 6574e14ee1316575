import CLibXML2
import Foundation

/// Reads XLIFF 1.2 files as tools return them: trans-units in groups, `<g>`, `<x/>`,
/// `<bx/>`/`<ex/>`, `<ph>`/`<bpt>`/`<ept>`/`<it>` codes, `<mrk>` marks, and the
/// `state` and `approved` attributes.
enum XLIFF12Reader {
    static func read(_ root: XMLElement, path: String, kitPath: String) -> Staged<ReturnedFile?> {
        let namespace = XMLNamespaceName(href: root.node.pointee.ns?.pointee.href)
        let files = root.elements("file", namespace: root.namespace)
        guard let file = files.first else {
            return Staged(nil, diagnostics: [.error("import", at: root.location, "this XLIFF 1.2 file has no <file>",
                hint: "send back the file as it came in the kit, translated")])
        }
        var units: [ReturnedUnit] = []
        collect(file, namespace: namespace, path: path, into: &units)
        return Staged(ReturnedFile(format: .xliff12, path: path, kitPath: kitPath, original: file.attribute("original"),
                                   targetLanguage: file.attribute("target-language"), units: units))
    }

    private static func collect(_ parent: XMLElement, namespace: XMLNamespaceName, path: String, into units: inout [ReturnedUnit]) {
        parent.forEachElement { element in
            guard element.isIn(namespace) else { return }
            if element.isNamed("body") || element.isNamed("group") {
                collect(element, namespace: namespace, path: path, into: &units)
            } else if element.isNamed("trans-unit"), let id = element.attribute(named: "id") {
                let source = element.firstElement("source", namespace: namespace)
                let target = element.firstElement("target", namespace: namespace)
                let stateName = target?.attribute(named: "state")
                var state = stateName.flatMap(Self.state)
                if element.attribute(named: "approved") == "yes" { state = max(state ?? .reviewed, .reviewed) }
                units.append(ReturnedUnit(id: id, source: InlineText(inline(source, namespace: namespace)),
                                          target: target.map { InlineText(inline($0, namespace: namespace)) },
                                          stateName: element.attribute(named: "approved") == "yes" ? "approved" : stateName,
                                          state: state, location: element.fastLocation))
            }
        }
    }

    /// What an XLIFF 1.2 state says in Tolk's terms: `translated` is translated, `signed-off`
    /// reviewed, `final` final; `new` and every `needs-…` state is not confirmed.
    static func state(_ name: String) -> TranslationState? {
        switch name {
        case "translated": .translated
        case "signed-off": .reviewed
        case "final": .final
        case "new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
             "needs-review-adaptation", "needs-review-l10n": .initial
        default: nil
        }
    }

    private static func inline(_ element: XMLElement?, namespace: XMLNamespaceName) -> [InlineElement] {
        guard let element else { return [] }
        var out: [InlineElement] = []
        func text(_ value: String) {
            if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + value) } else { out.append(.text(value)) }
        }
        func walk(_ parent: XMLElement) {
            var child = parent.node.pointee.children
            while let current = child {
                child = current.pointee.next
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { text(String(cString: content)) }
                case XML_ELEMENT_NODE:
                    let inner = XMLElement(node: current, document: parent.document)
                    let id = inner.attribute(named: "id") ?? ""
                    let rid = inner.attribute(named: "rid") ?? id
                    if inner.isNamed("g") {
                        out.append(.open(id: id, code: .unknown)); walk(inner); out.append(.close(id: id))
                    } else if inner.isNamed("x") || inner.isNamed("ph") || inner.isNamed("it") {
                        out.append(.placeholder(id: id, code: .unknown))
                    } else if inner.isNamed("bx") || inner.isNamed("bpt") {
                        out.append(.open(id: rid, code: .unknown))
                    } else if inner.isNamed("ex") || inner.isNamed("ept") {
                        out.append(.close(id: rid))
                    } else if inner.isNamed("mrk") {
                        walk(inner)
                    } else if !inner.isIn(namespace) {
                        text(inner.text)
                    }
                default: break
                }
            }
        }
        walk(element)
        return out
    }
}
