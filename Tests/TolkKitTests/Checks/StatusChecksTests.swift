import Testing
@testable import TolkKit

/// `missing`, `plurals`, `stale` and `state`: where a unit stands.
@Suite struct StatusChecksTests {
    typealias F = CheckFixture

    @Test func missingTargetIsAnError() {
        #expect(F.run(MissingCheck(), F.unit("Hold for {hold} seconds.", nil)) == [
            "\(F.path):12:5: error: [missing] unit p-1a2b3c4d: not translated: the source says \"Hold for {hold} seconds.\", there is no target\n  hint: translate the unit"
        ])
        #expect(F.run(MissingCheck(), F.unit("Rest.", "  ")) == [
            "\(F.path):14:9: error: [missing] unit p-1a2b3c4d: not translated: the source says \"Rest.\", the target is empty\n  hint: translate the unit"
        ])
    }

    @Test func unitAbsentFromTheFileIsReportedAtTheFile() {
        var unit = F.unit("Rest.", nil)
        unit.translation = nil
        #expect(F.run(MissingCheck(), unit) == [
            "\(F.path):1:1: error: [missing] unit p-1a2b3c4d: not translated: the source says \"Rest.\", and the unit is not in the translation file\n  hint: run `tolk sync` to add the unit to the file, then translate it"
        ])
        #expect(F.run(MissingCheck(), unit, fileExists: false) == [
            "\(F.path):1:1: error: [missing] unit p-1a2b3c4d: not translated: the source says \"Rest.\", and the translation file does not exist yet\n  hint: run `tolk sync` to create \(F.path), then translate it"
        ])
    }

    @Test func missingPluralFormNamesTheCategory() {
        let unit = F.unit(F.text("{count} sets"), target: nil, id: "dosage_sets.few", kind: .plural, pluralCategory: "few")
        #expect(F.run(MissingCheck(), unit) == [
            "\(F.path):12:5: error: [plurals] unit dosage_sets.few: the plural form 'few' (2, 3, 4, 22…) is not translated\n  hint: Polish (pl) has the plural forms 'one', 'few', 'many', 'other'; translate each one, with the words these numbers need"
        ])
    }

    @Test func translatedUnitIsNotMissing() {
        #expect(F.run(MissingCheck(), F.unit("Rest.", "Odpocznij.")).isEmpty)
        let plural = F.unit(F.text("{count} sets"), target: F.text("{count} serie"), id: "dosage_sets.few", kind: .plural, pluralCategory: "few")
        #expect(F.run(MissingCheck(), plural).isEmpty)
    }

    @Test func staleShowsTheWordsThatChanged() {
        let unit = F.unit(F.text("Take 2 tablets."), target: F.text("Weź 1 tabletkę."), status: .stale, previousSource: "Take 1 tablet.")
        #expect(F.run(StaleCheck(), unit) == [
            F.expected(.error, "stale", "the source changed since this was translated: Take [-1 tablet.-]{+2 tablets.+}",
                       hint: "update the translation to the new source and confirm it (state translated or higher)")
        ])
        // The problem carries both sources in full (JSON, translator view).
        let problem = CheckRegistry.diagnostics(for: F.subject(unit), checks: [StaleCheck()]).first
        #expect(problem?.sourceChange == SourceChange(previous: "Take 1 tablet.", current: "Take 2 tablets."))
        let unmarked = F.unit(F.text("Take 2 tablets."), target: F.text("Weź 2 tabletki."), status: .stale)
        #expect(F.run(StaleCheck(), unmarked) == [
            F.expected(.error, "stale", "the source changed since this was translated: it is now \"Take 2 tablets.\"",
                       hint: "update the translation to the new source and confirm it (state translated or higher)")
        ])
    }

    @Test func staleShowsAChangePastWhereAQuoteWouldBeCut() {
        let old = "Mange får hodepine av å sitte lenge foran skjermen på jobben eller hjemme. Ta gjerne en pause hver time."
        let unit = F.unit(F.text(old.replacingOccurrences(of: "hver time", with: "hver halvtime")), target: F.text("Many get headaches."),
                          status: .stale, previousSource: old)
        #expect(F.run(StaleCheck(), unit).first?.hasPrefix(
            "\(F.path):14:9: error: [stale] unit p-1a2b3c4d: the source changed since this was translated: … gjerne en pause hver [-time.-]{+halvtime.+}\n") == true)
        // Only a link or emphasis changed: no word to show, so the source is quoted.
        let formatting = F.unit(F.text("Les mer."), target: F.text("Read more."), status: .stale, previousSource: "Les  mer.")
        #expect(F.run(StaleCheck(), formatting).first?.contains(
            "the source changed since this was translated (its links or formatting, not its words): it is now \"Les mer.\"") == true)
    }

    @Test func currentUnitIsNotStale() {
        #expect(F.run(StaleCheck(), F.unit("Take 2 tablets.", "Weź 2 tabletki.")).isEmpty)
    }

    @Test func staleUnitGetsNoQualityChecks() {
        let unit = F.unit(F.text("Take 2 tablets."), target: F.text("Weź 1 tabletkę"), status: .stale, previousSource: "Take 1 tablet.")
        let checks = CheckRegistry.diagnostics(for: F.subject(unit, minState: .reviewed)).map(\.check)
        #expect(checks == ["stale"])
    }

    @Test func stateBelowThePolicyIsAnError() {
        #expect(F.run(StateCheck(), F.unit("Rest.", "Odpocznij.", state: .translated), minState: .reviewed) == [
            F.expected(.error, "state", "the translation is at state translated, but the site publishes only units that are reviewed or final",
                       hint: "have the translation reviewed and set its state to reviewed")
        ])
        #expect(F.run(StateCheck(), F.unit("Rest.", "Odpocznij.", state: .initial), minState: .translated) == [
            F.expected(.error, "state", "the translation is at state initial (a draft), but the site publishes only units that are translated, reviewed or final",
                       hint: "finish the translation and confirm it in your translation tool (state translated)")
        ])
    }

    @Test func stateAtThePolicyPasses() {
        #expect(F.run(StateCheck(), F.unit("Rest.", "Odpocznij.", state: .reviewed), minState: .reviewed).isEmpty)
        #expect(F.run(StateCheck(), F.unit("Rest.", "Odpocznij.", state: .final), minState: .final).isEmpty)
        // A missing unit is reported by `missing` only.
        #expect(F.run(StateCheck(), F.unit("Rest.", nil), minState: .reviewed).isEmpty)
    }
}
