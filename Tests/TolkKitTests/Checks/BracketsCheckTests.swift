import Testing
@testable import TolkKit

/// `brackets`: a bracket added or dropped is a warning; whole pairs are the translator's choice.
@Suite struct BracketsCheckTests {
    typealias F = CheckFixture

    static let hint = "open and close brackets as the source does (a pair the translation adds or leaves out is fine)"

    static func round(_ source: (Int, Int), _ target: (Int, Int)) -> String {
        F.expected(.warning, "brackets", "round brackets ( ) do not pair up as in the source: the source opens \(source.0) and closes \(source.1), "
                   + "the target opens \(target.0) and closes \(target.1)", hint: hint)
    }

    @Test func aLoneBracketIsAWarning() {
        #expect(F.run(BracketsCheck(), source: "Bøy hodet (sakte) fremover.", target: "Pochyl głowę (powoli do przodu.") == [Self.round((1, 1), (1, 0))])
        #expect(F.run(BracketsCheck(), source: "Bøy hodet fremover.", target: "Pochyl głowę) do przodu.") == [Self.round((0, 0), (0, 1))])
        #expect(F.run(BracketsCheck(), source: "Se [1] og {merk}.", target: "Zobacz [1 i {uwaga}}.") == [
            F.expected(.warning, "brackets", "square brackets [ ] do not pair up as in the source: the source opens 1 and closes 1, the target opens 1 and closes 0", hint: Self.hint),
            // {merk} and {uwaga} are placeholders (codes): only the stray } is text.
            F.expected(.warning, "brackets", "curly brackets { } do not pair up as in the source: the source opens 0 and closes 0, the target opens 0 and closes 1", hint: Self.hint),
        ])
        #expect(F.run(BracketsCheck(), source: "ضع (قرصاً) واحداً.", target: "ایک (گولی لیں۔", language: F.urdu) == [Self.round((1, 1), (1, 0))])
    }

    @Test func pairsAddedOrLeftOutAreFine() {
        #expect(F.run(BracketsCheck(), source: "Bøy hodet fremover.", target: "Pochyl głowę (powoli) do przodu.").isEmpty)
        #expect(F.run(BracketsCheck(), source: "Bøy hodet (sakte) fremover.", target: "Pochyl powoli głowę do przodu.").isEmpty)
        #expect(F.run(BracketsCheck(), source: "Ring legevakt (116 117).", target: "اتصل بالطوارئ (١١٦ ١١٧).", language: F.arabic).isEmpty)
        // Full-width brackets are the same kind.
        #expect(F.run(BracketsCheck(), source: "Ta (1) tablett.", target: "（1）錠を飲んでください。").isEmpty)
        #expect(F.run(BracketsCheck(), source: "Ta (1) tablett.", target: "（1錠を飲んでください。") == [Self.round((1, 1), (1, 0))])
    }

    @Test func anUnbalancedSourceIsComparedAsItIs() {
        // Enumerations like "1)" leave the source unbalanced; the target keeps the same imbalance.
        #expect(F.run(BracketsCheck(), source: "1) Sitt. 2) Stå.", target: "1) Usiądź. 2) Wstań.").isEmpty)
        #expect(F.run(BracketsCheck(), source: "1) Sitt. 2) Stå.", target: "1. Usiądź. 2) Wstań.") == [Self.round((0, 2), (0, 1))])
        #expect(F.run(BracketsCheck(), source: "1) Sitt. 2) Stå.", target: "1) Usiądź. (2) Wstań.") == [Self.round((0, 2), (1, 2))])
    }

    @Test func placeholdersAreCodesNotBraces() {
        // {hold} is a code: in the checked text it is an object replacement character.
        #expect(F.run(BracketsCheck(), source: "Hold i {hold} sekunder.", target: "Trzymaj {hold} sekund.").isEmpty)
        #expect(F.text("Hold i {hold} sekunder.").checkedText == "Hold i \u{FFFC} sekunder.")
        // A placeholder the target drops is an inline-codes error, not a bracket one.
        #expect(F.run(BracketsCheck(), source: "Hold i {hold} sekunder (per side).", target: "Trzymaj sekundę (na stronę.") == [Self.round((1, 1), (1, 0))])
        #expect(F.run(BracketsCheck(), source: "Hold i {hold} sekunder.", target: "Trzymaj sekundę.").isEmpty)
    }
}
