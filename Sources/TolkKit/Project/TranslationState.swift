/// The XLIFF 2 segment states, in workflow order.
public enum TranslationState: String, Sendable, Codable, Comparable, CaseIterable {
    case initial, translated, reviewed, final

    private var rank: Int {
        switch self {
        case .initial: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }

    public static func < (lhs: TranslationState, rhs: TranslationState) -> Bool { lhs.rank < rhs.rank }
}
