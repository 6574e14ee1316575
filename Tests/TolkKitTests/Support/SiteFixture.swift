import Foundation
@testable import TolkKit

/// A small project in nb, en and ur with one topic and one exercise, for site tests.
enum SiteFixture {
    static let site = """
        source_language: nb
        languages: [nb, en, ur]
        base_url: https://example.org/info/
        publish:
          min_state: translated
        """

    static let topic = """
        ---
        title: Vondt i ryggen
        summary: Vanlig og sjelden farlig.
        ---

        Ryggsmerter er **vanlige**. Les mer på [helsenorge.no](https://www.helsenorge.no/).

        ## Hva kan du gjøre?

        - Gå en tur.
        - Ring 113 ved fare.
        """

    static let exercise = """
        title: Haketrekk
        region: neck
        image: images/chin.svg
        image_alt: Person som trekker haken bakover.
        steps:
          - Hold i {hold} sekunder.
        dosage: { repetitions: 5, hold_seconds: 2 }
        """

    static let strings = """
        site_title: Pasientinfo
        skip_to_content: Gå til innholdet
        languages: Språk
        not_yet_available: Ikke tilgjengelig ennå
        available_in: "Finnes på:"
        unreviewed_notice: Ikke kontrollert ennå.
        steps: Slik gjør du
        \(pageStrings)
        repetitions:
          one: "{count} repetisjon"
          other: "{count} repetisjoner"
        hold_seconds:
          one: "hold i {count} sekund"
          other: "hold i {count} sekunder"
        """

    /// The rest of the interface strings the pages need (see `InterfaceText.requiredKeys`), with
    /// the Norwegian texts of the handout defaults where there is one.
    static let pageStrings = """
        choose_language: Velg språk
        topics: Informasjon
        exercises: Øvelser
        exercise_program: Treningsprogram
        page_not_found: Fant ikke siden
        page_not_found_text: Siden finnes ikke.
        back_to_start: Til forsiden
        print: Skriv ut
        print_bilingual: Skriv ut på to språk
        purpose: Hva øvelsen er for
        starting_position: Utgangsstilling
        dosage: Dosering
        cautions: Stopp hvis
        region_neck: Nakke
        page_being_translated: "Denne siden blir oversatt til {language}."
        page_being_updated: "Denne siden blir oppdatert på {language}."
        other_languages: Andre språk
        pages_not_yet_in: { one: "Ikke på {language} ennå: {count} side", other: "Ikke på {language} ennå: {count} sider" }
        """

    /// `pageStrings` translated, in the same order (an import needs the same blocks).
    static func pageStrings(_ language: String) -> String {
        let texts: [String: [String]] = [
            "en": ["Choose language", "Information", "Exercises", "Exercise program", "Page not found", "The page does not exist.",
                   "To the front page", "Print", "Print in two languages", "What the exercise is for", "Starting position", "Dosage",
                   "Stop if", "Neck", "This page is being translated into {language}.", "This page is being updated in {language}.", "Other languages"],
            "ur": ["زبان منتخب کریں", "معلومات", "ورزشیں", "ورزش کا پروگرام", "صفحہ نہیں ملا", "یہ صفحہ موجود نہیں۔", "پہلے صفحے پر",
                   "پرنٹ کریں", "دو زبانوں میں پرنٹ کریں", "ورزش کس لیے ہے", "ابتدائی پوزیشن", "مقدار", "رک جائیں اگر", "گردن",
                   "اس صفحے کا {language} میں ترجمہ کیا جا رہا ہے۔", "اس صفحے کو {language} میں اپ ڈیٹ کیا جا رہا ہے۔", "دوسری زبانیں"],
            "pl": ["Wybierz język", "Informacje", "Ćwiczenia", "Program ćwiczeń", "Nie znaleziono strony", "Ta strona nie istnieje.",
                   "Na stronę główną", "Drukuj", "Drukuj w dwóch językach", "Do czego służy ćwiczenie", "Pozycja wyjściowa", "Dawkowanie",
                   "Przerwij, jeśli", "Szyja", "Trwa tłumaczenie tej strony na język: {language}.",
                   "Trwa aktualizacja tej strony w języku: {language}.", "Inne języki"],
            "ar": ["اختر اللغة", "معلومات", "تمارين", "برنامج التمارين", "الصفحة غير موجودة", "هذه الصفحة غير موجودة.",
                   "إلى الصفحة الرئيسية", "اطبع", "اطبع بلغتين", "الغرض من التمرين", "وضعية البداية", "الجرعة", "توقف إذا", "الرقبة",
                   "تجري ترجمة هذه الصفحة إلى {language}.", "يجري تحديث هذه الصفحة باللغة {language}.", "لغات أخرى"],
        ]
        let keys = ["choose_language", "topics", "exercises", "exercise_program", "page_not_found", "page_not_found_text", "back_to_start",
                    "print", "print_bilingual", "purpose", "starting_position", "dosage", "cautions", "region_neck",
                    "page_being_translated", "page_being_updated", "other_languages"]
        // The plural heading of the pages not yet in the language, in the language's CLDR forms.
        let notYet: [String: String] = [
            "en": #"{ one: "Not yet in {language}: {count} page", other: "Not yet in {language}: {count} pages" }"#,
            "ur": #"{ one: "ابھی {language} میں نہیں: {count} صفحہ", other: "ابھی {language} میں نہیں: {count} صفحات" }"#,
            "pl": #"{ one: "Jeszcze nie w języku {language}: {count} strona", few: "Jeszcze nie w języku {language}: {count} strony", many: "Jeszcze nie w języku {language}: {count} stron", other: "Jeszcze nie w języku {language}: {count} strony" }"#,
            "ar": #"{ zero: "ليست بعد باللغة {language}: {count} صفحة", one: "ليست بعد باللغة {language}: {count} صفحة", two: "ليست بعد باللغة {language}: {count} صفحتان", few: "ليست بعد باللغة {language}: {count} صفحات", many: "ليست بعد باللغة {language}: {count} صفحة", other: "ليست بعد باللغة {language}: {count} صفحة" }"#,
        ]
        return (zip(keys, texts[language]!).map { "\($0): \"\($1)\"" } + ["pages_not_yet_in: \(notYet[language]!)"]).joined(separator: "\n")
    }

    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>x</title></svg>\n"

