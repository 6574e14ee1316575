/// Every document of a project in every checked language, after the check stage: what
/// `tolk check` reports and what the publishing decision of build, serve and handout reads.
public struct CheckedCatalog: Sendable {
    /// Per language tag, the checked documents in project order.
    public var languages: [String: [CheckedDocument]]
    /// The language tags in site order.
    public var order: [String]

    public init(languages: [String: [CheckedDocument]], order: [String]) {
        self.languages = languages
        self.order = order
    }

    /// The translations, with the units that findings keep off the site marked `blocked`.
    public var translations: TranslationCatalog {
        TranslationCatalog(languages: languages.mapValues { $0.map(\.localized) })
    }

    /// Every document's load and check problems.
    public var problems: [Diagnostic] { report().problems }

    /// The report of `tolk check`: per language in site order, counts and sorted problems.
    public func report() -> CheckReport {
        var summaries: [LanguageSummary] = []
        var problems: [Diagnostic] = []
        for tag in order {
            let (summary, found) = Checker.summarize(languages[tag] ?? [], language: tag)
            summaries.append(summary)
            problems += found
        }
        return CheckReport(languages: summaries, problems: problems)
    }
}
