/// `variables`: a target that types a variable's value ("22 11 80 80") instead of keeping its
/// placeholder. `inline-codes` reports the missing code; this says why it matters: the value
/// typed by hand stays when site.yml changes, and is wrong for every other clinic.
struct TypedVariableCheck: UnitCheck {
    let name = "variables"
    let severity = Severity.error
    let scope = CheckScope.currentTarget

    func findings(in subject: CheckSubject) -> [Finding] {
        let variables = subject.profile.variables
        guard !variables.isEmpty else { return [] }
        var kept: Set<String> = []
        for case .placeholder(let id, _) in subject.target.elements { kept.insert(id) }
        var typed = ""
        for case .text(let text) in subject.target.elements { typed += text }
        var findings: [Finding] = []
        for case .placeholder(let id, .placeholder(let written)) in subject.source.elements where !kept.contains(id) {
            let name = String(written.dropFirst().dropLast())
            guard let value = variables[name], !value.isEmpty, typed.contains(value) else { continue }
            findings.append(Finding("the translation types \"\(value)\" instead of keeping the placeholder \(written)",
                hint: "replace the typed \"\(value)\" with the \(written) code of the source: the value comes from Site/site.yml, "
                    + "so it stays right when the clinic's details change and for every clinic"))
        }
        return findings
    }
}
