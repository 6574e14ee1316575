import Testing
@testable import TolkKit

/// What an editor is told about a wrong exercise file.
@Suite struct ExerciseMessagesTests {
    func problems(_ text: String) -> [String] {
        ExerciseLoader.load(text, path: "Content/exercises/chin.yml", slug: "chin").diagnostics
            .map { "\($0.location!): [\($0.check)] \($0.message)" + ($0.hint.map { " | \($0)" } ?? "") }
    }

    @Test func theHintNamesThePlaceholdersOwnDosageKey() {
        let found = problems("title: Haketrekk\nsteps:\n  - Gjør {sets} runder.\n  - Hold i {hold} sekunder.\ndosage: { repetitions: 10 }\n")
        #expect(found == [
            "Content/exercises/chin.yml:3:5: [exercise] the step uses {sets}, but the dosage has no number for it | add `sets` to `dosage`, e.g. `dosage: { sets: 2 }`",
            "Content/exercises/chin.yml:4:5: [exercise] the step uses {hold}, but the dosage has no number for it | add `hold_seconds` to `dosage`, e.g. `dosage: { hold_seconds: 5 }`",
        ])
    }

    @Test func anUnknownPlaceholderSaysSoAndListsTheKnownOnes() {
        let found = problems("title: Haketrekk\nsteps:\n  - Hold i {sekunder} sekunder.\ndosage: { hold_seconds: 5 }\n")
        #expect(found == [
            "Content/exercises/chin.yml:3:5: [exercise] the step uses {sekunder}, which is not a dosage placeholder | known placeholders: {repetitions}, {reps}, {sets}, {hold}, {hold_seconds}, {times_per_day}; write text without braces, or use one of these with its number in `dosage`"
        ])
    }

    @Test func aDosageMustBeAPositiveWholeNumber() {
        let found = problems("title: Haketrekk\nsteps:\n  - Trekk haken inn.\ndosage:\n  sets: -1\n  repetitions: 0\n  hold_seconds: 2.5\n")
        #expect(found == [
            "Content/exercises/chin.yml:5:9: [exercise] `sets` must be a positive whole number (1 to 10000), not `-1` | ",
            "Content/exercises/chin.yml:6:16: [exercise] `repetitions` must be a positive whole number (1 to 10000), not `0` | ",
            "Content/exercises/chin.yml:7:17: [exercise] `hold_seconds` must be a positive whole number (1 to 10000), not `2.5` | ",
        ].map { $0.replacingOccurrences(of: " | ", with: "") })
    }
}