    /// English and Urdu translations with the same structure, imported as `translated`.
    static let translations: [String: [String: String]] = [
        "en": [
            "Content/topics/back.md": "---\ntitle: Back pain\nsummary: Common and rarely dangerous.\n---\n\nBack pain is **common**. Read more at [helsenorge.no](https://www.helsenorge.no/).\n\n## What can you do?\n\n- Go for a walk.\n- Call 113 in danger.\n",
            "Content/exercises/chin.yml": "title: Chin tuck\nimage_alt: Person pulling the chin back.\nsteps:\n  - Hold for {hold} seconds.\n",
            "Site/strings.yml": "site_title: Patient info\nskip_to_content: Skip to content\nlanguages: Languages\nnot_yet_available: Not yet available\navailable_in: \"Available in:\"\nunreviewed_notice: Not yet checked.\nsteps: How to do it\n\(pageStrings("en"))\nrepetitions:\n  one: \"{count} repetition\"\n  other: \"{count} repetitions\"\nhold_seconds:\n  one: \"hold for {count} second\"\n  other: \"hold for {count} seconds\"\n",
        ],
        "ur": [
            "Content/topics/back.md": "---\ntitle: کمر کا درد\nsummary: عام اور شاذ و نادر ہی خطرناک۔\n---\n\nکمر کا درد **عام** ہے۔ مزید [helsenorge.no](https://www.helsenorge.no/) پر پڑھیں۔\n\n## آپ کیا کر سکتے ہیں؟\n\n- سیر کے لیے جائیں۔\n- خطرے میں 113 پر کال کریں۔\n",
            "Content/exercises/chin.yml": "title: ٹھوڑی پیچھے کھینچنا\nimage_alt: ایک شخص ٹھوڑی پیچھے کھینچ رہا ہے۔\nsteps:\n  - \"{hold} سیکنڈ تک روکیں۔\"\n",
            "Site/strings.yml": "site_title: مریضوں کے لیے معلومات\nskip_to_content: مواد پر جائیں\nlanguages: زبانیں\nnot_yet_available: ابھی دستیاب نہیں\navailable_in: \"دستیاب:\"\nunreviewed_notice: ابھی جانچا نہیں گیا۔\nsteps: ورزش کرنے کا طریقہ\n\(pageStrings("ur"))\nrepetitions:\n  one: \"{count} بار\"\n  other: \"{count} بار\"\nhold_seconds:\n  one: \"{count} سیکنڈ روکیں\"\n  other: \"{count} سیکنڈ روکیں\"\n",
        ],
    ]

    /// Writes the project with its translations (by default `translations`).
    static func make(translations: [String: [String: String]] = translations, site: String = site) throws -> TemporaryProject {
        let project = try TemporaryProject([
            "Content/topics/back.md": topic, "Content/exercises/chin.yml": exercise,
            "Site/strings.yml": strings, "Content/images/chin.svg": svg,
        ], site: site)
        try project.importTranslations(translations)
        return project
    }

    /// Renders the project into memory.
    static func render(_ project: TemporaryProject, options: RenderOptions = RenderOptions()) throws -> OutputTree {
        let prepared = SiteBuild.prepare(root: project.root)
        guard let value = prepared.value else { throw TestFailure(prepared.diagnostics.map(\.description).joined(separator: "\n")) }
        let tree = OutputTree()
        try SiteRenderer(site: value.site, theme: value.theme, options: options).render(into: tree)
        return tree
    }
}
