/// `state`: a current translation whose state is below what the site publishes.
struct StateCheck: UnitCheck {
    let name = "state"
    let severity = Severity.error
    let scope = CheckScope.everyUnit

    func findings(in subject: CheckSubject) -> [Finding] {
        let state = subject.localized.state
        guard subject.localized.status == .current, state < subject.minState else { return [] }
        let accepted = TranslationState.allCases.filter { $0 >= subject.minState }.map(\.rawValue)
        let list = accepted.count == 1 ? accepted[0] : accepted.dropLast().joined(separator: ", ") + " or " + accepted.last!
        let next = TranslationState.allCases.first { $0 > state } ?? subject.minState
        let hint = next == .translated
            ? "finish the translation and confirm it in your translation tool (state translated)"
            : "have the translation \(next == .reviewed ? "reviewed" : "signed off") and set its state to \(next.rawValue)"
        let draft = state == .initial ? " (a draft)" : ""
        return [Finding("the translation is at state \(state.rawValue)\(draft), but the site publishes only units that are \(list)", hint: hint)]
    }
}
