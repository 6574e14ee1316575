import Foundation
import Testing
@testable import TolkKit

/// The OASIS XLIFF TC test suites (xliff-21 and xliff-22), kept outside the repository in
/// `../shared/conformance` (see its README.md for the folders and the known defects).
@Suite struct XLIFFValidatorConformanceTests {
    /// Invalid files the validator is known not to reject, with the reason. Empty: all are rejected.
    static let knownUnrejected: [String: String] = [:]

    /// Files in the suites that are broken as published (see the suites' README.md).
    static let knownDefects: [String: String] = [
        "xliff-22/modules/valid/Good-pgs_plural.xlf": "not well-formed XML (undeclared pgs: prefix)",
    ]

    @Test func validCoreFilesAreAccepted() throws {
        let files = try Self.files(in: "core/valid")
        let failures = files.compactMap { file -> String? in
            let errors = Self.validate(file).filter { $0.severity == .error }
            return errors.isEmpty ? nil : "\(file.name):\n  " + errors.map(\.description).joined(separator: "\n  ")
        }
        #expect(failures.isEmpty, "valid files rejected:\n\(failures.joined(separator: "\n"))")
    }

    @Test func invalidCoreFilesAreRejected() throws {
        let files = try Self.files(in: "core/invalid")
        let unrejected = files.filter { file in
            !Self.validate(file).contains { $0.severity == .error && $0.check == XLIFFValidator.check }
        }.map(\.name)
        guard !files.isEmpty else { return }
        print("rejected \(files.count - unrejected.count) of \(files.count) invalid files")
        let unexpected = unrejected.filter { Self.knownUnrejected[$0] == nil }
        #expect(unexpected.isEmpty, "invalid files not rejected:\n\(unexpected.joined(separator: "\n"))")
        #expect(files.count - unrejected.count >= files.count - Self.knownUnrejected.count)
    }

    @Test func validModuleFilesAreAccepted() throws {
        let files = try Self.files(in: "modules/valid").filter { Self.knownDefects[$0.name] == nil }
        let failures = files.compactMap { file -> String? in
            let errors = Self.validate(file).filter { $0.severity == .error }
            return errors.isEmpty ? nil : "\(file.name):\n  " + errors.map(\.description).joined(separator: "\n  ")
        }
        #expect(failures.isEmpty, "valid module files rejected:\n\(failures.joined(separator: "\n"))")
    }

    // MARK: - Locating the suites

    struct SuiteFile {
        let name: String
        let url: URL
    }

    static func validate(_ file: SuiteFile) -> [Diagnostic] {
        guard let data = try? Data(contentsOf: file.url) else {
            return [.error("test", at: nil, "cannot read \(file.name)")]
        }
        return XLIFFValidator.validate(data, path: file.name)
    }

    /// The suites folder: the repository root's sibling `shared/conformance`.
    static var suitesFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/conformance").standardizedFileURL
    }

    /// The `.xlf` files of `folder` (such as `core/valid`) in xliff-21 and xliff-22, named
    /// relative to the suites folder. Passes vacuously (no files) only when the suites are
    /// absent outside CI; in CI they must be there.
    static func files(in folder: String) throws -> [SuiteFile] {
        let root = suitesFolder
        guard FileManager.default.fileExists(atPath: root.path) else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("the XLIFF conformance suites are missing at \(root.path)")
            }
            return []
        }
        var result: [SuiteFile] = []
        for version in ["xliff-21", "xliff-22"] {
            let relative = "\(version)/\(folder)"
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path)
            for name in names.sorted() where name.hasSuffix(".xlf") {
                result.append(SuiteFile(name: "\(relative)/\(name)", url: root.appendingPathComponent("\(relative)/\(name)")))
            }
        }
        #expect(!result.isEmpty, "no .xlf files in \(folder)")
        return result
    }
}

