/// Writes a kit file in XLIFF 1.2, for tools without XLIFF 2 (Lokalise, Pontoon, Virtaal, older
/// Trados and memoQ set-ups, OmegaT's native filter). Every unit to translate carries a
/// `<target>`: a copy of the source for a new unit (`state="needs-translation"`), the previous
/// translation for a stale one (`state="needs-review-translation"`, with the source it was made
/// for in a note), because OmegaT's XLIFF filter offers only units that have a target, as
/// Okapi Rainbow's kits do.
enum XLIFF12Writer {
    /// The XLIFF 1.2 namespace.
    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    static func write(_ document: KitDocument, units: [KitUnit], sourceLanguage: String, language: String) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(namespace)" version="1.2">
              <file original="\(escape(document.document.path, attribute: true))" source-language="\(escape(sourceLanguage, attribute: true))" target-language="\(escape(language, attribute: true))" datatype="plaintext">
                <body>

            """
        for unit in units { writeUnit(unit, into: &out) }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }

    /// The `state` of a target as the kit sends it out.
    static func sentState(_ unit: KitUnit) -> String {
        switch unit.need {
        case .new: "needs-translation"
        case .stale: "needs-review-translation"
        case .review, .current: state(unit.written.state)
        }
    }

    /// XLIFF 1.2's name for a confirmed state.
    static func state(_ state: TranslationState) -> String {
        switch state {
        case .initial: "needs-translation"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .final: "final"
        }
    }

    private static func writeUnit(_ kitUnit: KitUnit, into out: inout String) {
        let unit = kitUnit.unit
        let id = escape(unit.id, attribute: true)
        out += "      <trans-unit id=\"\(id)\" resname=\"\(id)\" xml:space=\"preserve\">\n"
        out += "        <source>\(KitInline.xliff12(unit.source))</source>\n"
        let target = kitUnit.target ?? unit.source
        out += "        <target state=\"\(sentState(kitUnit))\">\(KitInline.xliff12(target))</target>\n"
        out += "        <note from=\"tolk\">\(escape(unit.context)) (\(escape(unit.id)))</note>\n"
        if kitUnit.need == .stale, let previous = kitUnit.written.previousSource {
            out += "        <note from=\"tolk:previous-source\">The Norwegian text changed. The translation was made for: \(escape(previous))</note>\n"
        }
        out += "      </trans-unit>\n"
    }

    /// Text for XML: `&`, `<`, `>` (and quotes in attributes) as references; characters XML 1.0
    /// cannot hold are left out (XLIFF 1.2 has no `<cp/>`).
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
