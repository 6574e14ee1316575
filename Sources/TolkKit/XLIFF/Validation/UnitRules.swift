/// The rules that look at a whole `<unit>` at once: ids shared by segments and inline elements,
/// references to original data and to other codes, and target order. The inline pairing,
/// editing hint and annotation rules are in the other `UnitRules+` files.
struct UnitRules {
    let run: ValidationRun
    let unit: UnitModel
    /// `unit.items(.source)` and `unit.items(.target)`, flattened once for all the rules.
    let sourceItems: [InlineItem]
    let targetItems: [InlineItem]

    init(run: ValidationRun, unit: UnitModel) {
        self.run = run
        self.unit = unit
        sourceItems = unit.items(.source)
        targetItems = unit.items(.target)
    }

    /// The inline items of all sources, or of all targets, in document order.
    func items(_ side: UnitPart.Side) -> [InlineItem] { side == .source ? sourceItems : targetItems }

    func check() {
        // Without inline elements only the target order can be wrong: every other rule here
        // looks at inline items (most units of a project are plain text).
        guard unit.parts.contains(where: { !$0.source.isEmpty || !($0.target?.isEmpty ?? true) }) else {
            return checkOrder()
        }
        checkInlineIDs()
        checkDataReferences()
        checkCopies()
        checkOrder()
        for side in [UnitPart.Side.source, .target] {
            checkSpans(side)
            checkMarkers(side)
        }
        checkReorderHints()
        checkSequences()
        checkNonRemovable()
        checkAnnotations()
    }

    func report(_ element: XMLElement, _ message: String, hint: String? = nil) {
        run.report(element, message, hint: hint)
    }

    /// Source inline ids share the unit's id space with segments and ignorables; target inline
    /// ids are unique among targets, and one that repeats a source id must be the same kind.
    private func checkInlineIDs() {
        let partIDs = Set(unit.parts.compactMap { $0.element.attribute("id") })
        var sourceIDs: [String: InlineItem] = [:]
        for item in items(.source) where item.declaresID {
            guard let id = item.id else { continue }
            if partIDs.contains(id) {
                report(item.element, "\(item.element.display) has the id of a <segment> or <ignorable> of this unit; ids must be unique within a unit")
            } else if sourceIDs[id] != nil {
                report(item.element, "\(item.element.display) uses an id that another inline element in the source of this unit already has")
            } else {
                sourceIDs[id] = item
            }
        }
        var targetIDs: Set<String> = []
        for item in items(.target) where item.declaresID {
            guard let id = item.id else { continue }
            if !targetIDs.insert(id).inserted {
                report(item.element, "\(item.element.display) uses an id that another inline element in the targets of this unit already has")
            } else if let match = sourceIDs[id], !Self.sameKind(match.element.name, item.element.name) {
                report(item.element, "\(item.element.display) in the target has the id of \(match.element.display) in the source; a target element with a source id must be the same kind of element")
            } else if partIDs.contains(id) {
                report(item.element, "\(item.element.display) has the id of a <segment> or <ignorable> of this unit; ids must be unique within a unit")
            }
        }
    }

    /// A `<pc>` may become an `<sc>`/`<ec>` pair in the target and back, keeping its id.
    private static func sameKind(_ a: String, _ b: String) -> Bool {
        a == b || Set([a, b]) == ["pc", "sc"]
    }

    private func checkDataReferences() {
        for item in items(.source) + items(.target) where [.ph, .pc, .sc, .ec].contains(item.kind) {
            for attribute in ["dataRef", "dataRefStart", "dataRefEnd"] {
                guard let ref = item.element.attribute(attribute), XMLNames.isNMTOKEN(ref), !unit.dataIDs.contains(ref) else {
                    continue
                }
                report(item.element, "\(item.element.display) points to original data \(attribute)=\"\(ref)\", but this unit has no <data id=\"\(ref)\">",
                       hint: unit.dataIDs.isEmpty ? "the unit has no <originalData>; add it, or remove \(attribute)" : nil)
            }
        }
    }

    /// A copy (`copyOf`) names a code of the unit that may be copied.
    private func checkCopies() {
        let codes = items(.source) + items(.target)
        var bases: [String: InlineItem] = [:]
        for item in codes where item.isCode && item.declaresID {
            if let id = item.id, bases[id] == nil { bases[id] = item }
        }
        for item in codes where item.isCode && item.kind != .pcEnd {
            guard let base = item.element.attribute("copyOf") else { continue }
            guard let original = bases[base] else {
                report(item.element, "\(item.element.display) is a copy of code \"\(base)\" (copyOf), but this unit has no code with that id")
                continue
            }
            if !original.hints.canCopy {
                report(item.element, "\(item.element.display) is a copy of \(original.element.display), which may not be copied (canCopy=\"no\")")
            }
            if ["dataRef", "dataRefStart", "dataRefEnd"].contains(where: { original.element.attribute($0) != nil }) {
                report(item.element, "\(item.element.display) is a copy of \(original.element.display), which has original data; a code with original data is repeated by pointing to the same <data>, not with copyOf")
            }
        }
    }

    /// Target `order` values are positions among the unit's segments and ignorables; a target
    /// without `order` takes its own position. No two targets may take the same position, and
    /// the place a moved target leaves is taken by another one.
    private func checkOrder() {
        let explicit = Set(unit.parts.compactMap(\.order))
        var taken: Set<Int> = []
        for (index, part) in unit.parts.enumerated() {
            guard let target = part.targetElement else { continue }
            let order = part.order ?? index + 1
            if order > unit.parts.count {
                report(target, "order=\"\(order)\" on <target> is larger than the number of segments and ignorables in this unit (\(unit.parts.count))")
            } else if !taken.insert(order).inserted {
                report(target, part.order == nil
                    ? "<target> without order takes position \(order) (its place in the unit), but another <target> of this unit already has order=\"\(order)\""
                    : "order=\"\(order)\" is used by two <target> elements of this unit; each position can be taken once")
            } else if part.order != nil, order != index + 1, !explicit.contains(index + 1) {
                report(target, "<target order=\"\(order)\"> leaves position \(index + 1) free, but no other <target> of this unit has order=\"\(index + 1)\"; the place of a moved target must be taken by another")
            }
        }
    }
}
