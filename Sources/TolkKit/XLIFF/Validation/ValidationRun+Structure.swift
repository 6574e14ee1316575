/// `xml:lang` and `xml:space` as inherited down the tree, with where the language was set.
struct Inherited {
    var language: String?
    var languageOrigin: String?
    var space: String

    /// The values in force inside `element`.
    func applying(_ element: XMLElement) -> Inherited {
        var result = self
        if let language = element.attribute(named: "lang", namespace: ValidationRun.xmlNamespace) {
            result.language = language
            result.languageOrigin = "<\(element.name)>"
        }
        result.space = element.attribute(named: "space", namespace: ValidationRun.xmlNamespace) ?? space
        return result
    }
}

/// Facts about one `<file>`: its ids, and references resolved when the file is done.
struct FileScope {
    let id: String?
    var groupIDs = IDRegistry()
    var unitIDs = IDRegistry()
    var subFlows: [(element: XMLElement, attribute: String, unit: String)] = []
}

extension ValidationRun {
    /// Walks the document from `<xliff>` down.
    func walkDocument(_ root: XMLElement) {
        checkVersion(root)
        let inherited = Inherited(space: "default").applying(root)
        var fileIDs = IDRegistry()
        var topLevelIDs = IDRegistry()
        for child in checkElement(root) {
            if isForeign(child) { walkForeign(child, ids: &topLevelIDs, owner: "<xliff>") }
            guard isCore(child) else { continue }
            if child.isNamed("notes") { walkNotes(child) }
            guard child.isNamed("file") else { continue }
            if let id = child.attribute(named: "id"), !fileIDs.insert(id) {
                report(child, "two <file> elements have the id \"\(id)\"; file ids must be unique in the document")
            }
            walkFile(child, inherited: inherited)
        }
    }

    private func checkVersion(_ root: XMLElement) {
        guard let version = root.attribute("version") else { return }
        let allowed = isVersion22 ? ["2.0", "2.1", "2.2"] : ["2.0", "2.1"]
        if version == "2.2", !isVersion22 {
            report(root, "version=\"2.2\" needs the XLIFF 2.2 namespace \(XLIFFNamespace.core22)",
                   hint: "XLIFF 2.0 and 2.1 use \(XLIFFNamespace.core20); 2.2 uses \(XLIFFNamespace.core22)")
        } else if !allowed.contains(version) {
            report(root, "version=\"\(version)\" on <xliff> is not allowed; use \(allowed.joined(separator: " or "))")
        }
    }

    private func walkFile(_ file: XMLElement, inherited: Inherited) {
        let children = checkElement(file)
        let inherited = inherited.applying(file)
        var scope = FileScope(id: file.attribute(named: "id"))
        var extensionIDs = IDRegistry()
        for child in children {
            if isForeign(child) { walkForeign(child, ids: &extensionIDs, owner: "<file>") }
            guard isCore(child) else { continue }
            if child.isNamed("unit") {
                walkUnit(child, file: &scope, inherited: inherited)
            } else if child.isNamed("group") {
                walkGroup(child, file: &scope, inherited: inherited)
            } else if child.isNamed("notes") {
                walkNotes(child)
            } else if child.isNamed("skeleton") {
                checkSkeleton(child)
            }
        }
        for reference in scope.subFlows where !scope.unitIDs.contains(reference.unit) {
            report(reference.element, "\(reference.attribute)=\"\(reference.unit)\" on \(reference.element.display) refers to a sub-flow unit that does not exist: this <file> has no <unit id=\"\(reference.unit)\">")
        }
    }

    private func walkGroup(_ group: XMLElement, file: inout FileScope, inherited: Inherited) {
        let children = checkElement(group)
        if let id = group.attribute(named: "id"), !file.groupIDs.insert(id) {
            report(group, "two groups in this <file> have the id \"\(id)\"; group ids must be unique within a file")
        }
        let inherited = inherited.applying(group)
        var extensionIDs = IDRegistry()
        for child in children {
            if isForeign(child) { walkForeign(child, ids: &extensionIDs, owner: "<group>") }
            guard isCore(child) else { continue }
            if child.isNamed("unit") {
                walkUnit(child, file: &file, inherited: inherited)
            } else if child.isNamed("group") {
                walkGroup(child, file: &file, inherited: inherited)
            } else if child.isNamed("notes") {
                walkNotes(child)
            }
        }
    }

    private func checkSkeleton(_ skeleton: XMLElement) {
        let children = skeleton.children
        checkElement(skeleton)
        let isEmpty = children.allSatisfy { if case .text(let text) = $0 { XMLNames.isWhitespace(text) } else { false } }
        if skeleton.attribute("href") != nil, !isEmpty {
            report(skeleton, "<skeleton> has both href and content; it must either point to an external skeleton (href) or contain it, not both")
        } else if skeleton.attribute("href") == nil, isEmpty {
            report(skeleton, "<skeleton> is empty and has no href; it must contain the skeleton or point to it with href")
        }
    }

    /// Checks a `<notes>` element and returns the ids of its notes.
    @discardableResult
    func walkNotes(_ notes: XMLElement) -> Set<String> {
        var ids: Set<String> = []
        for note in checkElement(notes) where isCore(note) && note.isNamed("note") {
            checkElement(note)
            if let ref = note.attribute(named: "ref") { checkFragment(ref, on: note) }
            guard let id = note.attribute(named: "id") else { continue }
            if !ids.insert(id).inserted {
                report(note, "two notes here have the id \"\(id)\"; note ids must be unique within their <notes>")
            }
        }
        return ids
    }

    /// Walks an element of another namespace (a module or an extension): module element names
    /// must exist, and ids must be unique per namespace within the enclosing file, group or
    /// unit. XLIFF elements nested inside (as in `<mtc:match>`) are not core content.
    func walkForeign(_ element: XMLElement, ids: inout IDRegistry, owner: String) {
        guard let namespace = element.namespace, !XLIFFNamespace.isCore(namespace) else { return }
        if let module = XLIFFModule.all[namespace], !module.definesElement(element.name) {
            report(element, "<\(element.qualifiedName)> is not an element of the \(module.name) module")
        }
        if let id = element.anyID, !ids.insert(id, in: namespace) {
            report(element, "<\(element.qualifiedName)> uses the id \"\(id)\" a second time in this \(owner); ids of extension elements must be unique there")
        }
        for child in element.elements { walkForeign(child, ids: &ids, owner: owner) }
    }

    /// Checks the syntax of a `ref` that points into this document (`#...`).
    func checkFragment(_ ref: String, on element: XMLElement) {
        guard ref.hasPrefix("#") else { return }
        if case .invalid(let reason) = FragmentIdentifier.parse(ref.dropFirst()) {
            report(element, "ref=\"\(ref)\" on \(element.display) is not a valid XLIFF fragment identifier: \(reason)",
                   hint: "write it as #n=note-id, #f=file-id/u=unit-id/segment-id, #t=target-id and so on")
        }
    }
}
