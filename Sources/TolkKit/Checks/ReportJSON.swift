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
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            if members.isEmpty { return "{}" }
            let body = members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.rendered(indent: indent + 1))" }
            return "{\n" + body.joined(separator: ",\n") + "\n\(outer)}"
        case .array(let values):
            if values.isEmpty { return "[]" }
            let body = values.map { inner + $0.rendered(indent: indent + 1) }
            return "[\n" + body.joined(separator: ",\n") + "\n\(outer)]"
        case .string(let text): return Self.quoted(text)
        case .int(let value): return String(value)
        case .number(let text): return text
        case .null: return "null"
        }
    }

    /// A JSON string literal; control characters, U+2028/2029 and bidi controls escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
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
        return result + "\""
    }
}
