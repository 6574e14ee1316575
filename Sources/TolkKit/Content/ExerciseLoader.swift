import Foundation
import Yams

/// Loads `Content/exercises/<slug>.yml`, the START exercise schema documented in the README.
enum ExerciseLoader {
    static let textFields: [(key: String, context: String)] = [
        ("title", "Exercise name"),
        ("image_alt", "Description of the illustration (alt text)"),
        ("purpose", "What the exercise is for"),
        ("starting_position", "Starting position"),
    ]
    static let knownKeys: Set<String> = ["title", "region", "level", "image", "image_alt", "purpose", "starting_position", "steps", "dosage", "cautions", "profiles"]
    static let dosageKeys = ["repetitions", "sets", "hold_seconds", "times_per_day"]

    /// Loads an exercise. `isTranslatedCopy` skips the checks of data a translated copy does not need
    /// (its dosage and region come from the source). With `disk`, the image is
    /// looked for on disk too (it must exist, inside `Content/`).
    /// `variables` are the names site.yml defines: a step may use `{clinic_phone}` as well as
    /// the dosage placeholders.
    static func load(_ text: String, path: String, slug: String, isTranslatedCopy: Bool = false, disk: SourceDisk? = nil,
                     variables: Set<String> = []) -> Staged<SourceDocument?> {
        let parsed = YAMLDocument.parse(text, path: path)
        guard let yaml = parsed.value else { return Staged(nil, diagnostics: parsed.diagnostics) }
        guard let root = yaml.root, root.mapping != nil else {
            return Staged(nil, diagnostics: [.error("exercise", at: SourceLocation(file: path), "an exercise file must be YAML fields such as `title: ...`")])
        }
        var diagnostics: [Diagnostic] = []
        var units: [Unit] = []
        var ids = UnitIDMaker()
        for (key, keyNode, _) in root.orderedPairs where !knownKeys.contains(key) {
            diagnostics.append(.warning("exercise", at: yaml.location(of: keyNode), "unknown field `\(key)` is ignored",
                hint: "exercise fields: \(knownKeys.sorted().joined(separator: ", "))"))
        }
        func textUnit(_ key: String, _ context: String) -> String? {
            guard let node = root[key: key] else { return nil }
            guard let value = node.text, !value.isEmpty, node.scalar != nil else {
                diagnostics.append(.error("exercise", at: yaml.location(of: node), "`\(key)` must be a line of text"))
                return nil
            }
            let id = ids.reserve(key)
            units.append(Unit(id: id, kind: .field, source: Placeholders.inlineText(value), location: yaml.location(of: node), context: context))
            return id
        }
        func listUnits(_ key: String, prefix: String, kind: UnitKind, context: String) -> [String] {
            guard let node = root[key: key] else { return [] }
            guard let items = node.sequence else {
                diagnostics.append(.error("exercise", at: yaml.location(of: node), "`\(key)` must be a list (lines starting with `- `)"))
                return []
            }
            return items.compactMap { item in
                guard let value = item.text, !value.isEmpty else {
                    diagnostics.append(.error("exercise", at: yaml.location(of: item), "each entry of `\(key)` must be a line of text"))
                    return nil
                }
                let source = Placeholders.inlineText(value)
                let id = ids.make(prefix: prefix, text: source.signature)
                units.append(Unit(id: id, kind: kind, source: source, location: yaml.location(of: item), context: context))
                return id
            }
        }

        let fieldIDs = Dictionary(uniqueKeysWithValues: textFields.map { ($0.key, textUnit($0.key, $0.context)) })
        let steps = listUnits("steps", prefix: "step", kind: .step, context: "Exercise step")
        let cautions = listUnits("cautions", prefix: "caution", kind: .caution, context: "Caution: when to stop")
        if root[key: "title"] == nil {
            diagnostics.append(.error("exercise", at: SourceLocation(file: path), "the exercise has no `title`"))
        }
        if steps.isEmpty {
            diagnostics.append(.error("exercise", at: yaml.location(of: root[key: "steps"] ?? root), "the exercise has no `steps`",
                hint: "add `steps:` with one `- ` line per step"))
        }
        let region = root[key: "region"]?.text ?? "general"
        if !Exercise.regions.contains(region) {
            diagnostics.append(.error("exercise", at: yaml.location(of: root[key: "region"]),
                "`region: \(region)` is not a known body region", hint: "use one of: \(Exercise.regions.joined(separator: ", "))"))
        }
        var level = 1
        if let node = root[key: "level"] {
            if let value = node.int, (1...3).contains(value) { level = value } else {
                diagnostics.append(.error("exercise", at: yaml.location(of: node), "`level` must be 1, 2 or 3"))
            }
        }
        let image = isTranslatedCopy ? nil : checkImage(root[key: "image"], hasAlt: root[key: "image_alt"] != nil, yaml: yaml,
                                                         disk: disk, diagnostics: &diagnostics)
        let dosage = loadDosage(root[key: "dosage"], yaml: yaml, diagnostics: &diagnostics)
        for id in steps where !isTranslatedCopy {
            guard let unit = units.first(where: { $0.id == id }) else { continue }
            for case .placeholder(_, .placeholder(let name)) in unit.source.elements
                where dosage.value(forPlaceholder: name) == nil && !variables.contains(String(name.dropFirst().dropLast())) {
                diagnostics.append(placeholderProblem(name, at: unit.location))
            }
        }
        guard !diagnostics.hasErrors, let titleUnit = fieldIDs["title"] ?? nil else { return Staged(nil, diagnostics: diagnostics) }
        let exercise = Exercise(
            slug: slug, region: region, level: level, image: image ?? root[key: "image"]?.text, dosage: dosage,
            titleUnit: titleUnit, imageAltUnit: fieldIDs["image_alt"] ?? nil, purposeUnit: fieldIDs["purpose"] ?? nil,
            startingPositionUnit: fieldIDs["starting_position"] ?? nil, stepUnits: steps, cautionUnits: cautions)
        var document = SourceDocument(path: path, content: .exercise(exercise), units: units)
        let profiles = ProfileList.load(root[key: "profiles"], yaml: yaml)
        guard !profiles.diagnostics.hasErrors else { return Staged(nil, diagnostics: diagnostics + profiles.diagnostics) }
        document.profiles = profiles.value
        document.profilesLocation = root[key: "profiles"].map { yaml.location(of: $0) }
        return Staged(document, diagnostics: diagnostics)
    }

