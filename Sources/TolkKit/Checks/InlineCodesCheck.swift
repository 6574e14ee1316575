/// `inline-codes`: the target must use exactly the source's codes (bold, links, placeholders),
/// each once, with paired codes opened, closed and nested properly. One exception: the plural
/// form of a category that stands for a single number may leave `{count}` out, as Arabic writes
/// "مجموعتان" (two sets) without a 2.
struct InlineCodesCheck: UnitCheck {
    let name = "inline-codes"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    /// The plural categories of a language that stand for one exact number, so that their form
    /// may say the number in words: Arabic zero, one and two; `one` where it is exactly 1 (en,
    /// pl, nb), not where it is 1, 21, 31 … (ru) or 0 and 1 (fr). In few, many and other the
    /// number always varies for the reader, so `{count}` stays required there.
    static func countOptional(in language: String) -> Set<String> {
        Set(["zero", "one", "two"].filter { category in
            ICU.pluralCategories(language).contains(category) && ICU.pluralSingleNumber(language, category: category) != nil
        })
    }

    private func mayLeaveOut(_ code: InlineCode?, in subject: CheckSubject) -> Bool {
        guard subject.unit.kind == .plural, code == .placeholder("{count}"), let category = subject.unit.pluralCategory else { return false }
        return subject.profile.countOptionalCategories.contains(category)
    }

    private enum Shape { case standalone, paired }

    func findings(in subject: CheckSubject) -> [Finding] {
        var sourceCodes: [String: (code: InlineCode, shape: Shape)] = [:]
        var sourceOrder: [String] = []
        for element in subject.source.elements {
            switch element {
            case .placeholder(let id, let code): sourceCodes[id] = (code, .standalone); sourceOrder.append(id)
            case .open(let id, let code): sourceCodes[id] = (code, .paired); sourceOrder.append(id)
            default: break
            }
        }
        func phrase(_ id: String) -> String {
            guard let code = sourceCodes[id]?.code else { return "a code (id \"\(Wording.visible(id))\")" }
            return Wording.code(code)
        }

        var findings: [Finding] = []
        var uses: [String: Int] = [:]
        var reported: Set<String> = []
        var open: [String] = []
        for element in subject.target.elements {
            switch element {
            case .text:
                continue
            case .placeholder(let id, let code), .open(let id, let code):
                let isOpen = if case .open = element { true } else { false }
                uses[id, default: 0] += 1
                if code == .unknown, sourceCodes[id] == nil {
                    if reported.insert(id).inserted {
                        findings.append(Finding("the target has a code (id \"\(Wording.visible(id))\") that the source does not have",
                                                hint: "remove it: a translation can only use the codes of the source"))
                    }
                } else if let expected = sourceCodes[id]?.shape, expected != (isOpen ? .paired : .standalone),
                    reported.insert(id).inserted {
                    let form = expected == .paired ? "wraps words in it" : "has it as a single code"
                    findings.append(Finding("the target has \(phrase(id)) in a different form than the source (the source \(form))",
                                            hint: "use the code as it comes from the source"))
                }
                if isOpen { open.append(id) }
            case .close(let id):
                guard let index = open.lastIndex(of: id) else {
                    if reported.insert(id).inserted {
                        if sourceCodes[id] == nil {
                            findings.append(Finding("the target has a code (id \"\(Wording.visible(id))\") that the source does not have",
                                                    hint: "remove it: a translation can only use the codes of the source"))
                        } else {
                            findings.append(Finding("in the target, \(phrase(id)) ends without starting",
                                                    hint: "put the start of the code before the words it should cover"))
                        }
                    }
                    continue
                }
                for inner in open[(index + 1)...] where reported.insert(inner).inserted {
                    findings.append(Finding("in the target, \(phrase(id)) and \(phrase(inner)) overlap: one ends inside the other",
                                            hint: "end the inner code before the outer one, as in the source"))
                }
                open.remove(at: index)
            }
        }
        for id in open where reported.insert(id).inserted {
            findings.append(Finding("in the target, \(phrase(id)) starts but never ends",
                                    hint: "end the code after the words it should cover"))
        }
        for id in sourceOrder where !reported.contains(id) {
            let count = uses[id] ?? 0
            if count == 0 {
                if mayLeaveOut(sourceCodes[id]?.code, in: subject) { continue }
                findings.append(Finding("the source has \(phrase(id)), the target does not",
                                        hint: "add the code to the target around or at the matching words; translation tools show codes as tags you can move but not delete"))
            } else if count > 1 {
                findings.append(Finding("the target has \(phrase(id)) \(count) times, the source once",
                                        hint: "keep it once, where it belongs in your sentence"))
            }
        }
        return findings
    }
}