/// Single rules of the validator, with the exact diagnostic text a translator reads.
@Suite struct XLIFFValidatorRuleTests {
    /// Validates a file whose `<unit>` content is `unit` (XLIFF 2.1, en → pl).
    private func validate(unit: String, root: String = #"version="2.1" srcLang="en" trgLang="pl""#) -> [String] {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" \(root)>
             <file id="f1">
              <unit id="u1">
            \(unit)
              </unit>
             </file>
            </xliff>
            """
        return XLIFFValidator.validate(Data(text.utf8), path: "Locales/pl/t.xlf").map(\.description)
    }

    @Test func acceptsATolkStyleFile() {
        #expect(validate(unit: """
               <originalData><data id="d1">https://example.org/</data></originalData>
               <segment state="translated">
                <source>See <pc id="1" type="link" dataRefStart="d1">the site</pc> and <ph id="2" type="ui" subType="xlf:var" disp="{hold}"/>.</source>
                <target>Zobacz <pc id="1" type="link" dataRefStart="d1">stronę</pc> i <ph id="2" type="ui" subType="xlf:var" disp="{hold}"/>.</target>
               </segment>
            """) == [])
    }

    @Test func subStateNeedsState() {
        #expect(validate(unit: """
               <segment subState="my:value">
                <source>text</source>
               </segment>
            """) == ["Locales/pl/t.xlf:5:4: error: [xliff] unit u1: <segment> has subState but no state; subState needs state"])
    }

    @Test func endCodeMustPointToAStartCode() {
        #expect(validate(unit: """
               <segment>
                <source>Text<ec startRef="9"/></source>
               </segment>
            """) == [
            "Locales/pl/t.xlf:6:17: error: [xliff] unit u1: <ec startRef=\"9\"> refers to a start code that does not exist: this unit has no <sc id=\"9\">",
        ])
    }

    @Test func translatedSegmentNeedsTarget() {
        #expect(validate(unit: """
               <segment state="final">
                <source>text</source>
               </segment>
            """) == [
            "Locales/pl/t.xlf:5:4: error: [xliff] unit u1: <segment state=\"final\"> has no <target>; a translated, reviewed or final segment must have one",
        ])
    }

    @Test func targetNeedsTargetLanguage() {
        #expect(validate(unit: """
               <segment>
                <source>text</source>
                <target>tekst</target>
               </segment>
            """, root: #"version="2.0" srcLang="en""#) == [
            "Locales/pl/t.xlf:7:5: error: [xliff] <target> found, but <xliff> has no trgLang; a file with translations must name their language\n  hint: add trgLang=\"...\" (e.g. trgLang=\"pl\") to <xliff>",
        ])
    }

    @Test func targetLanguageMustMatch() {
        #expect(validate(unit: """
               <segment>
                <source xml:lang="en-GB">text</source>
                <target xml:lang="de">Text</target>
               </segment>
            """) == [
            "Locales/pl/t.xlf:7:5: error: [xliff] unit u1: <target xml:lang=\"de\"> does not match trgLang=\"pl\" of <xliff>",
        ])
    }

    @Test func targetCodesKeepTheKindOfTheirSourceCode() {
        #expect(validate(unit: """
               <segment>
                <source><ph id="1"/>text</source>
                <target><pc id="1">tekst</pc></target>
               </segment>
            """) == [
            "Locales/pl/t.xlf:7:13: error: [xliff] unit u1: <pc id=\"1\"> in the target has the id of <ph id=\"1\"> in the source; a target element with a source id must be the same kind of element",
        ])
    }

    @Test func extensionElementsOnlyAtExtensionPoints() {
        #expect(validate(unit: """
               <segment>
                <source>text</source>
                <my:note xmlns:my="urn:example">x</my:note>
               </segment>
            """) == [
            "Locales/pl/t.xlf:7:5: error: [xliff] unit u1: <segment> cannot contain extension elements such as <my:note>\n  hint: extension elements may stand in <file>, <group> and <unit>, before their <notes>",
        ])
    }

    @Test func refusesDoctype() {
        let text = #"<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x "y">]><xliff/>"#
        let diagnostics = XLIFFValidator.validate(Data(text.utf8), path: "t.xlf")
        #expect(diagnostics.map(\.check) == ["xml"])
        #expect(diagnostics.first?.message.hasPrefix("the file has a DOCTYPE declaration") == true)
    }

    @Test func refusesXLIFF12() {
        let text = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>"#
        #expect(XLIFFValidator.validate(Data(text.utf8), path: "t.xlf").map(\.message) == [
            "the root element is <xliff> in the namespace urn:oasis:names:tc:xliff:document:1.2; an XLIFF 2 file starts with <xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">",
        ])
    }

    @Test func versionMustFitTheNamespace() {
        let text = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.2" srcLang="en"><file id="f"><group id="g"/></file></xliff>"#
        #expect(XLIFFValidator.validate(Data(text.utf8), path: "t.xlf").map(\.message) == [
            "version=\"2.2\" needs the XLIFF 2.2 namespace urn:oasis:names:tc:xliff:document:2.2",
        ])
    }

    @Test func fragmentIdentifiers() {
        #expect(FragmentIdentifier.parse("f=f1/u=u1/n=n1") == .valid(FragmentIdentifier(isAbsolute: false, selectors: [
            .init(prefix: "f", id: "f1"), .init(prefix: "u", id: "u1"), .init(prefix: "n", id: "n1"),
        ])))
        #expect(FragmentIdentifier.parse("/f=f1/tbx=t1") == .valid(FragmentIdentifier(isAbsolute: true, selectors: [
            .init(prefix: "f", id: "f1"), .init(prefix: "tbx", id: "t1"), // tbx: a registered extension prefix
        ])))
        #expect(FragmentIdentifier.parse("u=u1/f=f1") == .invalid("the selectors f=, g= and u= must come in that order"))
        #expect(FragmentIdentifier.parse("d=d1/u=u1") == .invalid("the selector \"d=d1\" must be the last one"))
        #expect(FragmentIdentifier.parse("c1/c2") == .invalid("it has more than one selector without a prefix"))
        #expect(FragmentIdentifier.parse("f=f1/z=x") == .invalid("\"z\" is not one of XLIFF's one-letter prefixes (f, g, u, n, d, t)"))
        #expect(FragmentIdentifier.parse("my=x") == .invalid("the prefix \"my\" is not registered for an XLIFF module or extension"))
    }

    @Test func languageTags() {
        for tag in ["en", "nb-NO", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "en-u-ca-gregory", "x-private", "i-klingon", "ckb"] {
            #expect(LanguageTagSyntax.isWellFormed(tag), "\(tag)")
        }
        for tag in ["e", "f r", "en-", "en--US", "toolongtag", "en-x", "1en"] {
            #expect(!LanguageTagSyntax.isWellFormed(tag), "\(tag)")
        }
    }
}
