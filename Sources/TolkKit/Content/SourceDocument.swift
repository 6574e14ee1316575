/// A topic: patient information written in Markdown with front matter.
public struct Topic: Sendable, Hashable {
    public var slug: String
    /// Unit ids of the front-matter fields.
    public var titleUnit: String
    public var summaryUnit: String?
    public var blocks: [Block]
}

/// Dosage of an exercise: numbers are data, rendered per language.
public struct Dosage: Sendable, Hashable, Codable {
    public var repetitions: Int?
    public var sets: Int?
    public var holdSeconds: Int?
    public var timesPerDay: Int?

    public init(repetitions: Int? = nil, sets: Int? = nil, holdSeconds: Int? = nil, timesPerDay: Int? = nil) {
        self.repetitions = repetitions
        self.sets = sets
        self.holdSeconds = holdSeconds
        self.timesPerDay = timesPerDay
    }

    /// The value a step placeholder stands for: `{hold}`, `{repetitions}`, `{sets}`, `{times_per_day}`.
    public func value(forPlaceholder name: String) -> Int? {
        switch name {
        case "{hold}", "{hold_seconds}": holdSeconds
        case "{repetitions}", "{reps}": repetitions
        case "{sets}": sets
        case "{times_per_day}": timesPerDay
        default: nil
        }
    }
}

/// A START exercise.
public struct Exercise: Sendable, Hashable {
    public static let regions = ["neck", "upper-back", "lower-back", "shoulder", "hip", "knee", "general"]

    public var slug: String
    public var region: String
    public var level: Int
    /// Path of the illustration relative to `Content/`, e.g. `images/chin-tuck.svg`.
    public var image: String?
    public var dosage: Dosage
    public var titleUnit: String
    public var imageAltUnit: String?
    public var purposeUnit: String?
    public var startingPositionUnit: String?
    public var stepUnits: [String]
    public var cautionUnits: [String]
}

/// An interface string of `Site/strings.yml`: plain, or with plural forms.
public enum InterfaceString: Sendable, Hashable {
    case plain(String)
    /// Plural forms of the source language by CLDR category ("one", "other").
    case plural([String: String])
}

/// `Site/strings.yml`: the interface strings in the source language.
public struct InterfaceStrings: Sendable, Hashable {
    /// Keys in file order.
    public var keys: [String]
    public var values: [String: InterfaceString]
    public var locations: [String: SourceLocation]
}

/// A source file of the project with its translatable units.
public struct SourceDocument: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case topic(Topic)
        case exercise(Exercise)
        case video(Video)
        case strings(InterfaceStrings)
    }

    /// Project-relative path: `Content/topics/neck-pain.md`, `Site/strings.yml`.
    public var path: String
    public var content: Content
    /// The language-independent units, in document order. Plural strings are added per
    /// language by `units(for:)`, since each language has its own plural categories.
    public var units: [Unit]
    /// Front matter `profiles: [oslo]`: the clinics that publish this document, nil for all.
    public var profiles: [String]? = nil
    /// Where `profiles:` is written, for diagnostics about a name site.yml does not define.
    public var profilesLocation: SourceLocation? = nil

    /// Whether the document is published for a profile (every document is when there is none).
    public func isPublished(forProfile name: String?) -> Bool {
        guard let name, let profiles else { return true }
        return profiles.contains(name)
    }

    /// Where this document's translations live, relative to `Locales/<lang>/`:
    /// `topics/neck-pain.xlf`, `exercises/chin-tuck.xlf`, `strings.xlf`.
    public var translationPath: String {
        switch content {
        case .topic(let topic): "topics/\(topic.slug).xlf"
        case .exercise(let exercise): "exercises/\(exercise.slug).xlf"
        case .video(let video): "videos/\(video.slug).xlf"
        case .strings: "strings.xlf"
        }
    }

    /// The units a language translates: for interface strings with plural forms, one unit per
    /// CLDR plural category of that language (`dosage_sets.few` exists for pl, not for en).
    public func units(for language: String) -> [Unit] {
        guard case .strings(let strings) = content else { return units }
        var result: [Unit] = []
        var byID: [String: Unit] = [:]
        for unit in units { byID[unit.id] = unit }
        for key in strings.keys {
            switch strings.values[key] {
            case .plain?:
                if let unit = byID[key] { result.append(unit) }
            case .plural(let forms)?:
                let location = strings.locations[key] ?? SourceLocation(file: path)
                for category in ICU.pluralCategories(language) {
                    let text = forms[category] ?? forms["other"] ?? forms.values.sorted().first ?? ""
                    result.append(Unit(
                        id: "\(key).\(category)", kind: .plural, source: Placeholders.inlineText(text),
                        location: location, context: Self.pluralContext(language, category),
                        pluralCategory: category))
                }
            case nil:
                break
            }
        }
        return result
    }

    /// The translator's note of a plural form. A category that stands for one number (Arabic two,
    /// English one) says so, and that the form may say it in words (`InlineCodesCheck.countOptional`).
    static func pluralContext(_ language: String, _ category: String) -> String {
        if InlineCodesCheck.countOptional(in: language).contains(category), let number = ICU.pluralSingleNumber(language, category: category) {
            return "Plural form for the CLDR category '\(category)': only \(number), so the form may say the number in words and leave out {count}"
        }
        return "Plural form for the CLDR category '\(category)' (\(pluralExample(language, category)))"
    }

    /// Example numbers for a plural category, to help translators ("few: 2, 3, 4, 22").
    static func pluralExample(_ language: String, _ category: String) -> String {
        let examples = (0...112).filter { ICU.pluralCategory(language, for: Double($0)) == category }.prefix(5)
        return examples.isEmpty ? "e.g. 1.5" : "e.g. " + examples.map(String.init).joined(separator: ", ")
    }
}
