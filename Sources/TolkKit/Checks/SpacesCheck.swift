/// `spaces`: doubled spaces, and spaces at the start or end of a target that the source does not have.
struct SpacesCheck: UnitCheck {
    let name = "spaces"
    let severity = Severity.warning
    let scope = CheckScope.currentTarget

    /// Spaces within a line: space, no-break spaces, ideographic space (tabs too).
    private static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace && !character.isNewline
    }

    /// Scalars that make a character a space: Unicode White_Space, except line and paragraph breaks.
    static func isSpaceScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    func findings(in subject: CheckSubject) -> [Finding] {
        // The source's side is worked out once for all languages (`CheckSource`).
        let target = subject.targetText
        var findings: [Finding] = []
        if !subject.sourceFacts.hasDoubledSpaces, subject.targetScan?.mayHaveDoubledSpaces != false {
            let positions = Self.doubledSpaces(in: target)
            if !positions.isEmpty {
                let places = positions.count == 1 ? "character \(positions[0])" : "characters " + positions.map(String.init).joined(separator: ", ")
                findings.append(Finding("the target has a doubled space at \(places)", hint: "use a single space"))
            }
        }
        // A character is white space when its first scalar is: the scan knows the first
        // character's, and the last one's when every scalar stands alone.
        let scan = subject.targetScan
        let startsWithWhitespace = scan?.startsWithWhitespace ?? (target.first?.isWhitespace == true)
        let endsWithWhitespace = scan.flatMap { $0.allStandAlone ? $0.endsWithWhitespace : nil } ?? (target.last?.isWhitespace == true)
        if startsWithWhitespace, !subject.sourceFacts.startsWithWhitespace {
            findings.append(Finding("the target starts with a space, the source does not", hint: "remove the space at the start"))
        }
        if endsWithWhitespace, !subject.sourceFacts.endsWithWhitespace {
            findings.append(Finding("the target ends with a space, the source does not", hint: "remove the space at the end"))
        }
        return findings
    }

    /// The 1-based positions where two or more spaces in a row start.
    static func doubledSpaces(in text: String) -> [Int] {
        mayHaveDoubledSpaces(text) ? characterDoubledSpaces(in: text) : []
    }

    /// False when `text` certainly has no doubled space; true when `characterDoubledSpaces`
    /// must tell.
    static func mayHaveDoubledSpaces(_ text: String) -> Bool {
        // Fast path: a character is a space when its first scalar is, and the rest of a character
        // never stands alone (see `ScalarFacts.standsAlone`). So two spaces in a row need two
        // space scalars with nothing but marks, joiners and the like between them.
        var afterSpace = false
        let facts = ScalarFacts.lookup
        let maybe = !text.allScalars { scalar in
            if isSpaceScalar(scalar) {
                if afterSpace { return false }
                afterSpace = true
            } else if afterSpace, facts.standsAlone(scalar) {  // the table only matters after a space
                afterSpace = false
            }
            return true
        }
        return maybe
    }

    /// `doubledSpaces` by characters, for any text.
    static func characterDoubledSpaces(in text: String) -> [Int] {
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
