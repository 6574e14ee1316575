import Foundation

/// Reads gettext PO files as Poedit, Weblate, msgmerge and translate-toolkit write them:
/// comments of every kind, `msgctxt`, strings over several lines, C escapes, plural entries
/// (their first form is read), obsolete `#~` entries (left out) and a BOM.
enum POReader {
    struct Entry {
        var context: String?
        var id = ""
        var translation: String?
        /// For a plural entry: `msgid_plural` and every `msgstr[n]`.
        var plural: String?
        var forms: [Int: String] = [:]
        var fuzzy = false
        var line: Int
    }

    /// The entries and the header fields, or the line where the file stops making sense.
    static func parse(_ text: String) -> Result<(header: [String: String], entries: [Entry]), POSyntaxError> {
        var entries: [Entry] = []
        var current: Entry?
        var flagsPending = false
        var field: String?  // msgctxt, msgid, msgid_plural, msgstr, msgstr[n]
        var lineNumber = 0

        func finish() {
            if let entry = current { entries.append(entry) }
            current = nil
            field = nil
        }
        func append(_ value: String, to name: String) {
            guard current != nil else { return }
            switch name {
            case "msgctxt": current!.context = (current!.context ?? "") + value
            case "msgid": current!.id += value
            case "msgstr": current!.translation = (current!.translation ?? "") + value
            case "msgid_plural": current!.plural = (current!.plural ?? "") + value
            default:
                guard name.hasPrefix("msgstr["), let index = Int(name.dropFirst(7).dropLast()) else { break }
                current!.forms[index, default: ""] += value
                if index == 0 { current!.translation = (current!.translation ?? "") + value }
            }
        }

        let lines = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()).split(separator: "\n", omittingEmptySubsequences: false)
            : text.split(separator: "\n", omittingEmptySubsequences: false)
        for raw in lines {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#~") { continue }
            if line.hasPrefix("#") {
                if field != nil && field != "msgctxt" { finish() }
                if line.hasPrefix("#,") && line.contains("fuzzy") { flagsPending = true }
                continue
            }
            if line.hasPrefix("\"") {
                guard let field, let value = unquote(line) else { return .failure(POSyntaxError(line: lineNumber, message: "a string outside an entry, or not closed")) }
                append(value, to: field)
                continue
            }
            guard let space = line.firstIndex(of: " ") else { return .failure(POSyntaxError(line: lineNumber, message: "`\(line)` is not a PO keyword")) }
            let keyword = String(line[..<space])
            guard let value = unquote(line[line.index(after: space)...].trimmingCharacters(in: .whitespaces)) else {
                return .failure(POSyntaxError(line: lineNumber, message: "the string after \(keyword) is not closed"))
            }
            switch keyword {
            case "msgctxt", "msgid":
                if keyword == "msgctxt" || field != "msgctxt" {
                    finish()
                    current = Entry(line: lineNumber)
                    current!.fuzzy = flagsPending
                    flagsPending = false
                }
            case "msgid_plural", "msgstr":
                break
            default:
                guard keyword.hasPrefix("msgstr[") else { return .failure(POSyntaxError(line: lineNumber, message: "`\(keyword)` is not a PO keyword")) }
            }
            field = keyword
            if keyword == "msgstr" || keyword == "msgstr[0]", current != nil, current!.translation == nil { current!.translation = "" }
            append(value, to: keyword)
        }
        finish()
        var header: [String: String] = [:]
        if let first = entries.first, first.id.isEmpty, first.context == nil {
            for line in (first.translation ?? "").split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            entries.removeFirst()
        }
        return .success((header, entries))
    }

    /// The value of a quoted PO string, escapes resolved; nil when it is not one.
    static func unquote<S: StringProtocol>(_ text: S) -> String? {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
        var out = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                default: out.append("\\"); out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                out.append(character)
            }
        }
        return escaped ? nil : out
    }

    /// A returned PO file.
    static func read(_ text: String, path: String, kitPath: String) -> Staged<ReturnedFile?> {
        switch parse(text) {
        case .failure(let error):
            return Staged(nil, diagnostics: [.error("import", at: SourceLocation(file: path, line: error.line),
                "this PO file cannot be read: \(error.message)", hint: "check the file in Poedit or with `msgfmt -c`, or export it again")])
        case .success(let (header, entries)):
            let plurals = header["Language"].flatMap(POPlurals.forms)
            let pluralUnits = entries.flatMap { entry -> [ReturnedUnit] in
                guard let key = entry.context, let plural = entry.plural else { return [] }
                // A plural entry: one unit per CLDR category of its msgstr[n] (see POPlurals).
                return (plurals?.categories ?? []).enumerated().map { index, category in
                    let target = entry.forms[index] ?? ""
                    return ReturnedUnit(id: "\(key).\(category)", source: InlineText(), target: nil,
                                        rawPOSource: category == "one" ? entry.id : plural, rawPOTarget: target.isEmpty ? nil : target,
                                        stateName: entry.fuzzy ? "fuzzy" : nil, state: entry.fuzzy ? .initial : (target.isEmpty ? nil : .translated),
                                        location: SourceLocation(file: path, line: entry.line))
                }
            }
            let units = pluralUnits + entries.compactMap { entry -> ReturnedUnit? in
                guard let id = entry.context, entry.plural == nil else { return nil }
                let translated = !(entry.translation ?? "").isEmpty
                return ReturnedUnit(id: id, source: InlineText(), target: nil, rawPOSource: entry.id,
                                    rawPOTarget: translated ? entry.translation : nil,
                                    stateName: entry.fuzzy ? "fuzzy" : nil, state: entry.fuzzy ? .initial : (translated ? .translated : nil),
                                    location: SourceLocation(file: path, line: entry.line))
            }
            return Staged(ReturnedFile(format: .po, path: path, kitPath: kitPath, original: header["X-Tolk-Original"],
                                       targetLanguage: header["Language"].flatMap { $0.isEmpty ? nil : $0 }, units: units))
        }
    }
}

/// Where and why a PO file stops making sense.
struct POSyntaxError: Error {
    var line: Int
    var message: String
}
