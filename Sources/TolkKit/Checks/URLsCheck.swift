/// `urls`: web addresses, e-mail addresses and phone numbers are how patients get help; the
/// target must have exactly those of the source. Web addresses are URLs (`https://…`, `www.…`)
/// and bare domain names (`helsenorge.no`, see `TextTokens.takingDomains`), in the visible text
/// (a link's text too; its URL is a code, compared by `inline-codes`). Addresses are compared as written, phone
/// numbers by their digits (`116 117` = `116117`, in any script's digits).
struct URLsCheck: UnitCheck {
    let name = "urls"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    func findings(in subject: CheckSubject) -> [Finding] {
        let source = subject.sourceTokens
        let target = subject.targetTokens
        let kinds: [(singular: String, plural: String, source: [(key: String, shown: String)], target: [(key: String, shown: String)])] = [
            ("web address", "web addresses", source.urls.map { ($0, $0) }, target.urls.map { ($0, $0) }),
            ("e-mail address", "e-mail addresses", source.emails.map { ($0, $0) }, target.emails.map { ($0, $0) }),
            ("phone number", "phone numbers", source.phones.map { ($0.digits, $0.written) }, target.phones.map { ($0.digits, $0.written) }),
        ]
        var findings: [Finding] = []
        for kind in kinds {
            let targetKeys = Set(kind.target.map(\.key))
            let sourceKeys = Set(kind.source.map(\.key))
            let missing = Self.distinct(kind.source.filter { !targetKeys.contains($0.key) })
            let extra = Self.distinct(kind.target.filter { !sourceKeys.contains($0.key) })
            func phrase(_ items: [String]) -> String { "the \(items.count == 1 ? kind.singular : kind.plural) \(Wording.list(items))" }
            let message: String
            switch (missing.isEmpty, extra.isEmpty) {
            case (true, true): continue
            case (false, true): message = "the source has \(phrase(missing)), the target does not"
            case (true, false): message = "the target has \(phrase(extra)), which the source does not have"
            case (false, false): message = "the source has \(phrase(missing)), the target has \(Wording.list(extra)) instead"
            }
            findings.append(Finding(message, hint: "copy web addresses, e-mail addresses and phone numbers exactly as the source has them: patients use them to get help"))
        }
        return findings
    }

    private static func distinct(_ items: [(key: String, shown: String)]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0.key).inserted }.map { Wording.visible($0.shown) }
    }
}
