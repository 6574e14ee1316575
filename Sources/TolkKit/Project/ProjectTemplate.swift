/// The small working project `tolk init` writes: nb and en, one topic, one exercise and the
/// interface strings, with an English translation so that sync, check and build work at once.
enum ProjectTemplate {
    /// Source files by project-relative path.
    static let files: [String: String] = [
        // `tolk init` makes the project a git repository; the built site is not part of it, nor
        // what builds keep: the caches in .tolk/, and beside the output its lock and spare
        // (`._site.tolk-lock`, `._site.tolk-spare/`) and a killed build's staging folders.
        ".gitignore": "_site/\n.tolk/\n.*.tolk-*\n",
        "Site/site.yml": #"""
# Tolk project settings. See the README of Tolk for every setting.
source_language: nb
languages: [nb, en]
base_url: https://example.org/
clinic: Min klinikk
publish:
  min_state: reviewed   # translated | reviewed | final
  fallback: none        # none, or a language to show missing blocks in
"""#,
        "Site/strings.yml": #"""
# Interface strings in the source language. Translations: Locales/<lang>/strings.xlf.
# Plural strings list CLDR plural forms; every language gets the forms it needs.
site_title: Pasientinformasjon om nakke og rygg
skip_to_content: Gå til innholdet
languages: Språk
other_languages: Andre språk
choose_language: Velg språk
topics: Informasjon
exercises: Øvelser
print: Skriv ut
print_bilingual: Skriv ut på to språk
available_in: "Finnes på:"
page_being_translated: "Denne siden blir oversatt til {language}."
page_being_updated: "Denne siden blir oppdatert på {language}."
handout_other_language_parts: "Noen deler står på {language}, fordi oversettelsen ikke er klar ennå."
unreviewed_notice: Denne oversettelsen er ikke kontrollert av helsepersonell ennå.
page_not_found: Fant ikke siden
page_not_found_text: Siden finnes ikke. Gå til forsiden for å finne det du leter etter.
back_to_start: Til forsiden
purpose: Hva øvelsen er for
starting_position: Utgangsstilling
steps: Slik gjør du
dosage: Dosering
cautions: Vær forsiktig
level: Nivå
region_neck: Nakke
region_upper-back: Øvre del av ryggen
region_lower-back: Korsrygg
region_shoulder: Skulder
region_hip: Hofte
region_knee: Kne
region_general: Hele kroppen
source_version: Norsk tekst sist endret
version: versjon
scan_to_read: Skann for å lese på mobilen
exercise_program: Treningsprogram
program_intro: Kryss av for øvelsene pasienten skal gjøre, juster doseringen og skriv ut.
print_program: Skriv ut programmet
print_program_bilingual: Skriv ut programmet på to språk
dosage_repetitions: Repetisjoner
dosage_sets: Sett
dosage_hold_seconds: Hold (sekunder)
dosage_times_per_day: Ganger om dagen
repetitions:
  one: "{count} repetisjon"
  other: "{count} repetisjoner"
sets:
  one: "{count} sett"
  other: "{count} sett"
hold_seconds:
  one: "hold i {count} sekund"
  other: "hold i {count} sekunder"
times_per_day:
  one: "{count} gang om dagen"
  other: "{count} ganger om dagen"
pages_not_yet_in:
  one: "Ikke på {language} ennå: {count} side"
  other: "Ikke på {language} ennå: {count} sider"
"""#,
        "Content/topics/back-pain.md": #"""
---
title: Vondt i ryggen
summary: Ryggsmerter er vanlige og sjelden farlige.
---

De fleste får vondt i ryggen en gang i livet. Det er **sjelden farlig**.

## Hva kan du gjøre?

- Hold deg i aktivitet.
- Gå en tur hver dag.

Ring 113 hvis du ikke kan tisse eller får nummenhet i skrittet.
"""#,
        "Content/exercises/pelvic-tilt.yml": #"""
title: Bekkenvipp
region: lower-back
level: 1
image: images/pelvic-tilt.svg
image_alt: Person som ligger på ryggen med bøyde knær og presser korsryggen mot gulvet.
purpose: Gjør korsryggen mer bevegelig.
starting_position: Ligg på ryggen med bøyde knær og føttene i gulvet.
steps:
  - Press korsryggen rolig ned mot gulvet.
  - Hold i {hold} sekunder.
  - Slipp av.
dosage: { repetitions: 10, sets: 2, hold_seconds: 5, times_per_day: 2 }
cautions:
  - Stopp hvis smertene går ned i beinet.
"""#,
        "Content/images/pelvic-tilt.svg": #"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" role="img">
<title>Bekkenvipp: person ligger på ryggen med bøyde knær og presser korsryggen ned</title>
<g fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round">
<g stroke-width="3"><path d="M30 252L370 252"/></g>
<g stroke-width="4"><circle cx="68" cy="232" r="17"/><path d="M85 237L100 240"/><path d="M100 240Q150 244 200 242"/><path d="M200 242L252 188 292 246 314 248"/><path d="M104 244L176 248"/></g>
<g stroke-width="3"><path d="M160 200L160 232"/><path d="M154 221.6L160 232L166 221.6"/></g>
</g></svg>
"""#,
    ]

