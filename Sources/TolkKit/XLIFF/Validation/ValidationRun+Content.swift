import Foundation

extension ValidationRun {
    /// Checks a core element against its rule (attributes and content) and returns its child
    /// elements, so the caller walks on without asking the DOM again.
    @discardableResult
    func checkElement(_ element: XMLElement) -> [XMLElement] {
        // Texts are looked at only where they may not stand: making strings of every source
        // and target text only to skip them was most of what validating cost.
        let elements = element.childElements
        guard let rule = ElementRule.named(element, version22: isVersion22) else { return elements }
        checkAttributes(element, rule: rule)
        switch rule.content {
        case .structure(let slots):
            checkNoText(in: element)
            checkOrder(of: elements, in: element, slots: slots)
        case .inline:
            for child in elements where !(isCore(child) && ElementRule.hasInlineName(child)) {
                reportInline(child, in: element)
            }
        case .data:
            for child in elements where !(isCore(child) && child.isNamed("cp")) {
                report(child, "<data> cannot contain <\(child.qualifiedName)>; original data is text and <cp> only")
            }
        case .text:
            for child in elements { report(child, "<\(element.name)> cannot contain <\(child.qualifiedName)>; it holds text only") }
        case .skeleton:
            for child in elements where !isForeign(child) {
                report(child, "<skeleton> cannot contain <\(child.qualifiedName)>; only text and elements of other namespaces may stand there")
            }
        case .empty:
            if let child = elements.first {
                report(child, "\(element.display) must be empty, but it contains <\(child.qualifiedName)>")
            } else if element.hasNonEmptyText {
                report(element, "\(element.display) must be empty, but it contains text")
            }
        }
        return elements
    }

    /// A source or target holds text and XLIFF's inline codes only. An element XLIFF does not
    /// have is most often markup typed into a translation (`<b>`, `<br/>`): say that its words
    /// would be lost, since that is what happens to them on the page.
    private func reportInline(_ child: XMLElement, in element: XMLElement) {
        let allowed = "only text and XLIFF's inline codes (<ph>, <pc>, <sc>, <ec>, <mrk>, <sm>, <em>, <cp>) may stand there"
        if isCore(child), ElementRule.named(child.name, version22: isVersion22) == nil {
            report(child, "<\(element.name)> cannot contain <\(child.qualifiedName)>: XLIFF has no such element, so the words in it would be lost; \(allowed)",
                   hint: "remove the <\(child.qualifiedName)> tags and keep the words; for formatting or a link, keep the codes the source has (<pc>, <ph>) as they are")
        } else {
            report(child, "<\(element.name)> cannot contain <\(child.qualifiedName)>; \(allowed)")
        }
    }

    /// Whether an element is from a namespace other than XLIFF's (an extension or a module).
    func isForeign(_ element: XMLElement) -> Bool {
        guard let namespace = element.namespaceHref else { return false }
        return !Self.isCoreNamespace(namespace)
    }

    private func checkNoText(in element: XMLElement) {
        guard let text = element.firstNonWhitespaceText else { return }
        let snippet = text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(30)
        report(element, "<\(element.name)> cannot contain text (\"\(snippet)\"); text belongs in <source>, <target> or <note>")
    }

    /// Matches the children against the slots in order, reporting misplaced, repeated, unknown
    /// and missing children.
    private func checkOrder(of elements: [XMLElement], in parent: XMLElement, slots: [ContentSlot]) {
        // The counts live on the stack: this runs for every structural element.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: slots.count) { counts in
            counts.initialize(repeating: 0)
            checkOrder(of: elements, in: parent, slots: slots, counts: counts)
        }
    }

    private func checkOrder(of elements: [XMLElement], in parent: XMLElement, slots: [ContentSlot],
                            counts: UnsafeMutableBufferPointer<Int>) {
        var current = 0
        for child in elements {
            // The slots that take this child, as bits (a content model has a handful of slots).
            var accepting = Accepting()
            for index in slots.indices where accepts(slots[index], child) { accepting.insert(index) }
            if let next = slots.indices.first(where: { accepting.contains($0) && ($0 > current || ($0 == current && counts[$0] < slots[$0].max)) }) {
                for skipped in current..<next where counts[skipped] < slots[skipped].min {
                    report(child, "<\(parent.name)> needs \(label(slots[skipped])) before <\(child.qualifiedName)>")
                    counts[skipped] = slots[skipped].min
                }
                current = next
                counts[next] += 1
            } else if accepting.contains(current) {
                report(child, "<\(parent.name)> has more than one <\(child.qualifiedName)>")
            } else if !accepting.isEmpty {
                report(child, "<\(child.qualifiedName)> is out of place in <\(parent.name)>: the order is \(order(of: slots))")
            } else if isForeign(child) {
                report(child, "<\(parent.name)> cannot contain extension elements such as <\(child.qualifiedName)>",
                       hint: "extension elements may stand in <file>, <group> and <unit>, before their <notes>")
            } else {
                report(child, "<\(parent.name)> cannot contain <\(child.qualifiedName)>")
            }
        }
        for index in current..<slots.count where counts[index] < slots[index].min {
            report(parent, "<\(parent.name)> has no \(label(slots[index])); it needs at least one")
        }
    }

    private func accepts(_ slot: ContentSlot, _ element: XMLElement) -> Bool {
        switch slot.kind {
        case .core(let names): isCore(element) && names.contains { element.isNamed($0) }
        case .extensions: isForeign(element)
        case .module(let namespace, let name): element.namespace == namespace && element.name == name
        }
    }

    private func label(_ slot: ContentSlot) -> String {
        switch slot.kind {
        case .core(let names): names.map { String(describing: $0) }.sorted().map { "<\($0)>" }.joined(separator: " or ")
        case .extensions: "extension elements"
        case .module(_, let name): "<\(name)>"
        }
    }

    private func order(of slots: [ContentSlot]) -> String {
        slots.map(label).joined(separator: ", then ")
    }
}

/// A set of slot indices as bits, so matching a child against a content model allocates nothing.
private struct Accepting {
    private var bits: UInt64 = 0

    var isEmpty: Bool { bits == 0 }
    mutating func insert(_ index: Int) { bits |= 1 << UInt64(index) }
    func contains(_ index: Int) -> Bool { index < 64 && bits & (1 << UInt64(index)) != 0 }
}
