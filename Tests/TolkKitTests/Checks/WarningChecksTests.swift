import Testing
@testable import TolkKit

/// `identical`, `script`, `length`, `punctuation` and `spaces`: warnings worth a second look.
@Suite struct WarningChecksTests {
    typealias F = CheckFixture

    @Test func identicalTargetWarns() {
        #expect(F.run(IdenticalCheck(), source: "Hold the position.", target: "Hold the position.") == [
            F.expected(.warning, "identical", "the target is the same as the source: \"Hold the position.\"",
                       hint: "translate the text; if it really is the same in Polish (pl), ignore this warning")
        ])
    }

    @Test func identicalNamesAndSingleWordsPass() {
        #expect(F.run(IdenticalCheck(), source: "Helsenorge", target: "Helsenorge").isEmpty)
        #expect(F.run(IdenticalCheck(), source: "START 2", target: "START 2").isEmpty)
        #expect(F.run(IdenticalCheck(), source: "Hold the position.", target: "Utrzymaj pozycję.").isEmpty)
    }

    @Test func wrongScriptWarns() {
        #expect(F.run(ScriptCheck(), source: "Hold the position.", target: "Hold the position.", language: F.urdu) == [
            F.expected(.warning, "script", "most letters of the target are Latin (15 of 15), but Urdu (ur) is written in Arabic script",
                       hint: "check that this is the Urdu (ur) translation, not text pasted from another language")
        ])
    }

    @Test func expectedScriptPasses() {
        #expect(F.run(ScriptCheck(), source: "Call 113.", target: "113 پر کال کریں (NHS)۔", language: F.urdu).isEmpty)
        #expect(F.run(ScriptCheck(), source: "Rest.", target: "OK", language: F.urdu).isEmpty)
        // Domain names and addresses are Latin in every language.
        #expect(F.run(ScriptCheck(), source: "Les mer på helsenorge.no.", target: "مزید helsenorge.no پر پڑھیں۔", language: F.urdu).isEmpty)
        #expect(F.run(ScriptCheck(), source: "See https://www.helsenorge.no/", target: "دیکھیں https://www.helsenorge.no/", language: F.urdu).isEmpty)
        #expect(F.run(ScriptCheck(), source: "Rest.", target: "Odpocznij.").isEmpty)
    }

    @Test func lengthFarOffWarns() {
        #expect(F.run(LengthCheck(), source: "Hold the position for ten seconds.", target: "Tak.") == [
            F.expected(.warning, "length", "the target is much shorter than the source (4 characters, the source has 34)",
                       hint: "check that nothing of the source is left out")
        ])
        #expect(F.run(LengthCheck(), source: "Hold the position for ten seconds.", target: String(repeating: "Trzymaj. ", count: 10)) == [
            F.expected(.warning, "length", "the target is much longer than the source (89 characters, the source has 34)",
                       hint: "check that nothing was added or pasted twice")
        ])
    }

    @Test func lengthWithinRangeOrShortSourcePasses() {
        #expect(F.run(LengthCheck(), source: "Hold the position for ten seconds.", target: "Utrzymaj pozycję przez dziesięć sekund.").isEmpty)
        #expect(F.run(LengthCheck(), source: "Rest.", target: "Odpoczywaj spokojnie przez cały dzień.").isEmpty)
    }

    @Test func endingPunctuationDiffers() {
        #expect(F.run(PunctuationCheck(), source: "Hold the position.", target: "پوزیشن برقرار رکھیں", language: F.urdu) == [
            F.expected(.warning, "punctuation", "the source ends with a full stop (.), the target does not end with punctuation",
                       hint: "end the target with a full stop too, in your language's form if it has one")
        ])
        #expect(F.run(PunctuationCheck(), source: "Hold the position", target: "Trzymaj!") == [
            F.expected(.warning, "punctuation", "the source does not end with punctuation, the target ends with an exclamation mark (!)",
                       hint: "remove the mark at the end, unless your language needs it here")
        ])
    }

    @Test func equivalentEndingsPass() {
        #expect(F.run(PunctuationCheck(), source: "Hold the position.", target: "پوزیشن برقرار رکھیں۔", language: F.urdu).isEmpty)
        #expect(F.run(PunctuationCheck(), source: "Does it hurt?", target: "هل يؤلم؟", language: F.arabic).isEmpty)
        #expect(F.run(PunctuationCheck(), source: "Call 113 (emergency).", target: "Zadzwoń pod 113 (nagły wypadek).").isEmpty)
        #expect(F.run(PunctuationCheck(), source: "Does it hurt?", target: "Πονάει;", language: LanguageSettings(tag: "el", name: "Ελληνικά", direction: .ltr)).isEmpty)
    }

    @Test func extraSpacesWarn() {
        #expect(F.run(SpacesCheck(), source: "Hold the position.", target: " Trzymaj  tę pozycję. ") == [
            F.expected(.warning, "spaces", "the target has a doubled space at character 9", hint: "use a single space"),
            F.expected(.warning, "spaces", "the target starts with a space, the source does not", hint: "remove the space at the start"),
            F.expected(.warning, "spaces", "the target ends with a space, the source does not", hint: "remove the space at the end"),
        ])
    }

    @Test func singleSpacesPass() {
        #expect(F.run(SpacesCheck(), source: "Hold for {hold} seconds.", target: "Trzymaj {hold} sekund.").isEmpty)
    }
}
