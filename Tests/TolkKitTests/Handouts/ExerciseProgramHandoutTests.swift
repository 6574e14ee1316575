import Foundation
import Testing
@testable import TolkKit

@Suite struct ExerciseProgramHandoutTests {
    func program(_ language: String, _ specs: [String], bilingual: Bool = false) throws -> Staged<String?> {
        let entries = try specs.map { try ExerciseProgram.Entry.parse($0).get() }
        return ProgramHandout.render(ExerciseProgram(language: language, bilingual: bilingual, entries: entries),
                                     prepared: try HandoutFixture.prepare(try HandoutFixture.make()))
    }

    @Test func aPatientsDosageIsWrittenWithThePluralFormsOfTheLanguage() throws {
        let html = try #require(try program("pl", ["chin:repetitions=12,sets=3,hold_seconds=22"]).value)
        #expect(html.contains("<li>12 powtórzeń</li>"))
        #expect(html.contains("<li>3 serie</li>"))
        #expect(html.contains("<li>przytrzymaj 22 sekundy</li>"))
        #expect(html.contains("<li>Przytrzymaj przez 22 sekundy.</li>"))
        let one = try #require(try program("pl", ["chin:repetitions=1,hold_seconds=5"]).value)
        #expect(one.contains("<li>1 powtórzenie</li>"))
        #expect(one.contains("<li>przytrzymaj 5 sekund</li>"))
        let arabic = try #require(try program("ar", ["chin:repetitions=3"]).value)
        #expect(arabic.contains("<li>\(ICU.formatInteger(3, language: "ar")) تكرارات</li>"))
    }

    @Test func theProgramStandsOnItsOwn() throws {
        let html = try #require(try program("ur", ["chin:repetitions=12", "chin:repetitions=8"]).value)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\">"))
        #expect(html.contains("<p class=\"clinic\" lang=\"nb\" dir=\"ltr\">Ryggpoliklinikken</p>"))
        #expect(html.components(separatedBy: "<article class=\"sheet exercise\">").count == 3)
        #expect(html.contains("<h2>ٹھوڑی پیچھے کھینچنا</h2>"))
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,\(Data(SiteFixture.svg.utf8).base64EncodedString())\""))
        #expect(html.contains("<li>12 بار</li>") && html.contains("<li>8 بار</li>"))
        #expect(!html.contains("<link rel=\"stylesheet\"") && !html.contains("<script"))
    }

    @Test func aBilingualProgramHasCellsInBothLanguages() throws {
        let html = try #require(try program("ar", ["chin:hold_seconds=10"], bilingual: true).value)
        #expect(html.contains("<span class=\"cell\" lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<ol class=\"cell\" lang=\"nb\" dir=\"ltr\"><li>Hold i 10 sekunder.</li></ol>"))
    }

    @Test func mistakesAreReported() throws {
        #expect(throws: ProgramSyntaxError.self) { try ExerciseProgram.Entry.parse("chin:reps=3").get() }
        #expect(throws: ProgramSyntaxError.self) { try ExerciseProgram.Entry.parse("chin:sets=many").get() }
        #expect(throws: ProgramSyntaxError.self) { try ExerciseProgram.Entry.parse(":sets=2").get() }
        #expect(try ExerciseProgram.Entry.parse("chin-tuck:repetitions=12,sets=3").get()
                == ExerciseProgram.Entry(slug: "chin-tuck", dosage: [.repetitions: 12, .sets: 3]))
        let unknown = try program("pl", ["nope"])
        #expect(unknown.value == nil)
        #expect(unknown.diagnostics.map(\.message) == ["there is no exercise `nope`"])
        #expect(try program("nb", ["chin"], bilingual: true).value == nil)
    }
}

@Suite struct ProgramPageTests {
    @Test func withoutScriptThePageListsTheExercisesWithTheirPrintLinks() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        let html = try #require(tree.text("ur/program/index.html"))
        #expect(html.contains("<html lang=\"ur\" dir=\"rtl\">"))
        #expect(html.contains("<a id=\"title-chin\" href=\"../../ur/exercises/chin/\">ٹھوڑی پیچھے کھینچنا</a>"))
        #expect(html.contains("<a href=\"../handouts/chin.html\">"))
        #expect(html.contains("<a href=\"../handouts/chin.nb.html\">"))
        // The controls are there for the script only; the script is on this page only.
        #expect(html.contains("<input type=\"checkbox\" name=\"pick\" value=\"chin\" aria-labelledby=\"title-chin\" data-js hidden>"))
        #expect(html.contains("<script src=\"../../assets/program.js\" defer></script>"))
        #expect(!(try #require(tree.text("ur/exercises/chin/index.html"))).contains("program.js"))
        #expect(html.contains("<template id=\"program-chin\">") && html.contains("<template id=\"program-chin-bilingual\">"))
        #expect(html.contains("<li data-dose=\"repetitions\" data-lang=\"ur\">5 بار</li>"))
        #expect(html.contains("<span data-number=\"hold_seconds\" data-lang=\"nb\">2</span>"))
    }

    @Test func theScriptGetsThePluralFormsAndCategoriesOfTheLanguage() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        let html = try #require(tree.text("pl/program/index.html"))
        let json = String(try #require(html.firstMatch(of: /<script type="application\/json" id="program-data">(.*?)<\/script>/)).1)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let categories = try #require(data["categories"] as? [String: String])
        let polish = Array(try #require(categories["pl"]))
        #expect(polish.count == 200)
        #expect([polish[1], polish[2], polish[5], polish[12], polish[22], polish[112], polish[122]] == ["o", "f", "m", "m", "f", "m", "f"])
        let forms = try #require((data["forms"] as? [String: [String: [String: String]]])?["pl"]?["repetitions"])
        #expect(forms == ["one": "{count} powtórzenie", "few": "{count} powtórzenia", "many": "{count} powtórzeń", "other": "{count} powtórzenia"])
        #expect((data["digits"] as? [String: [String]])?["pl"] == ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
        #expect(!json.contains("<"))
    }
}
