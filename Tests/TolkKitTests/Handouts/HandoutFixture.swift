import Foundation
@testable import TolkKit

/// `SiteFixture`'s topic and exercise in nb, en, ur, pl and ar, with a clinic and plural strings
/// for every dosage field, for handout tests.
enum HandoutFixture {
    static let site = """
        source_language: nb
        languages: [nb, en, ur, pl, ar]
        base_url: https://example.org/info/
        clinic: Ryggpoliklinikken
        publish:
          min_state: translated
        """

    static let strings = """
        site_title: Pasientinfo
        skip_to_content: Gå til innholdet
        languages: Språk
        not_yet_available: Ikke tilgjengelig ennå
        available_in: "Finnes på:"
        unreviewed_notice: Ikke kontrollert ennå.
        steps: Slik gjør du
        \(SiteFixture.pageStrings)
        repetitions:
          one: "{count} repetisjon"
          other: "{count} repetisjoner"
        sets:
          one: "{count} sett"
          other: "{count} sett"
        hold_seconds:
          one: "hold i {count} sekund"
          other: "hold i {count} sekunder"
        """

    static let translations: [String: [String: String]] = [
        "en": [
            "Content/topics/back.md": SiteFixture.translations["en"]!["Content/topics/back.md"]!,
            "Content/exercises/chin.yml": SiteFixture.translations["en"]!["Content/exercises/chin.yml"]!,
            "Site/strings.yml": """
                site_title: Patient info
                skip_to_content: Skip to content
                languages: Languages
                not_yet_available: Not yet available
                available_in: "Available in:"
                unreviewed_notice: Not yet checked.
                steps: How to do it
                \(SiteFixture.pageStrings("en"))
                repetitions: { one: "{count} repetition", other: "{count} repetitions" }
                sets: { one: "{count} set", other: "{count} sets" }
                hold_seconds: { one: "hold for {count} second", other: "hold for {count} seconds" }
                """,
        ],
        "ur": [
            "Content/topics/back.md": SiteFixture.translations["ur"]!["Content/topics/back.md"]!,
            "Content/exercises/chin.yml": SiteFixture.translations["ur"]!["Content/exercises/chin.yml"]!,
            "Site/strings.yml": """
                site_title: مریضوں کے لیے معلومات
                skip_to_content: مواد پر جائیں
                languages: زبانیں
                not_yet_available: ابھی دستیاب نہیں
                available_in: "دستیاب:"
                unreviewed_notice: ابھی جانچا نہیں گیا۔
                steps: ورزش کرنے کا طریقہ
                \(SiteFixture.pageStrings("ur"))
                repetitions: { one: "{count} بار", other: "{count} بار" }
                sets: { one: "{count} سیٹ", other: "{count} سیٹ" }
                hold_seconds: { one: "{count} سیکنڈ روکیں", other: "{count} سیکنڈ روکیں" }
                """,
        ],
        "pl": [
            "Content/topics/back.md": "---\ntitle: Ból pleców\nsummary: Częsty i rzadko groźny.\n---\n\nBól pleców jest **częsty**. Więcej na [helsenorge.no](https://www.helsenorge.no/).\n\n## Co możesz zrobić?\n\n- Idź na spacer.\n- W razie zagrożenia dzwoń pod 113.\n",
            "Content/exercises/chin.yml": "title: Cofanie brody\nimage_alt: Osoba cofająca brodę.\nsteps:\n  - \"Przytrzymaj przez {hold} sekundy.\"\n",
            "Site/strings.yml": """
                site_title: Informacje dla pacjentów
                skip_to_content: Przejdź do treści
                languages: Języki
                not_yet_available: Jeszcze niedostępne
                available_in: "Dostępne w:"
                unreviewed_notice: Jeszcze niesprawdzone.
                steps: Jak to zrobić
                \(SiteFixture.pageStrings("pl"))
                repetitions: { one: "{count} powtórzenie", few: "{count} powtórzenia", many: "{count} powtórzeń", other: "{count} powtórzenia" }
                sets: { one: "{count} seria", few: "{count} serie", many: "{count} serii", other: "{count} serii" }
                hold_seconds: { one: "przytrzymaj {count} sekundę", few: "przytrzymaj {count} sekundy", many: "przytrzymaj {count} sekund", other: "przytrzymaj {count} sekundy" }
                """,
        ],
        "ar": [
            "Content/topics/back.md": "---\ntitle: ألم الظهر\nsummary: شائع ونادرا ما يكون خطيرا.\n---\n\nألم الظهر **شائع**. اقرأ المزيد على [helsenorge.no](https://www.helsenorge.no/).\n\n## ماذا يمكنك أن تفعل؟\n\n- امش قليلا كل يوم.\n- اتصل بالرقم 113 عند الخطر.\n",
            "Content/exercises/chin.yml": "title: سحب الذقن\nimage_alt: شخص يسحب ذقنه إلى الخلف.\nsteps:\n  - \"اثبت في هذا الوضع لمدة {hold} ثوان.\"\n",
            "Site/strings.yml": """
                site_title: معلومات للمرضى
                skip_to_content: انتقل إلى المحتوى
                languages: اللغات
                not_yet_available: غير متوفر بعد
                available_in: "متوفر في:"
                unreviewed_notice: لم تتم مراجعته بعد.
                steps: طريقة التمرين
                \(SiteFixture.pageStrings("ar"))
                repetitions: { zero: "{count} تكرار", one: "{count} تكرار", two: "{count} تكراران", few: "{count} تكرارات", many: "{count} تكرارا", other: "{count} تكرار" }
                sets: { zero: "{count} مجموعة", one: "{count} مجموعة", two: "{count} مجموعتان", few: "{count} مجموعات", many: "{count} مجموعة", other: "{count} مجموعة" }
                hold_seconds: { zero: "اثبت {count} ثانية", one: "اثبت {count} ثانية", two: "اثبت {count} ثانيتين", few: "اثبت {count} ثوان", many: "اثبت {count} ثانية", other: "اثبت {count} ثانية" }
                """,
        ],
    ]

