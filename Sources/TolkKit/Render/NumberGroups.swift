/// Finds runs of digit groups separated by spaces or hyphens ("116 117", "22 00 00 00").
enum NumberGroups {
    /// The text escaped, with each multi-group number wrapped in `<span dir="ltr">`.
    static func isolate(_ text: String) -> String {
        guard mayHaveGroups(text) else { return HTML.escape(text) }
        var out = ""
        var pending = ""
        var groups = 0
        var index = text.startIndex
        func flush() {
            guard !pending.isEmpty else { return }
            // A separator is only taken when a digit follows, so `pending` ends in a digit.
            out += groups > 1 ? "<span dir=\"ltr\">\(HTML.escape(pending))</span>" : HTML.escape(pending)
            pending = ""
            groups = 0
        }
        while index < text.endIndex {
            let character = text[index]
            let nextIsDigit = text.index(after: index) < text.endIndex && text[text.index(after: index)].wholeNumberValue != nil
            if character == "+", pending.isEmpty, nextIsDigit {
                // The sign of an international number belongs to it ("+47 22 00 00 00").
                flush()
                pending.append(character)
            } else if character.isNumber && character.wholeNumberValue != nil {
                if pending.isEmpty || !(pending.last!.isNumber) { groups += 1 }
                pending.append(character)
            } else if character == " " || character == "\u{00A0}" || character == "-", pending.last?.isNumber == true, nextIsDigit {
                pending.append(character)
            } else {
                flush()
                out += HTML.escape(String(character))
            }
            index = text.index(after: index)
        }
        flush()
        return out
    }

    /// Whether a digit is followed by a space, no-break space or hyphen and another digit anywhere,
    /// the only case worth the slow path (ASCII digits; other digits take the slow path).
    static func mayHaveGroups(_ text: String) -> Bool {
        var state = 0  // 0: nothing, 1: after a digit, 2: after digit + separator
        for scalar in text.unicodeScalars {
            let isDigit = scalar.properties.numericType == .decimal
            switch state {
            case 2 where isDigit: return true
            default:
                if isDigit { state = 1 } else if state == 1 && (scalar == " " || scalar == "\u{00A0}" || scalar == "-") { state = 2 } else { state = 0 }
            }
        }
        return false
    }
}
