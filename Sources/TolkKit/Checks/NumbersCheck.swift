/// `numbers`: every number of the source (doses, days, times) must be in the target, and the
/// target must not have others. Digits of any script count the same: ٢ and ۲ equal 2.
/// Numbers inside codes (placeholders) and phone numbers (see `urls`) are not counted here.
struct NumbersCheck: UnitCheck {
    let name = "numbers"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    func findings(in subject: CheckSubject) -> [Finding] {
        let source = subject.sourceTokens.numbers
        let target = subject.targetTokens.numbers
        let missing = Self.distinct(source.filter { number in !target.contains { $0.digits == number.digits } })
        let extra = Self.distinct(target.filter { number in !source.contains { $0.digits == number.digits } })
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        let hint = "numbers are doses, times and days: write the same numbers as the source, in any digits (2, ٢ and ۲ are the same)"
        switch (missing.isEmpty, extra.isEmpty) {
        case (false, true):
            return [Finding("the source has \(Self.phrase(missing)), the target does not", hint: hint)]
        case (true, false):
            return [Finding("the target has \(Self.phrase(extra)), which the source does not have", hint: hint)]
        default:
            return [Finding("the source has \(Self.phrase(missing)), the target has \(Self.list(extra)) instead", hint: hint)]
        }
    }

    /// "the number 2", "the numbers 2 and 30".
    private static func phrase(_ numbers: [TextTokens.Number]) -> String {
        (numbers.count == 1 ? "the number " : "the numbers ") + list(numbers)
    }

    /// Numbers as written, with the value when written in other digits: "٣ (3)".
    private static func list(_ numbers: [TextTokens.Number]) -> String {
        Wording.list(numbers.map { $0.written == $0.digits ? $0.written : "\($0.written) (\($0.digits))" })
    }

    private static func distinct(_ numbers: [TextTokens.Number]) -> [TextTokens.Number] {
        var seen: Set<String> = []
        return numbers.filter { seen.insert($0.digits).inserted }
    }
}
