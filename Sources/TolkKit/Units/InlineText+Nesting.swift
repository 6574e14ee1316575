extension InlineText {
    /// Whether every paired code closes in the order it opened (`<b><i></i></b>`, not
    /// `<b><i></b></i>`). Writers nest well-nested codes (`<pc>`, `<g>`, `<bpt>`…`<ept>`) and
    /// fall back to separate start and end codes when they overlap.
    var isWellNested: Bool {
        var stack: [String] = []
        for element in elements {
            switch element {
            case .open(let id, _): stack.append(id)
            case .close(let id):
                guard stack.last == id else { return false }
                stack.removeLast()
            default: break
            }
        }
        return stack.isEmpty
    }
}
