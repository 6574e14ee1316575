/// A JSON value with object keys in a fixed order, printed with two-space indentation, so
/// scripts and tests can rely on the exact text.
enum ReportJSON {
    case object([(String, ReportJSON)])
    case array([ReportJSON])
    case string(String)
    case int(Int)
    /// A number already formatted (`87.5`).
    case number(String)
    case null

    static func optional(_ value: String?) -> ReportJSON { value.map(ReportJSON.string) ?? .null }
    static func optional(_ value: Int?) -> ReportJSON { value.map(ReportJSON.int) ?? .null }

    /// The value as JSON text, starting at `indent` levels.
    func rendered(indent: Int = 0) -> String {
        var text = ""
        render(into: &text, indent: indent)
        return text
    }

    /// Appends the value to one string: joining the rendered members of every level made the
    /// report of a large site (a summary per file) quadratic in its depth and slow to print.
    func render(into text: inout String, indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { text += "{}"; return }
            text += "{\n"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ",\n" }
                Self.indent(&text, indent + 1)
                Self.quote(member.0, into: &text)
                text += ": "
                member.1.render(into: &text, indent: indent + 1)
            }
            text += "\n"
            Self.indent(&text, indent)
            text += "}"
        case .array(let values):
            if values.isEmpty { text += "[]"; return }
            text += "[\n"
            for (index, value) in values.enumerated() {
                if index > 0 { text += ",\n" }
                Self.indent(&text, indent + 1)
                value.render(into: &text, indent: indent + 1)
            }
            text += "\n"
            Self.indent(&text, indent)
            text += "]"
        case .string(let value): Self.quote(value, into: &text)
        case .int(let value): text += String(value)
        case .number(let value): text += value
        case .null: text += "null"
        }
    }

    private static func indent(_ text: inout String, _ levels: Int) {
        for _ in 0 ..< levels { text += "  " }
    }

    /// A JSON string literal; control characters, U+2028/2029 and bidi controls escaped.
    static func quoted(_ text: String) -> String {
        var result = ""
        quote(text, into: &result)
        return result
    }

    /// Appends `quoted(text)`. Most texts (paths, counts, messages) need no escaping, which a
    /// byte scan tells: every escaped scalar is ASCII or starts with the byte C2 or E2.
    static func quote(_ text: String, into result: inout String) {
        result += "\""
        if !text.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            result += text
            result += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
                    || InvisibleCharacters.isBidiControl(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
    }
}
