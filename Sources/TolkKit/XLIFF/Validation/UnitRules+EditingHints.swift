extension UnitRules {
    /// A code that cannot be reordered (`canReorder` `no` or `firstNo`) cannot be copied or
    /// deleted either.
    func checkReorderHints() {
        for item in items(.source) + items(.target) where item.isCode && item.kind != .pcEnd {
            let hints = item.hints
            guard hints.canReorder != .yes, hints.canCopy || hints.canDelete else { continue }
            report(item.element, "\(item.element.display) has canReorder=\"\(hints.canReorder.rawValue)\", so it also needs canCopy=\"no\" and canDelete=\"no\"; a code that cannot be moved cannot be copied or deleted either")
        }
    }

    /// Non-reorderable sequences start with a `firstNo` code followed by `no` codes (in source
    /// order); targets keep each sequence whole and in order.
    func checkSequences() {
        var sequences: [[InlineItem]] = []
        var inSequence = false
        for item in items(.source) where item.isCode {
            let reorder = item.kind == .pcEnd && item.hints.canReorder == .firstNo ? .no : item.hints.canReorder
            switch reorder {
            case .firstNo:
                sequences.append([item])
                inSequence = true
            case .no where inSequence:
                sequences[sequences.count - 1].append(item)
            case .no:
                guard [.ph, .pc, .sc].contains(item.kind) else { continue }
                report(item.element, "\(item.element.display) has canReorder=\"no\" but does not follow a code with canReorder=\"firstNo\"; a sequence of codes that cannot be reordered starts with firstNo")
            case .yes:
                inSequence = false
            }
        }
        let targetCodes = unit.targetsInDisplayOrder.flatMap { $0 }.filter(\.isCode)
        let targetMarks = targetCodes.map(Self.mark)
        for sequence in sequences where sequence.count > 1 {
            let marks = sequence.map(Self.mark)
            guard let start = targetMarks.firstIndex(of: marks[0]) else { continue }
            guard Array(targetMarks[start...].prefix(marks.count)) != marks else { continue }
            let names = sequence.filter { $0.kind != .pcEnd }.map(\.element.display)
            report(targetCodes[start].element, "the codes \(names.joined(separator: ", ")) cannot be reordered (canReorder), but the target changes their order or puts other codes between them")
        }
    }

    /// A code that cannot be deleted (`canDelete="no"`) appears in the targets of its unit
    /// whenever its segment has a target (even an empty one).
    func checkNonRemovable() {
        let kept = Set(items(.target).filter(\.isCode).compactMap(\.codeKey))
        for part in unit.parts {
            guard let target = part.targetElement else { continue }
            for item in part.source where item.isCode && item.kind != .pcEnd && !item.hints.canDelete {
                guard let key = item.codeKey, !kept.contains(key) else { continue }
                report(target, "\(item.element.display) cannot be deleted (canDelete=\"no\"), but no <target> of this unit contains it")
            }
        }
    }

    /// How the sequence rule compares codes between source and target: which code, and
    /// whether it stands alone, opens or closes (a `<pc>` may become an `<sc>`/`<ec>` pair).
    private struct Mark: Equatable {
        enum Role { case standalone, opening, closing }
        let key: String?
        let role: Role
    }

    private static func mark(_ item: InlineItem) -> Mark {
        switch item.kind {
        case .ph: Mark(key: item.codeKey, role: .standalone)
        case .pc, .sc: Mark(key: item.codeKey, role: .opening)
        default: Mark(key: item.codeKey, role: .closing)
        }
    }
}
