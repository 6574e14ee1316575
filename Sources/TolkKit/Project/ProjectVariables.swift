import Foundation

/// The `{name}` variables content uses, checked against site.yml: a name no setting defines is an
/// error where it is written; a name a profile leaves undefined is an error naming the profile;
/// a page limited to a profile site.yml does not have is an error at its `profiles:`.
/// A project that defines no variables at all gets a warning instead: before variables,
/// `{name}` in a topic was a code shown as written, and such a project still builds as it did.
enum ProjectVariables {
    /// Placeholders the interface strings get from Tolk itself, not from site.yml.
    static let interfacePlaceholders: Set<String> = ["language", "count"]

    /// Every problem with variables and `profiles:` in a loaded project.
    static func problems(_ project: Project) -> [Diagnostic] {
        let config = project.config
        let known = config.allVariableNames
        var diagnostics: [Diagnostic] = []
        var uses: [(document: SourceDocument, name: String, location: SourceLocation)] = []
        // Every unit of every document is read: on all cores (nothing else runs meanwhile).
        let documents = project.documents
        let found = ResultSlots<[(String, SourceLocation)]>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            found[index] = variableUses(documents[index], sourceLanguage: config.sourceLanguage)
        }
        let allUses = found.values
        for (document, documentUses) in zip(documents, allUses) {
            var lines: [Substring]?
            for (name, unitLocation) in documentUses ?? [] {
                guard known.contains(name) else {
                    // The unit's location is where its block starts; the error points at the name itself.
                    if lines == nil { lines = sourceLines(of: document, in: project) }
                    let location = position(of: "{\(name)}", from: unitLocation, in: lines ?? [])
                    let defined = known.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    diagnostics.append(Diagnostic(known.isEmpty ? .warning : .error, check: "variables", at: location, "{\(name)} is not a variable: Site/site.yml does not define `\(name)`",
                        hint: "add `\(name): ...` to `variables:` in Site/site.yml, or write the text without braces"
                            + (defined.isEmpty ? "" : "; defined: \(defined)")))
                    continue
                }
                uses.append((document, name, unitLocation))
            }
            if let names = document.profiles {
                for name in names where config.profile(name) == nil {
                    let defined = config.profiles.map(\.name).joined(separator: ", ")
                    diagnostics.append(.error("profiles", at: document.profilesLocation ?? SourceLocation(file: document.path),
                        "the page is limited to the profile `\(name)`, which Site/site.yml does not define",
                        hint: defined.isEmpty ? "add `profiles:` to Site/site.yml, or remove `profiles` here" : "profiles: \(defined)"))
                }
            }
        }
        for profile in config.profiles {
            let values = config.applying(profile).variableValues
            var reported: Set<String> = []
            for use in uses where values[use.name] == nil && use.document.isPublished(forProfile: profile.name) && !reported.contains(use.name) {
                reported.insert(use.name)
                diagnostics.append(.error("variables", at: profile.location,
                    "the profile `\(profile.name)` does not define {\(use.name)}, which \(use.location) uses",
                    hint: "add `\(use.name): ...` to `variables:` of the profile `\(profile.name)`, or to the shared `variables:`"))
            }
        }
        return diagnostics
    }

    /// The lines of a source document's file (read again only when it has an unknown variable).
    private static func sourceLines(of document: SourceDocument, in project: Project) -> [Substring] {
        let url = project.root.appendingPathComponent(document.path)
        guard let data = try? Data(contentsOf: url) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Where `written` first appears at or after `start` (line and column, counted in
    /// characters); `start` itself when the file does not have it there (a YAML escape, say).
    static func position(of written: String, from start: SourceLocation, in lines: [Substring]) -> SourceLocation {
        guard start.line >= 1 else { return start }
        for index in (start.line - 1) ..< lines.count {
            var line = lines[index]
            var offset = 0
            if index == start.line - 1, start.column > 1 {
                let skip = min(start.column - 1, line.count)
                line = line.dropFirst(skip)
                offset = skip
            }
            if let range = line.range(of: written) {
                return SourceLocation(file: start.file, line: index + 1, column: offset + line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return start
    }

    /// The variables a source document writes, with where; dosage placeholders of exercises and
    /// Tolk's own interface placeholders are not variables.
    static func variableUses(_ document: SourceDocument, sourceLanguage: String) -> [(String, SourceLocation)] {
        var result: [(String, SourceLocation)] = []
        for unit in document.units(for: sourceLanguage) {
            for case .placeholder(_, .placeholder(let written)) in unit.source.elements {
                let name = String(written.dropFirst().dropLast())
                switch document.content {
                case .exercise where DosageField(placeholder: written) != nil: continue
                case .strings where interfacePlaceholders.contains(name): continue
                default: result.append((name, unit.location))
                }
            }
        }
        return result
    }
}

extension Project {
    /// The project as one profile publishes it: site.yml with the profile applied
    /// (`SiteConfig.applying`) and only the documents the profile publishes. `nil` or a project
    /// without profiles gives the project as it is.
    public func forProfile(_ name: String?) -> Project? {
        guard let name else { return self }
        guard let profile = config.profile(name) else { return nil }
        var project = Project(root: root, config: config.applying(profile),
                              documents: documents.filter { $0.isPublished(forProfile: name) })
        let kept = Set(project.config.languages.map(\.tag))
        project.otherProfiles.languages = Set(config.languages.map(\.tag)).subtracting(kept)
        project.otherProfiles.translationPaths = Set(documents.filter { !$0.isPublished(forProfile: name) }.flatMap { document in
            config.targetLanguages.map { translationPath(of: document, language: $0.tag) }
        })
        return project
    }

    /// The profiles to build or check: the one asked for, or every profile of site.yml; `[nil]`
    /// for a project without profiles. An unknown name is an error listing the defined ones.
    public func profilesToRun(_ requested: String?) -> Staged<[String?]> {
        if let requested {
            guard config.profile(requested) != nil else {
                let defined = config.profiles.map(\.name)
                return Staged([], diagnostics: [.error("profiles", at: nil, "Site/site.yml has no profile `\(requested)`",
                    hint: defined.isEmpty ? "the project has no `profiles:`; leave out --profile" : "profiles: \(defined.joined(separator: ", "))")])
            }
            return Staged([requested])
        }
        return Staged(config.profiles.isEmpty ? [nil] : config.profiles.map(\.name))
    }
}
