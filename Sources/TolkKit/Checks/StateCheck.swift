import Foundation

/// `state`: a current translation whose state is below what the site publishes.
struct StateCheck: UnitCheck {
    let name = "state"
    let severity = Severity.error
    let scope = CheckScope.everyUnit

    /// How every message starts; `summary` counts on it.
    static let lead = "the translation is at state "

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
        return [Finding("\(Self.lead)\(state.rawValue)\(draft), but the site publishes only units that are \(list)", hint: hint)]
    }

    /// The message and hint for `count` units of one file with the same shortfall, for people
    /// reading `tolk check` (one line per file rather than one per unit):
    /// "12 translations are at state translated, but the site publishes only units that are reviewed or final".
    static func summary(message: String, hint: String?, count: Int) -> (message: String, hint: String?) {
        let text = message.hasPrefix(lead)
            ? "\(count) translations are at state " + message.dropFirst(lead.count)
            : "\(count) units: \(message)"
        let plural = hint.map {
            $0.replacingOccurrences(of: "the translation ", with: "the translations ")
                .replacingOccurrences(of: "confirm it ", with: "confirm them ")
                .replacingOccurrences(of: " its state ", with: " their state ")
        }
        return (text, plural)
    }
}
