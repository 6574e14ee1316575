import Foundation
@testable import TolkKit

/// `SiteFixture` (nb, en, ur) with variables: a contact topic, a step and interface strings
/// (a plain and a plural one) that use `{clinic_phone}`, and two clinics.
enum VariablesFixture {
    static let profiles = """

        clinic: Ryggklinikken
        variables:
          clinic_phone: "22 11 80 80"
        profiles:
          oslo:
            clinic: Oslo (eksempel)
            base_url: https://oslo.example.org/
          trondheim:
            clinic: Trondheim (eksempel)
            base_url: https://trondheim.example.org/
            variables:
              clinic_phone: "73 86 80 00"
        """

    static let contact = "---\ntitle: Kontakt\nprofiles: [oslo, trondheim]\n---\n\nRing {clinic_name} på {clinic_phone}.\n"
    static let local = "---\ntitle: Parkering\nprofiles: [oslo]\n---\n\nParker ved {clinic_name}.\n"
    static let step = "  - Ring {clinic_phone} hvis det gjør vondt.\n"
    static let strings = "call_us: \"Spørsmål? Ring {clinic_phone}.\"\ncalls:\n  one: \"{count} samtale med {clinic_name}\"\n  other: \"{count} samtaler med {clinic_name}\"\n"

    static var translations: [String: [String: String]] {
        var result = SiteFixture.translations
        result["en"]!["Content/topics/contact.md"] = "---\ntitle: Contact\n---\n\nCall {clinic_name} on {clinic_phone}.\n"
        result["ur"]!["Content/topics/contact.md"] = "---\ntitle: رابطہ\n---\n\n{clinic_name} کو {clinic_phone} پر فون کریں۔\n"
        result["en"]!["Content/topics/parking.md"] = "---\ntitle: Parking\n---\n\nPark at {clinic_name}.\n"
        result["ur"]!["Content/topics/parking.md"] = "---\ntitle: پارکنگ\n---\n\n{clinic_name} پر گاڑی کھڑی کریں۔\n"
        result["en"]!["Content/exercises/chin.yml"]! += "  - Call {clinic_phone} if it hurts.\n"
        result["ur"]!["Content/exercises/chin.yml"]! += "  - \"درد ہو تو {clinic_phone} پر فون کریں۔\"\n"
        result["en"]!["Site/strings.yml"]! += "call_us: \"Questions? Call {clinic_phone}.\"\ncalls:\n  one: \"{count} call with {clinic_name}\"\n  other: \"{count} calls with {clinic_name}\"\n"
        result["ur"]!["Site/strings.yml"]! += "call_us: \"سوالات؟ {clinic_phone} پر فون کریں۔\"\ncalls:\n  one: \"{count} کال {clinic_name} کے ساتھ\"\n  other: \"{count} کالیں {clinic_name} کے ساتھ\"\n"
        return result
    }

    /// The project on disk, translated into en and ur.
    static func make(translations: [String: [String: String]] = translations) throws -> TemporaryProject {
        let project = try TemporaryProject([
            "Content/topics/back.md": SiteFixture.topic, "Content/topics/contact.md": contact, "Content/topics/parking.md": local,
            "Content/exercises/chin.yml": SiteFixture.exercise.replacingOccurrences(of: "sekunder.\n", with: "sekunder.\n" + step),
            "Site/strings.yml": SiteFixture.strings + "\n" + strings, "Content/images/chin.svg": SiteFixture.svg,
        ], site: SiteFixture.site + profiles)
        try project.importTranslations(translations)
        return project
    }

    /// One profile rendered into memory.
    static func render(_ project: TemporaryProject, profile: String) throws -> (OutputTree, SiteBuild.Prepared) {
        let prepared = SiteBuild.prepare(root: project.root, profile: profile)
        guard let value = prepared.value else { throw TestFailure(prepared.diagnostics.map(\.description).joined(separator: "\n")) }
        let tree = OutputTree()
        try SiteRenderer(site: value.site, theme: value.theme, options: RenderOptions()).render(into: tree)
        return (tree, value)
    }
}
