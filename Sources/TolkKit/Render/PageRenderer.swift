/// Renders the content part of topic and exercise pages in one language.
struct PageRenderer {
    let site: LocalizedSite
    let theme: Theme
    let options: RenderOptions

    /// The HTML of a topic's `<article>` and its plain title and summary.
    /// `extra` adds keys to the template's context (the print links).
    func topic(_ topic: Topic, text: PageText, root: String, extra: [String: Any] = [:]) -> (html: String, title: String, summary: String?) {
        let inline = inlineRenderer(text: text, root: root, dosage: nil)
        let blocks = BlockHTMLRenderer(text: text, inline: inline, annotate: options.annotateUnits)
        let summary = topic.summaryUnit.map { text[$0] }
        var context: [String: Any] = [
            "title": inline.render(text[topic.titleUnit].text), "title_attributes": attributes(text, topic.titleUnit),
            "summary": summary.map { inline.render($0.text) } as Any? ?? false, "summary_attributes": topic.summaryUnit.map { attributes(text, $0) } ?? "",
            "body": blocks.render(topic.blocks),
        ]
        context.merge(extra) { _, new in new }
        return (theme.render("topic", context), plain(text[topic.titleUnit].text), summary.map { plain($0.text) })
    }

    /// The HTML of an exercise's `<article>` and its plain title.
    func exercise(_ exercise: Exercise, text: PageText, strings: InterfaceText, root: String,
                  extra: [String: Any] = [:]) -> (html: String, title: String) {
        let inline = inlineRenderer(text: text, root: root, dosage: exercise.dosage, strings: strings)
        func item(_ id: String) -> [String: Any] { ["html": inline.render(text[id].text), "attributes": attributes(text, id)] }
        // Mustache treats "" as true, so an absent field is `false` to leave its section out.
        func field(_ id: String?) -> Any { id.map { inline.render(text[$0].text) } ?? false }
        var context: [String: Any] = [
            "title": field(exercise.titleUnit), "title_attributes": attributes(text, exercise.titleUnit),
            "purpose": field(exercise.purposeUnit), "purpose_attributes": exercise.purposeUnit.map { attributes(text, $0) } ?? "",
            "starting_position": field(exercise.startingPositionUnit),
            "starting_position_attributes": exercise.startingPositionUnit.map { attributes(text, $0) } ?? "",
            "steps": exercise.stepUnits.map(item), "cautions": exercise.cautionUnits.map(item),
            "has_cautions": !exercise.cautionUnits.isEmpty,
            "dosage": dosageLines(exercise.dosage, strings: strings).map { ["html": $0] },
            "has_dosage": !dosageLines(exercise.dosage, strings: strings).isEmpty,
            "label_purpose": strings.html("purpose"), "label_starting_position": strings.html("starting_position"),
            "label_steps": strings.html("steps"), "label_dosage": strings.html("dosage"), "label_cautions": strings.html("cautions"),
        ]
        if let image = exercise.image {
            let alt = exercise.imageAltUnit.map { text[$0] }
            context["image"] = ["src": root + image, "alt": alt?.text.plainText ?? "",
                                "alt_attributes": alt?.foreignLanguage.map(HTML.languageAttributes) ?? ""] as [String: Any]
        }
        context.merge(extra) { _, new in new }
        return (theme.render("exercise", context), plain(text[exercise.titleUnit].text))
    }

    /// The dosage as sentences in the language: "10 repetitions", "2 sets", "hold for 5 seconds".
    func dosageLines(_ dosage: Dosage, strings: InterfaceText) -> [String] {
        var lines: [String] = []
        if let value = dosage.repetitions { lines.append(strings.plural("repetitions", count: value)) }
        if let value = dosage.sets { lines.append(strings.plural("sets", count: value)) }
        if let value = dosage.holdSeconds { lines.append(strings.plural("hold_seconds", count: value)) }
        if let value = dosage.timesPerDay { lines.append(strings.plural("times_per_day", count: value)) }
        return lines
    }

    private func plain(_ text: InlineText) -> String { text.plainText(variables: site.project.config.variableValues) }

    private func inlineRenderer(text: PageText, root: String, dosage: Dosage?, strings: InterfaceText? = nil) -> InlineHTMLRenderer {
        InlineHTMLRenderer(
            placeholderValue: { name in dosage?.value(forPlaceholder: name).map { strings?.number($0) ?? String($0) } },
            altText: { text[$0].text.plainText }, root: root, isolateNumberGroups: text.language.direction == .rtl,
            linkPhoneNumbers: true, variables: site.project.config.variableValues)
    }

    /// ` lang="nb" dir="ltr"` when a unit is shown in another language than the page, plus the
    /// translator-view annotations in preview.
    private func attributes(_ text: PageText, _ id: String) -> String {
        let entry = text[id]
        var result = entry.foreignLanguage.map(HTML.languageAttributes) ?? ""
        if options.annotateUnits {
            var status = entry.status.rawValue
            if entry.status == .current && entry.state < .reviewed { status = "unreviewed" }
            result += " data-unit=\"\(HTML.escape(id))\" data-status=\"\(status)\" title=\"\(HTML.escape(entry.source.plainText))\""
        }
        return result
    }
}
