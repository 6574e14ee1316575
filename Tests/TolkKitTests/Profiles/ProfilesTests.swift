import Foundation
import Testing
@testable import TolkKit

/// `variables:` and `profiles:` of site.yml, their errors, local pages and the build layout.
@Suite struct ProfilesTests {
    private func errors(_ files: [String: String], site: String) throws -> [String] {
        let project = try TemporaryProject(files, site: site)
        return ProjectLoader.load(at: project.root).diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    private let site = TemporaryProject.defaultSite + "\nvariables:\n  clinic_phone: \"22 11 80 80\"\n"

    @Test func profileOverridesTheSharedSettings() throws {
        let config = try VariablesFixture.make().load().config
        #expect(config.profiles.map(\.name) == ["oslo", "trondheim"])
        let trondheim = config.applying(try #require(config.profile("trondheim")))
        #expect(trondheim.variableValues == ["clinic_phone": "73 86 80 00", "clinic_name": "Trondheim (eksempel)"])
        #expect(trondheim.baseURL == "https://trondheim.example.org/")
        #expect(trondheim.output == "_site/trondheim")
        #expect(trondheim.profiles.isEmpty && trondheim.profileName == "trondheim")
        #expect(config.applying(try #require(config.profile("oslo"))).variableValues["clinic_phone"] == "22 11 80 80")
    }

    @Test func profileMayPublishASubsetOfTheLanguages() throws {
        let site = TemporaryProject.defaultSite + "\nprofiles:\n  oslo:\n    languages: [en]\n    output: public/oslo\n  bergen:\n    languages: [de]\n"
        let project = try TemporaryProject([:], site: site)
        let loaded = ProjectLoader.load(at: project.root)
        #expect(loaded.diagnostics.map(\.description) == [
            "Site/site.yml:11:17: error: [site] the profile `bergen` lists `de`, which is not in `languages`\n  hint: a profile's languages are a subset of the site's: nb, en, pl",
        ])
        let config = try TemporaryProject([:], site: TemporaryProject.defaultSite + "\nprofiles:\n  oslo:\n    languages: [en]\n    output: public/oslo\n").load().config
        let oslo = config.applying(try #require(config.profile("oslo")))
        #expect(oslo.languages.map(\.tag) == ["nb", "en"])
        #expect(oslo.output == "public/oslo")
    }

    @Test func unknownVariableIsAnErrorWhereItIsWritten() throws {
        let topic = "---\ntitle: Kontakt\n---\n\nRing {clinic_phone}.\n\nRing oss, eller send\net brev til **Faks**: {clinic_fax}.\n"
        #expect(try errors(["Content/topics/contact.md": topic], site: site) == [
            "Content/topics/contact.md:8:23: error: [variables] {clinic_fax} is not a variable: Site/site.yml does not define `clinic_fax`\n"
                + "  hint: add `clinic_fax: ...` to `variables:` in Site/site.yml, or write the text without braces; defined: {clinic_phone}",
        ])
    }

    @Test func withoutAnyVariablesABracedNameIsAWarningAndShownAsWritten() throws {
        let project = try TemporaryProject(["Content/topics/contact.md": "---\ntitle: Kontakt\n---\n\nHold i {hold} sekunder.\n"])
        let loaded = ProjectLoader.load(at: project.root)
        #expect(loaded.value != nil)
        #expect(loaded.diagnostics.map(\.description) == [
            "Content/topics/contact.md:5:8: warning: [variables] {hold} is not a variable: Site/site.yml does not define `hold`\n"
                + "  hint: add `hold: ...` to `variables:` in Site/site.yml, or write the text without braces",
        ])
    }

    @Test func theErrorPointsAtTheNameEvenPastOtherBraces() {
        let lines: [Substring] = ["title: X", "steps:", "  - Ring {a} eller {b}.", "  - {b} igjen"]
        #expect(ProjectVariables.position(of: "{b}", from: SourceLocation(file: "e.yml", line: 3, column: 5), in: lines)
                == SourceLocation(file: "e.yml", line: 3, column: 20))
        #expect(ProjectVariables.position(of: "{b}", from: SourceLocation(file: "e.yml", line: 4, column: 5), in: lines)
                == SourceLocation(file: "e.yml", line: 4, column: 5))
        // Not in the file as written (an escape in YAML): the unit's own place.
        #expect(ProjectVariables.position(of: "{c}", from: SourceLocation(file: "e.yml", line: 3, column: 5), in: lines)
                == SourceLocation(file: "e.yml", line: 3, column: 5))
    }

    @Test func unknownVariableInAStepIsAnError() throws {
        let exercise = "title: Tøy\nregion: neck\nsteps:\n  - Ring {clinic_phone}.\n  - Ring {clinic_fax}.\n"
        #expect(try errors(["Content/exercises/stretch.yml": exercise], site: site) == [
            "Content/exercises/stretch.yml:5:5: error: [exercise] the step uses {clinic_fax}, which is not a dosage placeholder\n"
                + "  hint: known placeholders: {repetitions}, {reps}, {sets}, {hold}, {hold_seconds}, {times_per_day}; write text without braces, or use one of these with its number in `dosage`",
        ])
    }

    @Test func variableAProfileLeavesUndefinedNamesTheProfile() throws {
        let site = TemporaryProject.defaultSite + "\nprofiles:\n  oslo:\n    variables:\n      clinic_phone: \"22 11 80 80\"\n  bergen:\n    clinic: Bergen\n"
        let topic = "---\ntitle: Kontakt\n---\n\nRing {clinic_phone}.\n"
        #expect(try errors(["Content/topics/contact.md": topic], site: site) == [
            "Site/site.yml:10:3: error: [variables] the profile `bergen` does not define {clinic_phone}, which Content/topics/contact.md:5:1 uses\n"
                + "  hint: add `clinic_phone: ...` to `variables:` of the profile `bergen`, or to the shared `variables:`",
        ])
        // A page only Oslo publishes may use what only Oslo defines.
        let local = "---\ntitle: Kontakt\nprofiles: [oslo]\n---\n\nRing {clinic_phone}.\n"
        #expect(try errors(["Content/topics/contact.md": local], site: site) == [])
    }

    @Test func pageLimitedToAnUndefinedProfileIsAnError() throws {
        let site = TemporaryProject.defaultSite + "\nprofiles:\n  oslo:\n    clinic: Oslo\n"
        let topic = "---\ntitle: Kontakt\nprofiles: [olso]\n---\n\nTekst.\n"
        #expect(try errors(["Content/topics/contact.md": topic], site: site) == [
            "Content/topics/contact.md:3:11: error: [profiles] the page is limited to the profile `olso`, which Site/site.yml does not define\n  hint: profiles: oslo",
        ])
    }

    @Test func translatorTypingTheValueIsAnError() throws {
        var translations = VariablesFixture.translations
        translations["en"]!["Content/topics/contact.md"] = "---\ntitle: Contact\n---\n\nCall {clinic_name} on 22 11 80 80.\n"
        let project = try VariablesFixture.make(translations: translations)
        let oslo = try #require(ProjectLoader.load(at: project.root, profile: "oslo").value)
        let report = Checker.load(oslo, languages: ["en"], minState: .translated).value.report()
        let problems = report.problems.filter { $0.check == "variables" || $0.check == "inline-codes" }.map { "[\($0.check)] \($0.message)" }
        #expect(problems == [
            "[inline-codes] the source has the placeholder {clinic_phone}, the target does not",
            "[variables] the translation types \"22 11 80 80\" instead of keeping the placeholder {clinic_phone}",
        ])
        // `tolk build` runs the same check stage: the page is withheld for both findings, in a build and
        // in a cached rebuild (the variables check once ran in `tolk check` only).
        let output = project.root.appendingPathComponent("_site/oslo")
        for _ in 0 ..< 2 {
            let built = SiteBuild.build(root: project.root, output: output, profile: "oslo", cache: BuildCacheSettings(tolkVersion: "test"))
            let withheld = built.value?.withheld.first { $0.language == "en" && $0.page.slug == "contact" }
            #expect(withheld?.reason.errors == ["inline-codes": 1, "urls": 1, "variables": 1])
        }
    }

    @Test func localPageIsPublishedOnlyForItsProfiles() throws {
        let project = try VariablesFixture.make()
        let (oslo, _) = try VariablesFixture.render(project, profile: "oslo")
        let (trondheim, _) = try VariablesFixture.render(project, profile: "trondheim")
        #expect(oslo.text("ur/topics/parking/index.html") != nil)
        #expect(trondheim.text("ur/topics/parking/index.html") == nil)
        // Oslo's local page is no orphan in Trondheim's build.
        let forTrondheim = try #require(ProjectLoader.load(at: project.root, profile: "trondheim").value)
        #expect(TranslationCatalogLoader.orphans(forTrondheim, languages: ["en", "ur"]) == [])
        #expect(trondheim.text("sitemap.xml")?.contains("parking") == false)
        #expect(trondheim.text("sitemap.xml")?.contains("<loc>https://trondheim.example.org/en/topics/contact/</loc>") == true)
    }

    @Test func buildWritesEveryProfileIntoItsOwnFolder() throws {
        let project = try VariablesFixture.make()
        let output = project.root.appendingPathComponent("out")
        #expect(SiteBuild.profiles(root: project.root, requested: nil).value == ["oslo", "trondheim"])
        #expect(SiteBuild.output(output, profile: "oslo", building: 2)?.lastPathComponent == "oslo")
        #expect(SiteBuild.output(output, profile: "oslo", building: 1) == output)
        #expect(SiteBuild.profiles(root: project.root, requested: "bergen").diagnostics.map(\.description) == [
            "error: [profiles] Site/site.yml has no profile `bergen`\n  hint: profiles: oslo, trondheim",
        ])
        let built = SiteBuild.build(root: project.root, profile: "trondheim")
        #expect(built.value?.output?.path == project.root.appendingPathComponent("_site/trondheim").path)
        #expect(try project.read("_site/trondheim/en/handouts/contact.html").contains("Trondheim (eksempel)"))
    }

    @Test func projectWithoutProfilesRunsOnceAsWritten() throws {
        let project = try SiteFixture.make()
        #expect(SiteBuild.profiles(root: project.root, requested: nil).value == [nil])
        let loaded = try project.load()
        #expect(loaded.forProfile(nil)?.documents == loaded.documents)
        #expect(loaded.config.variableValues.isEmpty)
    }
}