    /// English versions with the same structure, by the source path they translate.
    static let english: [String: String] = [
        "Site/strings.yml": #"""
site_title: Patient information on neck and back
skip_to_content: Skip to content
languages: Languages
other_languages: Other languages
choose_language: Choose a language
topics: Information
exercises: Exercises
print: Print
print_bilingual: Print in two languages
available_in: "Available in:"
page_being_translated: "This page is being translated into {language}."
page_being_updated: "This page is being updated in {language}."
handout_other_language_parts: "Some parts are in {language}, because their translation is not ready yet."
unreviewed_notice: This translation has not yet been checked by a health professional.
page_not_found: Page not found
page_not_found_text: The page does not exist. Go to the front page to find what you are looking for.
back_to_start: Go to the front page
purpose: What the exercise is for
starting_position: Starting position
steps: How to do it
dosage: Dosage
cautions: Take care
level: Level
region_neck: Neck
region_upper-back: Upper back
region_lower-back: Lower back
region_shoulder: Shoulder
region_hip: Hip
region_knee: Knee
region_general: Whole body
source_version: Norwegian text last changed
version: version
scan_to_read: Scan to read on your phone
exercise_program: Exercise programme
program_intro: Tick the exercises the patient should do, adjust the dosage and print.
print_program: Print the programme
print_program_bilingual: Print the programme in two languages
dosage_repetitions: Repetitions
dosage_sets: Sets
dosage_hold_seconds: Hold (seconds)
dosage_times_per_day: Times a day
repetitions:
  one: "{count} repetition"
  other: "{count} repetitions"
sets:
  one: "{count} set"
  other: "{count} sets"
hold_seconds:
  one: "hold for {count} second"
  other: "hold for {count} seconds"
times_per_day:
  one: "{count} time a day"
  other: "{count} times a day"
pages_not_yet_in:
  one: "Not yet in {language}: {count} page"
  other: "Not yet in {language}: {count} pages"
"""#,
        "Content/topics/back-pain.md": #"""
---
title: Back pain
summary: Back pain is common and rarely dangerous.
---

Most people get back pain at some point in their life. It is **rarely dangerous**.

## What can you do?

- Stay active.
- Go for a walk every day.

Call 113 if you cannot pass urine or feel numb around the groin.
"""#,
        "Content/exercises/pelvic-tilt.yml": #"""
title: Pelvic tilt
region: lower-back
level: 1
image: images/pelvic-tilt.svg
image_alt: Person lying on their back with bent knees, pressing the lower back towards the floor.
purpose: Makes the lower back move more easily.
starting_position: Lie on your back with your knees bent and your feet on the floor.
steps:
  - Gently press your lower back down towards the floor.
  - Hold for {hold} seconds.
  - Let go.
dosage: { repetitions: 10, sets: 2, hold_seconds: 5, times_per_day: 2 }
cautions:
  - Stop if the pain spreads down your leg.
"""#,
    ]
}