    /// The `image:` path: text, inside `Content/` (see `ProjectPath`), existing when the project
    /// is on disk, and described by `image_alt` (without it, the picture would say nothing to
    /// a reader who cannot see it). Problems are reported at the path.
    private static func checkImage(_ node: Yams.Node?, hasAlt: Bool, yaml: YAMLDocument, disk: SourceDisk?,
                                   diagnostics: inout [Diagnostic]) -> String? {
        guard let node else { return nil }
        let location = yaml.location(of: node)
        guard let image = node.text, node.scalar != nil, !image.isEmpty else {
            diagnostics.append(.error("exercise", at: location, "`image` must be a path such as `images/chin-tuck.svg`"))
            return nil
        }
        if !hasAlt {
            diagnostics.append(.error("exercise", at: location, "the exercise has an `image` but no `image_alt`",
                hint: "add `image_alt:` with a sentence that says what the illustration shows"))
        }
        if let problem = ProjectPath.problem(image, in: "Content", disk: disk) {
            diagnostics.append(ProjectPath.diagnostic(problem, what: "the image", path: image, folder: "Content/", at: location))
        } else if let disk, !disk.exists("Content/\(image)") {
            diagnostics.append(.error("exercise", at: location, "the image `\(image)` does not exist (looked for Content/\(image))",
                hint: "put the file in Content/images/ or correct `image:`"))
        }
        return image
    }

    /// A step placeholder without a number: one the dosage lacks names its own dosage key
    /// (`{sets}` needs `sets`); one Tolk does not know (`{sekunder}`) says so and lists the known ones.
    private static func placeholderProblem(_ name: String, at location: SourceLocation) -> Diagnostic {
        guard let field = DosageField(placeholder: name) else {
            return .error("exercise", at: location, "the step uses \(name), which is not a dosage placeholder",
                hint: "known placeholders: \(DosageField.placeholders.joined(separator: ", ")); "
                    + "write text without braces, or use one of these with its number in `dosage`")
        }
        return .error("exercise", at: location, "the step uses \(name), but the dosage has no number for it",
            hint: "add `\(field.rawValue)` to `dosage`, e.g. `dosage: { \(field.rawValue): \(field.example) }`")
    }

    private static func loadDosage(_ node: Yams.Node?, yaml: YAMLDocument, diagnostics: inout [Diagnostic]) -> Dosage {
        var dosage = Dosage()
        guard let node else { return dosage }
        guard node.mapping != nil else {
            diagnostics.append(.error("exercise", at: yaml.location(of: node), "`dosage` must be fields such as `{ repetitions: 10, sets: 2 }`"))
            return dosage
        }
        for (key, keyNode, value) in node.orderedPairs {
            guard dosageKeys.contains(key) else {
                diagnostics.append(.warning("exercise", at: yaml.location(of: keyNode), "unknown dosage field `\(key)` is ignored",
                    hint: "dosage fields: \(dosageKeys.joined(separator: ", "))"))
                continue
            }
            // No dosage of 0 or less makes sense to a patient ("0 sets", "hold for -1 seconds").
            guard let number = value.int, (1...10_000).contains(number) else {
                diagnostics.append(.error("exercise", at: yaml.location(of: value),
                    "`\(key)` must be a positive whole number (1 to 10000)\(value.text.map { ", not `\($0)`" } ?? "")"))
                continue
            }
            switch key {
            case "repetitions": dosage.repetitions = number
            case "sets": dosage.sets = number
            case "hold_seconds": dosage.holdSeconds = number
            default: dosage.timesPerDay = number
            }
        }
        return dosage
    }
}
