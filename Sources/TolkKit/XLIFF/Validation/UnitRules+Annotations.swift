extension UnitRules {
    /// A comment annotation (`<mrk type="comment">` or `<sm type="comment">`) has either its
    /// text in `value` or a `ref` to a `<note>` of the same unit, never both; a translation
    /// candidate annotation (`type="mtc:match"`) has no `ref`.
    func checkAnnotations() {
        for item in items(.source) + items(.target) where item.kind == .mrk || item.kind == .sm {
            let element = item.element
            if element.attribute("type") == "mtc:match", element.attribute("ref") != nil {
                report(element, "\(element.display) is a translation candidate annotation (type=\"mtc:match\") and cannot have ref; the <mtc:match> elements point to it instead")
            }
            guard element.attribute("type") == "comment" else { continue }
            switch (element.attribute("value"), element.attribute("ref")) {
            case (.some, .some):
                report(element, "\(element.display) is a comment with both value and ref; a comment has either its text in value or a ref to a <note>, not both")
            case (nil, nil):
                report(element, "\(element.display) is a comment with neither value (the comment text) nor ref (a link to a <note> of this unit)")
            case (nil, let ref?) where !pointsToUnitNote(ref):
                report(element, "\(element.display) has ref=\"\(ref)\", which does not point to a <note> of this unit; a comment's ref must point to one, such as ref=\"#n=note-id\"")
            default:
                break
            }
        }
    }

    /// Whether `ref` selects a note of this unit: `#n=id`, or a path that names this unit.
    private func pointsToUnitNote(_ ref: String) -> Bool {
        guard ref.hasPrefix("#"), case .valid(let fragment) = FragmentIdentifier.parse(ref.dropFirst()),
              let leaf = fragment.selectors.last, leaf.prefix == "n", unit.noteIDs.contains(leaf.id) else { return false }
        if let file = fragment.selector("f"), file.id != unit.fileID { return false }
        if let unitSelector = fragment.selector("u") { return unitSelector.id == unit.id }
        return fragment.selector("f") == nil && fragment.selector("g") == nil
    }
}
