import Foundation

/// TMX 1.4b of every current translation of a language (translated or higher, not stale), for
/// an agency's translation memory: one `<tu>` per unit, its id as `tuid`, codes as
/// `<bpt>`/`<ept>`/`<ph>` pairs numbered like the kit's tags.
public enum TMXExport {
    /// The TMX document and how many units it holds; nil when a translation file cannot be read.
    public static func export(_ project: Project, language: String) -> Staged<(document: String, units: Int)?> {
        let loaded = KitDocuments.load(project, language: language)
        guard let documents = loaded.value else { return Staged(nil, diagnostics: loaded.diagnostics) }
        let source = project.config.sourceLanguage
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Tolk" creationtoolversion="0.1.0" segtype="block" o-tmf="Tolk XLIFF" adminlang="en" srclang="\(XLIFF12Writer.escape(source, attribute: true))" datatype="plaintext"/>
              <body>

            """
        var count = 0
        for document in documents {
            for unit in document.units where unit.need == .current || unit.need == .review {
                guard let target = unit.target else { continue }
                count += 1
                out += "    <tu tuid=\"\(XLIFF12Writer.escape("\(document.document.path)#\(unit.unit.id)", attribute: true))\">\n"
                out += "      <tuv xml:lang=\"\(XLIFF12Writer.escape(source, attribute: true))\"><seg>\(seg(unit.unit.source))</seg></tuv>\n"
                out += "      <tuv xml:lang=\"\(XLIFF12Writer.escape(language, attribute: true))\"><seg>\(seg(target))</seg></tuv>\n"
                out += "    </tu>\n"
            }
        }
        out += "  </body>\n</tmx>\n"
        return Staged((out, count), diagnostics: loaded.diagnostics)
    }

    /// A segment's content: text, and codes whose native text is the kit's numbered tag.
    static func seg(_ text: InlineText) -> String {
        let nested = text.isWellNested
        return text.elements.reduce(into: "") { out, element in
            switch element {
            case .text(let value): out += XLIFF12Writer.escape(value)
            case .placeholder(let id, _): out += "<ph x=\"\(XLIFF12Writer.escape(id, attribute: true))\">&lt;\(XLIFF12Writer.escape(id))/&gt;</ph>"
            case .open(let id, _):
                out += nested ? "<bpt i=\"\(XLIFF12Writer.escape(id, attribute: true))\">&lt;\(XLIFF12Writer.escape(id))&gt;</bpt>"
                    : "<it pos=\"begin\">&lt;\(XLIFF12Writer.escape(id))&gt;</it>"
            case .close(let id):
                out += nested ? "<ept i=\"\(XLIFF12Writer.escape(id, attribute: true))\">&lt;/\(XLIFF12Writer.escape(id))&gt;</ept>"
                    : "<it pos=\"end\">&lt;/\(XLIFF12Writer.escape(id))&gt;</it>"
            }
        }
    }
}
