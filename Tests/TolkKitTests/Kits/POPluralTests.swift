import Foundation
import Testing
@testable import TolkKit

/// Plural interface strings are PO plural entries with the language's Plural-Forms.
@Suite struct POPluralTests {
    static func make() throws -> TemporaryProject {
        let project = try TemporaryProject(["Site/strings.yml": SiteFixture.strings])
        try project.sync()
        return project
    }

    @Test func polishGetsOnePluralEntryAndItsOtherFormAlone() throws {
        let project = try Self.make()
        let po = try #require(KitFixture.files(try KitFixture.export(project, .po, language: "pl"))["strings.po"])
        #expect(po.contains("\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n"))
        #expect(po.contains("""
            #. Plural forms of repetitions: msgstr[0] = one, msgstr[1] = few, msgstr[2] = many
            #. Tags: <1/> = the number {count}. Keep each tag, around the words it belongs to.
            #: Site/strings.yml:27
            msgctxt "repetitions"
            msgid "<1/> repetisjon"
            msgid_plural "<1/> repetisjoner"
            msgstr[0] ""
            msgstr[1] ""
            msgstr[2] ""

            """))
        // CLDR's `other` (fractions) has no gettext form: it is an entry of its own.
        #expect(po.contains("msgctxt \"repetitions.other\"\nmsgid \"<1/> repetisjoner\"\nmsgstr \"\"\n"))
        if let msgfmt = ExternalTools.msgfmt {
            let url = project.root.appendingPathComponent("strings.po")
            try Data(po.utf8).write(to: url)
            var output = ""
            #expect(ExternalTools.run(msgfmt.path, ["--check-format", "-c", "-o", "/dev/null", url.path], output: &output) == 0, "\(output)")
        }
    }

    @Test func aFilledPluralEntryFillsEveryForm() throws {
        let project = try Self.make()
        let po = try #require(KitFixture.files(try KitFixture.export(project, .po, language: "pl"))["strings.po"])
        // As a translator's tool fills it: every msgstr, the plural forms "PLa ", "PLb "… + msgid_plural.
        var lines: [String] = []
        var msgid = "", plural = ""
        for line in po.components(separatedBy: "\n") {
            if line.hasPrefix("msgid \"") { msgid = String(line.dropFirst(7).dropLast()) }
            if line.hasPrefix("msgid_plural \"") { plural = String(line.dropFirst(14).dropLast()) }
            if line == "msgstr \"\"" && !msgid.isEmpty {
                lines.append("msgstr \"PL \(msgid)\"")
            } else if line.hasPrefix("msgstr["), line.hasSuffix("] \"\"") {
                let index = line.dropFirst(7).prefix { $0 != "]" }
                lines.append("msgstr[\(index)] \"PL\(["a", "b", "c", "d", "e", "f"][Int(index)!]) \(plural)\"")
            } else {
                lines.append(line)
            }
        }
        let filled = lines.joined(separator: "\n")
        let result = try KitFixture.importFiles(project, ["strings.po": filled], language: "pl")
        let imported = try #require(result.value)
        #expect(result.diagnostics == [])
        let units = try project.translation("Locales/pl/strings.xlf").units
        #expect((imported.imported, imported.rejected) == (units.count, 0))
        #expect(units.filter { $0.id.hasPrefix("repetitions.") }.map { "\($0.id)=\($0.target?.plainText ?? "-")" } == [
            "repetitions.one=PLa  repetisjoner", "repetitions.few=PLb  repetisjoner", "repetitions.many=PLc  repetisjoner",
            "repetitions.other=PL  repetisjoner",
        ])
        #expect(units.allSatisfy { $0.state == .translated && $0.hasTarget })
    }
}
