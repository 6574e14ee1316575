import Foundation
@testable import TolkKit

/// Builds localized units and languages in memory, so check tests need no files.
enum CheckFixture {
    static let path = "Locales/pl/topics/neck-pain.xlf"

    static let polish = LanguageSettings(tag: "pl", name: "polski", direction: .ltr, script: "Latn")
    static let urdu = LanguageSettings(tag: "ur", name: "اردو", direction: .rtl, numbers: "arabext", script: "Arab")
    static let arabic = LanguageSettings(tag: "ar", name: "العربية", direction: .rtl, script: "Arab")

    /// Text with `{placeholders}` split out as codes, as the content loaders make it.
    static func text(_ string: String) -> InlineText { Placeholders.inlineText(string) }

    /// A unit with a translation: `<unit>` at line:5 (12:5), `<target>` two lines below at column 9 (14:9) of `file`.
    static func unit(
        _ source: InlineText, target: InlineText?, id: String = "p-1a2b3c4d", kind: UnitKind = .paragraph,
        state: TranslationState = .translated, status: UnitStatus? = nil, previousSource: String? = nil,
        pluralCategory: String? = nil, file: String = path, line: Int = 12
    ) -> LocalizedUnit {
        let unit = Unit(id: id, kind: kind, source: source, location: SourceLocation(file: "Content/topics/neck-pain.md", line: 3),
                        context: "Paragraph", pluralCategory: pluralCategory)
        let isStale = status == .stale
        let translation = TranslationUnit(
            id: id, source: source, target: target, state: isStale ? .initial : state,
            subState: isStale ? TranslationUnit.staleSubState : nil, previousSource: previousSource,
            location: SourceLocation(file: file, line: line, column: 5),
            targetLocation: target == nil ? nil : SourceLocation(file: file, line: line + 2, column: 9))
        let resolvedStatus = status ?? (translation.hasTarget ? .current : .missing)
        return LocalizedUnit(unit: unit, translation: translation, status: resolvedStatus, state: translation.state,
                             target: target?.resolvingCodes(from: source))
    }

    /// A plain-text unit.
    static func unit(_ source: String, _ target: String?, state: TranslationState = .translated) -> LocalizedUnit {
        unit(text(source), target: target.map(text), state: state)
    }

    static func subject(_ unit: LocalizedUnit, language: LanguageSettings = polish, minState: TranslationState = .translated,
                        fileExists: Bool = true) -> CheckSubject {
        CheckSubject(localized: unit, language: language, minState: minState, translationPath: path, fileExists: fileExists,
                     profile: CheckLanguage(language, variables: [:]))
    }

    /// The diagnostics of one check, as printed.
    static func run(_ check: any UnitCheck, _ unit: LocalizedUnit, language: LanguageSettings = polish,
                    minState: TranslationState = .translated, fileExists: Bool = true) -> [String] {
        CheckRegistry.diagnostics(for: subject(unit, language: language, minState: minState, fileExists: fileExists), checks: [check])
            .map(\.description)
    }

    /// The diagnostics of one check for plain source and target text.
    static func run(_ check: any UnitCheck, source: String, target: String, language: LanguageSettings = polish) -> [String] {
        run(check, unit(source, target), language: language)
    }

    /// `path:14:9: error: [check] unit p-1a2b3c4d: message` + hint: what a diagnostic at the target prints.
    static func expected(_ severity: Severity, _ check: String, _ message: String, hint: String) -> String {
        "\(path):14:9: \(severity.rawValue): [\(check)] unit p-1a2b3c4d: \(message)\n  hint: \(hint)"
    }
}