    /// Writes the project with its translations imported as `translated`.
    static func make(site: String = site) throws -> TemporaryProject {
        let project = try TemporaryProject([
            "Content/topics/back.md": SiteFixture.topic, "Content/exercises/chin.yml": SiteFixture.exercise,
            "Site/strings.yml": strings, "Content/images/chin.svg": SiteFixture.svg,
        ], site: site)
        try project.importTranslations(translations)
        return project
    }

    static func prepare(_ project: TemporaryProject) throws -> SiteBuild.Prepared {
        let prepared = SiteBuild.prepare(root: project.root)
        guard let value = prepared.value else { throw TestFailure(prepared.diagnostics.map(\.description).joined(separator: "\n")) }
        return value
    }
}

/// Reads the handouts Tolk writes (well-formed, with `<svg>` children closed by `/>`): the
/// language and direction in force at each piece of text.
enum HandoutHTML {
    struct TextRun {
        var text: String
        var lang: String
        var dir: String
        /// Open elements, outermost first (`article`, `div.pair`, ...), with their classes.
        var path: [String]
    }

    static let voidElements: Set<String> = ["meta", "img", "br", "hr", "input", "link", "base"]

    /// Every non-blank text of `<body>` with the `lang`/`dir` of its nearest ancestors that set them.
    static func textRuns(_ html: String) -> [TextRun] {
        var runs: [TextRun] = []
        var stack: [(name: String, lang: String?, dir: String?, label: String)] = []
        var index = html.startIndex
        var inBody = false
        func attribute(_ name: String, _ tag: Substring) -> String? {
            guard let range = tag.range(of: " \(name)=\"") else { return nil }
            return String(tag[range.upperBound...].prefix { $0 != "\"" })
        }
        while index < html.endIndex {
            if html[index] == "<" {
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: index)..<close]
                index = html.index(after: close)
                if tag.hasPrefix("!") { continue }
                if tag.hasPrefix("/") {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if let last = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(last...) }
                    continue
                }
                let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
                if name == "body" { inBody = true }
                if voidElements.contains(name) || tag.hasSuffix("/") { continue }
                let classes = attribute("class", tag).map { "." + $0.replacingOccurrences(of: " ", with: ".") } ?? ""
                stack.append((name, attribute("lang", tag), attribute("dir", tag), name + classes))
            } else {
                let end = html[index...].firstIndex(of: "<") ?? html.endIndex
                let text = html[index..<end].trimmingCharacters(in: .whitespacesAndNewlines)
                index = end
                guard inBody, !text.isEmpty, !stack.contains(where: { ["style", "script", "svg", "template"].contains($0.name) }) else { continue }
                let lang = stack.last(where: { $0.lang != nil })?.lang ?? rootAttribute("lang", html)
                let dir = stack.last(where: { $0.dir != nil })?.dir ?? rootAttribute("dir", html)
                runs.append(TextRun(text: text, lang: lang, dir: dir, path: stack.map(\.label)))
            }
        }
        return runs
    }

    static func rootAttribute(_ name: String, _ html: String) -> String {
        guard let start = html.range(of: "<html "), let end = html[start.upperBound...].firstIndex(of: ">") else { return "" }
        let tag = html[start.upperBound..<end]
        guard let range = tag.range(of: "\(name)=\"") else { return "" }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Whether text has letters of the Arabic script.
    static func isArabicScript(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFEFF).contains($0.value) }
    }

    /// Whether text is a Latin-script phrase of two or more words (not a URL or a code).
    static func isLatinPhrase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { word in word.unicodeScalars.contains { CharacterSet.letters.contains($0) } }
        return !isArabicScript(text) && words.count >= 2 && !text.contains("://")
    }
}
