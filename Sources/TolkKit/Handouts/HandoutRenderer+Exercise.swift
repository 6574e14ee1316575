/// Exercise handouts: the illustration, purpose, starting position, steps, dosage and cautions.
extension HandoutRenderer {
    /// An exercise in one language, with `dosage` (the exercise's own, or a patient's).
    /// `marked` adds the hooks the program page's script uses to change the numbers.
    func exerciseArticle(_ exercise: Exercise, page: PageID, document: SourceDocument, text: PageText, dosage: Dosage,
                         levels: Levels, clinic: Bool, marked: Bool) -> String {
        let language = text.language
        let strings = interface[language.tag]!
        let inline = inline(text, dosage: dosage, marked: marked)
        let tag = "h\(levels.section)"
        func render(_ id: String) -> String { Self.unmark(inline.render(text[id].text), language: language.tag) }
        func item(_ id: String) -> [String: Any] { ["html": render(id), "attributes": languageAttributes(text, id)] }
        func field(_ id: String?) -> Any { id.map(render) ?? false }
        let heading = "<h\(levels.title)\(languageAttributes(text, exercise.titleUnit))>\(render(exercise.titleUnit))</h\(levels.title)>"
        var context = frame(page: page, document: document, language: language, heading: heading, clinic: clinic,
                            qrSize: levels.title == 1 ? "large" : "small")
        let dosageLines = dosageItems(dosage, strings: strings, marked: marked)
        context.merge([
            "section_tag": tag,
            "purpose": field(exercise.purposeUnit), "purpose_attributes": exercise.purposeUnit.map { languageAttributes(text, $0) } ?? "",
            "starting_position": field(exercise.startingPositionUnit),
            "starting_position_attributes": exercise.startingPositionUnit.map { languageAttributes(text, $0) } ?? "",
            "steps": exercise.stepUnits.map(item), "cautions": exercise.cautionUnits.map(item),
            "has_cautions": !exercise.cautionUnits.isEmpty, "dosage": dosageLines, "has_dosage": !dosageLines.isEmpty,
            "label_purpose": strings.handoutHTML("purpose"), "label_starting_position": strings.handoutHTML("starting_position"),
            "label_steps": strings.handoutHTML("steps"), "label_dosage": strings.handoutHTML("dosage"),
            "label_cautions": strings.handoutHTML("cautions"),
        ]) { _, new in new }
        if let image = exercise.image { context["image"] = illustration(image, exercise: exercise, text: text) }
        return theme.render("handout-exercise", context)
    }

    /// An exercise in the patient's language beside the source language, one row per block.
    func exerciseBilingual(_ exercise: Exercise, page: PageID, document: SourceDocument, text: PageText, sourceText: PageText,
                           dosage: Dosage, levels: Levels, clinic: Bool, marked: Bool) -> String {
        let sides = [text, sourceText]
        let renderers = sides.map { inline($0, dosage: dosage, marked: marked) }
        let strings = sides.map { interface[$0.language.tag]! }
        let tag = "h\(levels.section)"
        func render(_ side: Int, _ id: String) -> String {
            Self.unmark(renderers[side].render(sides[side][id].text), language: sides[side].language.tag)
        }
        func cell(_ side: Int, _ element: String, _ html: String, extra: String = "", unit: String? = nil) -> String {
            let language = unit.flatMap { sides[side][$0].foreignLanguage } ?? sides[side].language
            return "<\(element)\(cellAttributes(language))\(extra)>\(html)</\(element)>"
        }
        func row(_ make: (Int) -> String, class extra: String = "") -> String {
            "<div class=\"pair\(extra)\">\(make(0))\(make(1))</div>\n"
        }
        func labelRow(_ key: String) -> String {
            row({ cell($0, tag, strings[$0].handoutHTML(key)) }, class: " heading")
        }
        func fieldRow(_ key: String, _ id: String?) -> String {
            guard let id else { return "" }
            return row { side in
                cell(side, "div", "<\(tag)>\(strings[side].handoutHTML(key))</\(tag)>\n<p\(languageAttributes(sides[side], id))>\(render(side, id))</p>")
            }
        }
        func listRows(_ ids: [String], ordered: Bool) -> String {
            ids.enumerated().map { index, id in
                row { side in
                    let list = ordered ? "ol" : "ul"
                    let start = ordered && index > 0 ? " start=\"\(index + 1)\"" : ""
                    return cell(side, list, "<li\(languageAttributes(sides[side], id))>\(render(side, id))</li>", extra: start)
                }
            }.joined()
        }
        let title = "<h\(levels.title) class=\"pair title\">"
            + (0...1).map { cell($0, "span", render($0, exercise.titleUnit), unit: exercise.titleUnit) }.joined() + "</h\(levels.title)>"
        var rows = fieldRow("purpose", exercise.purposeUnit) + fieldRow("starting_position", exercise.startingPositionUnit)
        rows += "<section class=\"steps\">\n" + labelRow("steps") + listRows(exercise.stepUnits, ordered: true) + "</section>\n"
        let lines = DosageField.lines(of: dosage)
        if !lines.isEmpty {
            rows += "<section class=\"dosage\">\n" + row { side in
                let items = dosageItems(dosage, strings: strings[side], marked: marked).map { line in
                    "<li\(marked ? " data-dose=\"\(line["field"]!)\" data-lang=\"\(line["lang"]!)\"" : "")>\(line["html"]!)</li>\n"
                }.joined()
                return cell(side, "div", "<\(tag)>\(strings[side].handoutHTML("dosage"))</\(tag)>\n<ul>\n\(items)</ul>")
            } + "</section>\n"
        }
        if !exercise.cautionUnits.isEmpty {
            rows += "<section class=\"cautions\">\n" + labelRow("cautions") + listRows(exercise.cautionUnits, ordered: false) + "</section>\n"
        }
        var context = frame(page: page, document: document, language: text.language, heading: title, clinic: clinic,
                            qrSize: levels.title == 1 ? "large" : "small")
        context["rows"] = rows
        context["kind"] = "exercise"
        if let image = exercise.image { context["head_image"] = illustration(image, exercise: exercise, text: text) }
        return theme.render("handout-bilingual", context)
    }

    /// The dosage as lines in a language: "12 powtórzeń", "3 serie".
    func dosageItems(_ dosage: Dosage, strings: InterfaceText, marked: Bool) -> [[String: Any]] {
        DosageField.lines(of: dosage).map { field, value in
            ["html": strings.plural(field.rawValue, count: value), "field": field.rawValue, "lang": strings.language.tag, "marked": marked]
        }
    }

    private func illustration(_ image: String, exercise: Exercise, text: PageText) -> [String: Any] {
        let alt = exercise.imageAltUnit.map { text[$0] }
        return ["src": imageSource(image), "alt": alt?.text.plainText ?? "",
                "alt_attributes": alt?.foreignLanguage.map(HTML.languageAttributes) ?? ""]
    }
}
