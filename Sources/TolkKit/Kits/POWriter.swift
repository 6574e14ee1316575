import Foundation

/// Writes a kit file in gettext PO, the format Poedit, Weblate, Pontoon and Virtaal know best.
/// `msgctxt` is the unit id (so two equal texts stay two entries), `#.` comments give the
/// context and what each numbered tag stands for, and a stale unit is `fuzzy` with its previous
/// source as `#| msgid`, as `msgmerge --previous` writes it.
enum POWriter {
    static func write(_ document: KitDocument, units: [KitUnit], sourceLanguage: String, language: String, date: Date) -> String {
        var out = "# Tolk translation kit: \(document.document.path), \(sourceLanguage) → \(language).\n"
        out += "# Translate the msgstr lines; keep the numbered tags (<1>…</1>, <2/>). msgctxt is Tolk's unit id.\n"
        out += "msgid \"\"\nmsgstr \"\"\n"
        let header = [
            "Project-Id-Version: Tolk kit \(document.document.path)",
            "Report-Msgid-Bugs-To: ",
            "POT-Creation-Date: \(Self.date(date))",
            "PO-Revision-Date: \(Self.date(date))",
            "Last-Translator: ",
            "Language-Team: \(language)",
            "Language: \(language)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "X-Tolk-Original: \(document.document.path)",
            "X-Tolk-Source-Language: \(sourceLanguage)",
        ]
        let plurals = POPlurals.forms(language)
        for line in header + (plurals.map { ["Plural-Forms: \($0.header)"] } ?? []) { out += "\"\(escape(line))\\n\"\n" }
        var written: Set<String> = []
        for unit in units {
            if let plurals, let key = POPlurals.key(of: unit.unit), plurals.categories.contains(unit.unit.pluralCategory ?? "") {
                // One plural entry for all the forms gettext has, the forms not to do as they stand.
                guard written.insert(key).inserted else { continue }
                out += "\n" + pluralEntry(key: key, forms: plurals, document: document)
                continue
            }
            out += "\n" + entry(unit, path: document.document.path)
        }
        return out
    }

    private static func pluralEntry(key: String, forms: POPlurals.Forms, document: KitDocument) -> String {
        let all = Dictionary(document.units.compactMap { unit in POPlurals.key(of: unit.unit) == key ? (unit.unit.pluralCategory ?? "", unit) : nil },
                             uniquingKeysWith: { a, _ in a })
        let first = all["one"] ?? all[forms.categories[0]]!
        let other = all["other"] ?? all[forms.categories.last!]!
        var out = "#. Plural forms of \(key): " + forms.categories.enumerated().map { "msgstr[\($0)] = \($1)" }.joined(separator: ", ") + "\n"
        if let legend = KitInline.poLegend(other.unit.source) { out += "#. \(oneLine(legend))\n" }
        out += "#: \(document.document.path):\(first.unit.location.line)\n"
        if forms.categories.contains(where: { all[$0]?.need == .stale }) { out += "#, fuzzy\n" }
        out += "msgctxt \(quoted(key))\n"
        out += "msgid \(quoted(KitInline.po(first.unit.source)))\n"
        out += "msgid_plural \(quoted(KitInline.po(other.unit.source)))\n"
        for (index, category) in forms.categories.enumerated() {
            let unit = all[category]
            let target = unit.flatMap { $0.need == .new ? nil : $0.target.map(KitInline.po) } ?? ""
            out += "msgstr[\(index)] \(quoted(target))\n"
        }
        return out
    }

    private static func entry(_ kitUnit: KitUnit, path: String) -> String {
        let unit = kitUnit.unit
        var out = "#. \(oneLine(unit.context))\n"
        if let legend = KitInline.poLegend(unit.source) { out += "#. \(oneLine(legend))\n" }
        out += "#: \(path):\(unit.location.line)\n"
        if kitUnit.need == .stale {
            out += "#, fuzzy\n"
            if let previous = kitUnit.written.previousSource {
                out += "#| msgctxt \(quoted(unit.id))\n"
                out += "#| msgid \(quoted(previous).replacingOccurrences(of: "\n", with: "\n#| "))\n"
            }
        }
        out += "msgctxt \(quoted(unit.id))\n"
        out += "msgid \(quoted(KitInline.po(unit.source)))\n"
        let target = kitUnit.need == .new ? "" : kitUnit.target.map(KitInline.po) ?? ""
        out += "msgstr \(quoted(target))\n"
        return out
    }

    /// A PO string: one line, or `""` followed by one line per `\n` for texts with line breaks.
    static func quoted(_ text: String) -> String {
        guard text.contains("\n"), text != "\n" else { return "\"\(escape(text))\"" }
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" { lines.append(current); current = "" }
        }
        if !current.isEmpty { lines.append(current) }
        return "\"\"\n" + lines.map { "\"\(escape($0))\"" }.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// `2026-12-02 01:30+0000`, the form gettext writes.
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mmZ"
        return formatter.string(from: date)
    }
}
