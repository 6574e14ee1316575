/// How one returned unit changes the language's translation. States map explicitly and never
/// above what the file says; but tools do not reliably update states (OmegaT 3.6 leaves
/// `needs-translation` on what it translated, its XLIFF 2 filter writes none), so a state the
/// file has exactly as the kit sent it says nothing: a target that differs from what was sent
/// counts as translated, and one equal to it (the source copy, the unchanged previous
/// translation of a stale unit) changes nothing.
enum KitMerge {
    enum Outcome: Sendable { case confirmed, unconfirmed, staleSinceExport }

    enum Decision {
        case unchanged
        case take(WrittenUnit, Outcome)
    }

    static func decide(_ kitUnit: KitUnit, returned: ReturnedUnit, format: ReturnedFile.Format) -> Decision {
        let unit = kitUnit.unit
        let target: InlineText?
        let source: InlineText
        if format == .po {
            target = returned.rawPOTarget.map { KitInline.readPO($0, source: unit.source) }
            source = KitInline.readPO(returned.rawPOSource ?? "", source: unit.source)
        } else {
            target = returned.target?.resolvingCodes(from: unit.source)
            source = returned.source
        }
        guard let target, !target.isEmpty else { return .unchanged }
        let sent = sentTarget(kitUnit, format: format)
        let same = sent.map { $0.signature == target.signature } ?? false
        let notes = kitUnit.written.keptNotes
        if !MinorEdit.equivalent(source.signature, unit.sourceSignature) {
            // The Norwegian changed while the kit was out: keep the work, but never as current.
            guard !same else { return .unchanged }
            return .take(WrittenUnit(unit: unit, target: target, state: .initial, subState: TranslationUnit.staleSubState,
                                     previousSource: source.plainText, keptNotes: notes), .staleSinceExport)
        }
        let said = statedState(kitUnit, returned: returned, format: format)
        // A bare copy of the source over a translation the language has (an old kit imported
        // again) is no translation, unless the file confirms it.
        if target.signature == unit.sourceSignature, kitUnit.need != .new, (said ?? .initial) == .initial { return .unchanged }
        if same {
            guard let said, said > .initial, kitUnit.need == .stale || kitUnit.need == .new || said > kitUnit.written.state else { return .unchanged }
            return .take(WrittenUnit(unit: unit, target: target, state: said, keptNotes: notes), .confirmed)
        }
        let state = said ?? .translated
        guard state > .initial else {
            let stale = kitUnit.need == .stale
            return .take(WrittenUnit(unit: unit, target: target, state: .initial, subState: stale ? TranslationUnit.staleSubState : nil,
                                     previousSource: stale ? kitUnit.written.previousSource : nil, keptNotes: notes), .unconfirmed)
        }
        return .take(WrittenUnit(unit: unit, target: target, state: state, keptNotes: notes), .confirmed)
    }

    /// The target the kit sent for a unit: XLIFF 1.2 sends a copy of the source for a new one.
    static func sentTarget(_ kitUnit: KitUnit, format: ReturnedFile.Format) -> InlineText? {
        if kitUnit.need == .new { return format == .xliff12 ? kitUnit.unit.source : nil }
        return kitUnit.target
    }

    /// The state the file gives, when it says something the kit did not send.
    static func statedState(_ kitUnit: KitUnit, returned: ReturnedUnit, format: ReturnedFile.Format) -> TranslationState? {
        switch format {
        case .po:
            if returned.stateName == "fuzzy" { return .initial }
            return kitUnit.need == .stale ? .translated : nil  // the translator took away the fuzzy flag
        case .xliff12:
            guard returned.stateName != XLIFF12Writer.sentState(kitUnit) else { return nil }
            return returned.state
        case .xliff2:
            guard returned.stateName != kitUnit.written.state.rawValue else { return nil }
            return returned.state
        }
    }

    /// The error-level findings of `tolk check` on the units to import, by unit id (not
    /// counting the state and staleness the import itself decides).
    static func errors(in units: [WrittenUnit], document: KitDocument, project: Project, language: String) -> [String: [Diagnostic]] {
        guard !units.isEmpty else { return [:] }
        let localized = units.map { written -> LocalizedUnit in
            let translation = TranslationUnit(id: written.unit.id, source: written.unit.source, target: written.target, state: .translated,
                                              location: SourceLocation(file: document.translationPath))
            return LocalizedUnit(unit: written.unit, translation: translation, status: .current, state: .translated,
                                 target: written.target?.resolvingCodes(from: written.unit.source))
        }
        let settings = project.config.language(language) ?? LanguageTag.defaults(for: language)
        let checked = CheckedDocument.check(Staged(LocalizedDocument(document: document.document, language: language,
            translationPath: document.translationPath, fileExists: true, units: localized, unknownUnits: [])),
            language: settings, variables: project.config.variableValues, minState: .initial)
        var result: [String: [Diagnostic]] = [:]
        for problem in checked.problems where problem.severity == .error && !["missing", "plurals", "state", "stale"].contains(problem.check) {
            if let unit = problem.unit { result[unit, default: []].append(problem) }
        }
        return result
    }
}
