"""Interface strings and plural forms in the workbench, and the name prompt (see workbench.py)."""

from __future__ import annotations

import re
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from workbench_support import check, mark, open_review, reloaded, unit_text, wait


def caret_at_end(driver, field) -> None:
    driver.execute_script("""
        var t = arguments[0], r = document.createRange(); r.selectNodeContents(t); r.collapse(false);
        var s = getSelection(); s.removeAllRanges(); s.addRange(r); t.focus();""", field)


def interface_string(driver, base: str, project: Path, shots: Path) -> None:
    """The heading `steps` of a Polish exercise: marked, opens the editor, saved to strings.xlf."""
    xlf_path = project / "Locales/pl/strings.xlf"
    open_review(driver, base + "pl/exercises/chin-tuck/")
    span = wait(lambda: driver.find_element(By.CSS_SELECTOR, '[data-tolk-string="steps"][tabindex]'))
    if not check(span, "the interface string steps (a heading) is marked for editing"):
        return
    span.click()
    editor = wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-target"))
    if not check(editor, "clicking the heading opens the editor"):
        return
    check(editor.get_attribute("lang") == "pl", "the string's target is lang=pl")
    check(driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-source").text == "Slik gjør du", "the Norwegian string is shown")
    before = xlf_path.read_text()
    new_text = "Jak wykonać ćwiczenie"
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(new_text)
    mark(driver)
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    written = wait(lambda: f"<target>{new_text}</target>" in unit_text(xlf_path.read_text(), "steps"))
    check(written, "Ctrl+Enter writes the string to Locales/pl/strings.xlf")
    after = xlf_path.read_text()
    check(before.replace(unit_text(before, "steps"), "") == after.replace(unit_text(after, "steps"), ""),
          "the rest of strings.xlf is unchanged, byte for byte")
    check(wait(lambda: reloaded(driver) and driver.find_element(By.CSS_SELECTOR, '[data-tolk-string="steps"]').get_attribute("textContent") == new_text),
          "the page reloads with the new heading")
    check(wait(lambda: "Saved." in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text),
          "the string's editor is open again and says Saved.")
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-close").click()


def plural_string(driver, base: str, project: Path, shots: Path, language: str, categories: list[str], edit: str | None = None) -> None:
    """The dosage `repetitions` of an exercise: one field per plural form of the language, with example numbers."""
    xlf_path = project / f"Locales/{language}/strings.xlf"
    driver.set_window_size(360, 800)
    try:
        open_review(driver, base + f"{language}/exercises/chin-tuck/")
        span = wait(lambda: driver.find_element(By.CSS_SELECTOR, '[data-tolk-string="repetitions"][tabindex]'))
        if not check(span, f"the plural string repetitions is marked on the {language} exercise"):
            return
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", span)
        driver.execute_script("arguments[0].click()", span)
        fields = wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".tolk-plural .tolk-target"))
        shown = [f.get_attribute("data-form") for f in fields or []]
        if not check(shown == categories, f"the {language} plural editor has one field per form: {shown}"):
            return
        labels = [l.get_attribute("textContent") for l in driver.find_elements(By.CSS_SELECTOR, ".tolk-plural .tolk-form .tolk-label")]
        check(all(re.search(r"e\.g\. \d", l) for l in labels), f"every form shows example numbers: {labels}")
        check(all(f.get_attribute("lang") == language for f in fields), f"every field is lang={language}")
        driver.save_screenshot(str(shots / f"workbench-{language}-plural-360.png"))
        if not edit:
            driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-close").click()
            return
        field = fields[categories.index(edit)]
        before = xlf_path.read_text()
        caret_at_end(driver, field)
        field.send_keys(" (test)")
        mark(driver)
        field.send_keys(Keys.CONTROL, Keys.ENTER)
        unit = f"repetitions.{edit}"
        written = wait(lambda: "(test)</target>" in unit_text(xlf_path.read_text(), unit))
        check(written, f"Ctrl+Enter writes the form {edit} to strings.xlf")
        after = xlf_path.read_text()
        check(before.replace(unit_text(before, unit), "") == after.replace(unit_text(after, unit), ""),
              "only that form's unit changed")
        check(re.search(r'<target><ph id="1" type="ui" subType="xlf:var" disp="\{count\}" dataRef="d1"/>', unit_text(after, unit)),
              "the form keeps its {count} code")
        # The form edited is the one the page shows (10 repetitions), so the page reloads with it.
        check(wait(lambda: reloaded(driver) and "(test)" in driver.find_element(By.CSS_SELECTOR, '[data-tolk-string="repetitions"]').text),
              f"the page reloads showing the new {edit} form")
        check(wait(lambda: "Saved 1 form." in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text),
              "after the reload the plural editor is open again and says Saved 1 form.")
        driver.save_screenshot(str(shots / f"workbench-{language}-plural-saved-360.png"))
        driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-close").click()
    finally:
        driver.set_window_size(1000, 900)


def name_prompt(driver, base: str, project: Path, shots: Path) -> None:
    """Without --reviewer, the first approval asks for the name in the page; the browser keeps it."""
    xlf_path = project / "Locales/pl/topics/neck-pain.xlf"
    open_review(driver, base + "pl/topics/neck-pain/")
    check(not driver.find_elements(By.CSS_SELECTOR, 'meta[name="tolk-reviewer"]'), "without --reviewer the page carries no reviewer's name")
    driver.execute_script("localStorage.removeItem('tolk-reviewer')")
    units = driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('main p[data-unit^="p-"]'), function (b) { return b.dataset.unit; });""")
    if not check(len(units) >= 2, "two Polish paragraphs to approve"):
        return
    driver.find_element(By.CSS_SELECTOR, f'[data-unit="{units[0]}"]').click()
    wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-approve"))
    mark(driver)
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-approve").click()
    alert = wait(lambda: driver.switch_to.alert, timeout=5)
    if not check(alert and "name" in alert.text, "Approve asks for the reviewer's name: " + (alert.text if alert else "no prompt")):
        return
    alert.send_keys("Ola Nordmann")
    alert.accept()
    note = wait(lambda: re.search(r'<note category="review">Approved by Ola Nordmann on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</note>',
                                  unit_text(xlf_path.read_text(), units[0])))
    check(note and 'state="reviewed"' in unit_text(xlf_path.read_text(), units[0]), "the approval records the name typed in the prompt")
    check(wait(lambda: reloaded(driver) and "Approved." in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text),
          "the editor says Approved. after the reload")
    # The name is kept in the browser: the next approval does not ask again.
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-close").click()
    driver.find_element(By.CSS_SELECTOR, f'[data-unit="{units[1]}"]').click()
    wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-approve")).click()
    asked = wait(lambda: driver.switch_to.alert, timeout=2)
    if asked:
        asked.dismiss()
    check(not asked and wait(lambda: "Approved by Ola Nordmann" in unit_text(xlf_path.read_text(), units[1])),
          "the second approval uses the kept name without asking")
