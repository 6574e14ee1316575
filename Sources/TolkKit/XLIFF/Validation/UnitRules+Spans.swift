extension UnitRules {
    /// `<sc>`/`<ec>` pairs within one side of the unit (all sources, or all targets): an `<ec>`
    /// follows the `<sc>` it names, an `<sc>` without `<ec>` in the unit is isolated, and an
    /// isolated `<sc>` has no `<ec>` here. Unpaired starts in targets are only reported when
    /// every segment has a target (a half-translated unit may lack the other end).
    func checkSpans(_ side: UnitPart.Side) {
        let items = self.items(side)
        let complete = side == .source || unit.targetsComplete
        let allStarts = Set(items.filter { $0.kind == .sc }.compactMap(\.id))
        var starts: [String: InlineItem] = [:]
        var closed: Set<String> = []
        for item in items {
            if item.kind == .sc, let id = item.id { starts[id] = item }
            guard item.kind == .ec, let ref = item.startRef else { continue }
            if item.isolated { // reported on the <ec> itself; it still ends its <sc>
                closed.insert(ref)
                continue
            }
            if let start = starts[ref] {
                if start.isolated {
                    report(item.element, "\(item.element.display) closes \(start.element.display), which is marked isolated=\"yes\"; remove isolated from the <sc>, since its end is in the same unit")
                } else {
                    closed.insert(ref)
                    checkSameHints(start, item)
                }
            } else if allStarts.contains(ref) {
                report(item.element, "\(item.element.display) comes before its <sc id=\"\(ref)\">; an end code cannot come before its start")
            } else if complete || !hasSource(.sc, id: ref) {
                report(item.element, "\(item.element.display) refers to a start code that does not exist: this unit has no <sc id=\"\(ref)\">")
            }
        }
        guard complete else { return }
        for item in items where item.kind == .sc && !item.isolated {
            guard let id = item.id, !closed.contains(id) else { continue }
            report(item.element, "\(item.element.display) has no matching <ec startRef=\"\(id)\"> in this unit; mark it isolated=\"yes\" if its end is in another unit")
        }
    }

    /// `<sm>`/`<em>` pairs: an `<em>` follows the `<sm>` it names, and every `<sm>` is closed
    /// in the same unit (annotations have no isolated form).
    func checkMarkers(_ side: UnitPart.Side) {
        let items = self.items(side)
        let complete = side == .source || unit.targetsComplete
        let allStarts = Set(items.filter { $0.kind == .sm }.compactMap(\.id))
        var open: Set<String> = []
        var closed: Set<String> = []
        for item in items {
            if item.kind == .sm, let id = item.id { open.insert(id) }
            guard item.kind == .em, let ref = item.startRef else { continue }
            if open.contains(ref) {
                closed.insert(ref)
            } else if allStarts.contains(ref) {
                report(item.element, "\(item.element.display) comes before its <sm id=\"\(ref)\">; an annotation cannot end before it starts")
            } else if complete || !hasSource(.sm, id: ref) {
                report(item.element, "\(item.element.display) refers to an annotation that does not exist: this unit has no <sm id=\"\(ref)\">")
            }
        }
        guard complete else { return }
        for item in items where item.kind == .sm {
            guard let id = item.id, !closed.contains(id) else { continue }
            report(item.element, "\(item.element.display) is never closed: this unit has no <em startRef=\"\(id)\"> after it")
        }
    }

    /// A start and end code agree on their editing hints; the end of a `firstNo` start is `no`.
    private func checkSameHints(_ start: InlineItem, _ end: InlineItem) {
        let (s, e) = (start.hints, end.hints)
        var differences: [(String, String, String)] = []
        if s.canCopy != e.canCopy { differences.append(("canCopy", Self.yesNo(e.canCopy), Self.yesNo(s.canCopy))) }
        if s.canDelete != e.canDelete { differences.append(("canDelete", Self.yesNo(e.canDelete), Self.yesNo(s.canDelete))) }
        if s.canOverlap != e.canOverlap { differences.append(("canOverlap", Self.yesNo(e.canOverlap), Self.yesNo(s.canOverlap))) }
        if s.canReorder != e.canReorder, !(s.canReorder == .firstNo && e.canReorder == .no) {
            differences.append(("canReorder", e.canReorder.rawValue, s.canReorder.rawValue))
        }
        for (name, endValue, startValue) in differences {
            report(end.element, "\(end.element.display) has \(name)=\"\(endValue)\" but its \(start.element.display) has \(name)=\"\(startValue)\"; a start and end code must have the same editing hints",
                   hint: name == "canReorder" && s.canReorder == .firstNo ? "the end of a code with canReorder=\"firstNo\" has canReorder=\"no\"" : nil)
        }
    }

    private func hasSource(_ kind: InlineItem.Kind, id: String) -> Bool {
        items(.source).contains { $0.kind == kind && $0.id == id }
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
