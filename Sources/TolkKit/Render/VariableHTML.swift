/// A variable's value (`{clinic_phone}` → "22 11 80 80") in a page: exactly as configured,
/// escaped. On the website a phone number in it is a `tel:` link (`PhoneLinks`). In a
/// right-to-left page a value without right-to-left letters (a phone number, "Storgata 1, 0155
/// Oslo", a Latin clinic name) is isolated in `<span dir="ltr">`: the bidi algorithm would
/// otherwise reorder its groups ("80 80 11 22") and move its punctuation.
enum VariableHTML {
    static func render(_ value: String, rightToLeft: Bool, linkPhoneNumbers: Bool) -> String {
        // Inside the isolating span the groups are already in order: no second isolation.
        let body = linkPhoneNumbers ? PhoneLinks.render(value, isolate: false) : HTML.escape(value)
        guard rightToLeft, isLeftToRight(value) else { return body }
        return "<span dir=\"ltr\">\(body)</span>"
    }

    /// Whether a value reads left to right: it has a letter or digit and no right-to-left letter.
    static func isLeftToRight(_ value: String) -> Bool {
        var hasContent = false
        for scalar in value.unicodeScalars {
            if isRightToLeft(scalar) { return false }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasContent = true }
        }
        return hasContent
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms.
    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }
}

extension InlineText {
    /// The text without codes, variables replaced by their values (for `<title>` and lists).
    func plainText(variables: [String: String]) -> String {
        guard !variables.isEmpty else { return plainText }
        return elements.reduce(into: "") { result, element in
            switch element {
            case .text(let text): result += text
            case .placeholder(_, .placeholder(let name)): result += variables[String(name.dropFirst().dropLast())] ?? name
            case .placeholder(_, .code(let code)): result += code
            case .placeholder(_, .lineBreak): result += "\n"
            default: break
            }
        }
    }
}
