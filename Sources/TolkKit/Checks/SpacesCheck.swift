/// `spaces`: doubled spaces, and spaces at the start or end of a target that the source does not have.
struct SpacesCheck: UnitCheck {
    let name = "spaces"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    /// Spaces within a line: space, no-break spaces, ideographic space (tabs too).
    private static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace && !character.isNewline
    }

    func findings(in subject: CheckSubject) -> [Finding] {
        let source = subject.sourceText
        let target = subject.targetText
        var findings: [Finding] = []
        if Self.doubledSpaces(in: source).isEmpty {
            let positions = Self.doubledSpaces(in: target)
            if !positions.isEmpty {
                let places = positions.count == 1 ? "character \(positions[0])" : "characters " + positions.map(String.init).joined(separator: ", ")
                findings.append(Finding("the target has a doubled space at \(places)", hint: "use a single space"))
            }
        }
        if target.first?.isWhitespace == true, source.first?.isWhitespace != true {
            findings.append(Finding("the target starts with a space, the source does not", hint: "remove the space at the start"))
        }
        if target.last?.isWhitespace == true, source.last?.isWhitespace != true {
            findings.append(Finding("the target ends with a space, the source does not", hint: "remove the space at the end"))
        }
        return findings
    }

    /// The 1-based positions where two or more spaces in a row start.
    static func doubledSpaces(in text: String) -> [Int] {
        // Fast path: no two ASCII spaces or tabs in a row and no possible non-ASCII space.
        var previous: UInt8 = 0
        var maybe = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x09
            if (space && (previous == 0x20 || previous == 0x09)) || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 {
                maybe = true
                break
            }
            previous = byte
        }
        guard maybe else { return [] }
        var result: [Int] = []
        var previousWasSpace = false
        var runStart = 0
        for (offset, character) in text.enumerated() {
            if isSpace(character) {
                if !previousWasSpace { runStart = offset + 1 } else if result.last != runStart { result.append(runStart) }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return result
    }
}
