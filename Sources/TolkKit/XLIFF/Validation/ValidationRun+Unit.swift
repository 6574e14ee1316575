extension ValidationRun {
    /// Walks a `<unit>`: its notes, original data, segments and ignorables, then runs the
    /// unit-wide rules (ids, references, inline code pairing and editing hints) on what it saw.
    func walkUnit(_ unit: XMLElement, file: inout FileScope, inherited: Inherited) {
        let children = checkElement(unit)
        let id = unit.attribute(named: "id")
        if let id, !file.unitIDs.insert(id) {
            report(unit, "two units in this <file> have the id \"\(id)\"; unit ids must be unique within a file")
        }
        let inherited = inherited.applying(unit)
        var model = UnitModel(element: unit, id: id, fileID: file.id)
        var extensionIDs = IDRegistry()
        var partIDs = IDRegistry()
        for child in children {
            if isForeign(child) { walkForeign(child, ids: &extensionIDs, owner: "<unit>") }
            guard isCore(child) else { continue }
            if child.isNamed("segment") || child.isNamed("ignorable") {
                if let partID = child.attribute(named: "id"), !partIDs.insert(partID) {
                    report(child, "\(child.display) uses an id that another <segment> or <ignorable> of this unit already has")
                }
                model.parts.append(walkPart(child, inherited: inherited, file: &file))
            } else if child.isNamed("notes") {
                model.noteIDs = walkNotes(child)
            } else if child.isNamed("originalData") {
                model.dataIDs = walkOriginalData(child)
            }
        }
        if !model.parts.contains(where: \.isSegment) {
            report(unit, "\(unit.display) has no <segment>; a unit needs at least one (ignorables alone are not enough)")
        }
        UnitRules(run: self, unit: model).check()
    }

    private func walkOriginalData(_ originalData: XMLElement) -> Set<String> {
        var ids: Set<String> = []
        for data in checkElement(originalData) where isCore(data) && data.isNamed("data") {
            for codePoint in checkElement(data) where isCore(codePoint) && codePoint.isNamed("cp") {
                checkElement(codePoint)
                checkCodePoint(codePoint)
            }
            guard let id = data.attribute(named: "id") else { continue }
            if !ids.insert(id).inserted {
                report(data, "two <data> elements in this unit have the id \"\(id)\"; data ids must be unique within a unit")
            }
        }
        return ids
    }

    private func walkPart(_ part: XMLElement, inherited: Inherited, file: inout FileScope) -> UnitPart {
        var result = UnitPart(element: part)
        let isSegment = part.isNamed("segment")
        if isSegment, part.attribute(named: "subState") != nil, part.attribute(named: "state") == nil {
            report(part, "<segment> has subState but no state; subState needs state")
        }
        var sourceSpace: String?
        for child in checkElement(part) where isCore(child) {
            let space = child.attribute(named: "space", namespace: Self.xmlNamespace) ?? inherited.space
            if child.isNamed("source") {
                checkLanguage(of: child, inherited: inherited, expected: sourceLanguage, attribute: "srcLang")
                result.source = collectInline(in: child, file: &file)
                sourceSpace = space
            } else if child.isNamed("target") {
                noteTarget(child)
                checkLanguage(of: child, inherited: inherited, expected: targetLanguage, attribute: "trgLang")
                result.target = collectInline(in: child, file: &file)
                result.targetElement = child
                result.order = child.attribute(named: "order").flatMap(Int.init).flatMap { $0 >= 1 ? $0 : nil }
                if let sourceSpace, sourceSpace != space {
                    report(child, "<target> treats white space as xml:space=\"\(space)\" but its <source> as \"\(sourceSpace)\"; source and target must treat white space the same way",
                           hint: "give the <target> the same xml:space as the <source>")
                }
            }
        }
        if isSegment, result.targetElement == nil,
           let state = part.attribute(named: "state"), ["translated", "reviewed", "final"].contains(state) {
            report(part, "<segment state=\"\(state)\"> has no <target>; a translated, reviewed or final segment must have one")
        }
        return result
    }

    /// Whether `tag` is `expected` or a more specific form of it (`en-IE` within `en`).
    static func language(_ tag: String, isWithin expected: String) -> Bool {
        let (tag, expected) = (tag.lowercased(), expected.lowercased())
        return tag == expected || tag.hasPrefix(expected + "-")
    }

    /// A source must be in `srcLang` and a target in `trgLang`, whether `xml:lang` is set on
    /// it or inherited from `<unit>`, `<group>`, `<file>` or `<xliff>`.
    private func checkLanguage(of element: XMLElement, inherited: Inherited, expected: String?, attribute: String) {
        guard let expected else { return }
        let own = element.attribute(named: "lang", namespace: Self.xmlNamespace)
        guard let language = own ?? inherited.language, LanguageTagSyntax.isWellFormed(language),
              !Self.language(language, isWithin: expected) else { return }
        if own != nil {
            report(element, "<\(element.name) xml:lang=\"\(language)\"> does not match \(attribute)=\"\(expected)\" of <xliff>")
        } else {
            report(element, "<\(element.name)> inherits xml:lang=\"\(language)\" from \(inherited.languageOrigin ?? "<xliff>"), which does not match \(attribute)=\"\(expected)\" of <xliff>",
                   hint: "remove xml:lang from \(inherited.languageOrigin ?? "<xliff>") or set xml:lang=\"\(expected)\" on the <\(element.name)>")
        }
    }
}
