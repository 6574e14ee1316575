/// The numbers of a dosage, by the key they have in exercise files, `Site/strings.yml` (plural
/// strings of the same name) and `tolk handout --exercise slug:repetitions=12`.
public enum DosageField: String, CaseIterable, Sendable {
    case repetitions, sets
    case holdSeconds = "hold_seconds"
    case timesPerDay = "times_per_day"

    /// The field a step placeholder stands for: `{hold}` → hold_seconds.
    init?(placeholder name: String) {
        switch name {
        case "{hold}", "{hold_seconds}": self = .holdSeconds
        case "{repetitions}", "{reps}": self = .repetitions
        case "{sets}": self = .sets
        case "{times_per_day}": self = .timesPerDay
        default: return nil
        }
    }

    /// Every placeholder a step may use, in the order of the fields.
    static let placeholders = ["{repetitions}", "{reps}", "{sets}", "{hold}", "{hold_seconds}", "{times_per_day}"]

    /// A plausible number for the field, for examples in messages.
    var example: Int {
        switch self {
        case .repetitions: 10
        case .sets: 2
        case .holdSeconds: 5
        case .timesPerDay: 3
        }
    }

    public func value(in dosage: Dosage) -> Int? {
        switch self {
        case .repetitions: dosage.repetitions
        case .sets: dosage.sets
        case .holdSeconds: dosage.holdSeconds
        case .timesPerDay: dosage.timesPerDay
        }
    }

    public func set(_ value: Int?, in dosage: inout Dosage) {
        switch self {
        case .repetitions: dosage.repetitions = value
        case .sets: dosage.sets = value
        case .holdSeconds: dosage.holdSeconds = value
        case .timesPerDay: dosage.timesPerDay = value
        }
    }

    /// The fields a dosage has, in display order, with their numbers.
    static func lines(of dosage: Dosage) -> [(field: DosageField, value: Int)] {
        allCases.compactMap { field in field.value(in: dosage).map { (field, $0) } }
    }
}
