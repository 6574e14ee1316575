#!/usr/bin/env python3
"""Real-browser test of the translator workbench of `tolk serve` (issue 14).

Usage: python3 Tests/browser/workbench.py TOLK_BINARY [--screenshots DIR]

Copies the sample project (Content/, Locales/, Site/) into a temporary folder (with
`min_state: reviewed`, as a real deployment publishes), runs
`tolk serve --port 0 --reviewer "Test Reviewer"` on it and, in headless Chromium through Selenium:

  1. opens a Polish topic in the translator view, clicks a paragraph, replaces its translation,
     saves with Ctrl+Enter, sees the .xlf file on disk change (only that unit's target) and the
     page reload with the new text, then approves the unit (state reviewed, a note with the name);
  2. opens an Urdu exercise, opens the step with the {hold} placeholder (a token in a
     right-to-left editor: lang="ur", computed direction rtl), checks that deleting the token is
     not saved silently, puts it back with the palette, adds words and saves; the file keeps the
     <ph> and the page shows the new text;
  3. on a second server without --reviewer, approves a Polish paragraph: the page asks for the
     reviewer's name (a prompt), the note records it, and the next approval uses the kept name;
  4. edits interface strings (workbench_strings.py): the Polish heading `steps`, and the plural
     `repetitions` with one field per form of the language and example numbers (pl, ar, ur;
     screenshots of the plural editor at 360 px).

Ends with `N passed, M failed`; exit status 1 on any failure. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from workbench_strings import interface_string, name_prompt, plural_string
from workbench_support import check, copy_project, make_driver, mark, open_review, reloaded, results, start_server, unit_text, wait


def polish(driver, base: str, project: Path, shots: Path) -> None:
    xlf_path = project / "Locales/pl/topics/neck-pain.xlf"
    before = xlf_path.read_text()
    open_review(driver, base + "pl/topics/neck-pain/")
    # A paragraph without inline codes, so typing replaces the whole target.
    unit = driver.execute_script("""
        var blocks = document.querySelectorAll('main p[data-unit^="p-"]');
        for (var i = 0; i < blocks.length; i++) {
          var id = blocks[i].dataset.unit;
          if (!/<p[ch] /.test(blocks[i].innerHTML) && !blocks[i].querySelector('a,strong,em,code')) return id;
        }
        return null;""")
    if not check(unit, "a Polish paragraph without codes is annotated"):
        return
    block = driver.find_element(By.CSS_SELECTOR, f'[data-unit="{unit}"]')
    block.click()
    editor = wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-target"))
    if not check(editor, "clicking the paragraph opens the editor"):
        return
    check(editor.get_attribute("lang") == "pl" and editor.get_attribute("dir") == "ltr", "the target is lang=pl dir=ltr")
    source = driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-source")
    check(source.get_attribute("lang") == "nb" and len(source.text) > 10, "the Norwegian source is shown, lang=nb")
    driver.save_screenshot(str(shots / "workbench-pl-editor.png"))
    new_text = "Ból szyi jest bardzo częsty i zwykle mija sam w ciągu kilku tygodni."
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(new_text)
    mark(driver)
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    changed = wait(lambda: new_text in xlf_path.read_text())
    check(changed, "Ctrl+Enter writes the new target to Locales/pl/topics/neck-pain.xlf")
    after = xlf_path.read_text()
    old_unit, new_unit = unit_text(before, unit), unit_text(after, unit)
    check(old_unit and before.replace(old_unit, "") == after.replace(new_unit, ""), "the rest of the file is unchanged, byte for byte")
    check(f"<target>{new_text}</target>" in new_unit and 'state="translated"' in new_unit, "the unit has the new target, state translated")
    shown = wait(lambda: reloaded(driver) and new_text in driver.find_element(By.CSS_SELECTOR, f'[data-unit="{unit}"]').text)
    check(shown, "the page reloads and shows the new text")
    reopened = wait(lambda: "Saved." in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text)
    check(reopened, "after the reload the editor is open again and says Saved.")
    check(wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-problems").text), "the editor lists the unit's problems (or none)")
    driver.save_screenshot(str(shots / "workbench-pl-saved.png"))
    mark(driver)
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-approve").click()
    approved = wait(lambda: 'state="reviewed"' in unit_text(xlf_path.read_text(), unit))
    check(approved, "Approve sets state reviewed in the file")
    note = re.search(r'<note category="review">Approved by Test Reviewer on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</note>',
                     unit_text(xlf_path.read_text(), unit))
    check(note, "the approval note names the reviewer with an ISO 8601 time")
    check(wait(lambda: reloaded(driver) and "Approved." in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text),
          "the editor says Approved. after the reload")

    # Typing is never lost: a change on disk (git pull, a CAT tool) while the editor has unsaved
    # text holds the reload; a change of the same unit is a conflict, not an overwrite.
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-close").click()
    second = driver.execute_script("""
        var blocks = document.querySelectorAll('main p[data-unit^="p-"]');
        for (var i = 0; i < blocks.length; i++) if (blocks[i].dataset.unit !== arguments[0] && !blocks[i].querySelector('a,strong,em,code')) return blocks[i].dataset.unit;
        return null;""", unit)
    if not check(second, "a second Polish paragraph"):
        return
    driver.find_element(By.CSS_SELECTOR, f'[data-unit="{second}"]').click()
    editor = wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-target"))
    editor.send_keys(Keys.END, " Tekst w toku")
    mark(driver)
    text = xlf_path.read_text()
    first_unit = unit_text(text, unit)
    xlf_path.write_text(text.replace(first_unit, first_unit.replace(new_text, new_text.replace("bardzo", "naprawdę"))))
    held = wait(lambda: "changed on the server" in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-notice").text)
    check(held and driver.execute_script("return window.tolkTestMark === 1"), "a change on disk does not reload over unsaved typing")
    other = unit_text(xlf_path.read_text(), second)
    xlf_path.write_text(xlf_path.read_text().replace(other, other.replace("</target>", " (CAT)</target>")))
    theirs = xlf_path.read_text()
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    conflict = wait(lambda: "Not saved" in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text)
    check(conflict and xlf_path.read_text() == theirs, "saving over a unit changed on disk is refused (409) and writes nothing")
    check(driver.find_elements(By.CSS_SELECTOR, ".tolk-editor .tolk-reload"), "the editor offers a reload")
    driver.save_screenshot(str(shots / "workbench-pl-conflict.png"))
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-reload").click()
    check(wait(lambda: reloaded(driver) and "(CAT)" in driver.find_element(By.CSS_SELECTOR, f'[data-unit="{second}"]').text),
          "after the reload the page shows the other tool's text")

    # Approve the page: every translated unit without problems.
    reviewed_before = xlf_path.read_text().count('state="reviewed"')
    driver.find_element(By.CSS_SELECTOR, ".tolk-approve-page").click()
    status = wait(lambda: re.search(r"Approved (\d+) of (\d+) units", driver.find_element(By.CSS_SELECTOR, ".tolk-workbench").text))
    check(status and int(status.group(1)) == int(status.group(2)) > 1, "Approve page approves every unit without problems: " + (status.group(0) if status else driver.find_element(By.CSS_SELECTOR, ".tolk-workbench").text))
    check(xlf_path.read_text().count('state="reviewed"') > reviewed_before + 1, "the file has the approvals")


def urdu(driver, base: str, project: Path, shots: Path) -> None:
    xlf_path = project / "Locales/ur/exercises/chin-tuck.xlf"
    open_review(driver, base + "ur/exercises/chin-tuck/")
    unit = driver.execute_script("""
        var blocks = document.querySelectorAll('[data-unit^="step-"]');
        for (var i = 0; i < blocks.length; i++) if (/سیکنڈ/.test(blocks[i].textContent)) return blocks[i].dataset.unit;
        return null;""")
    if not check(unit, "the Urdu step with {hold} is annotated"):
        return
    block = driver.find_element(By.CSS_SELECTOR, f'[data-unit="{unit}"]')
    driver.execute_script("arguments[0].focus()", block)
    block.send_keys(Keys.ENTER)
    editor = wait(lambda: driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-target"))
    if not check(editor, "Enter on the focused step opens the editor"):
        return
    direction = driver.execute_script("return getComputedStyle(arguments[0]).direction", editor)
    check(editor.get_attribute("lang") == "ur" and direction == "rtl", "the Urdu target is lang=ur and edits right to left")
    tokens = editor.find_elements(By.CSS_SELECTOR, '.tolk-code[data-part="ph"]')
    check(len(tokens) == 1 and "{hold}" in tokens[0].text, "the placeholder is a {hold} token")
    driver.save_screenshot(str(shots / "workbench-ur-editor.png"))
    before = xlf_path.read_text()
    # Deleting the token is not saved silently: the first Ctrl+Enter only warns.
    driver.execute_script("arguments[0].remove(); arguments[1].dispatchEvent(new Event('input'))", tokens[0], editor)
    check("{hold}" in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-warn").text, "a deleted token is named as missing")
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    warned = wait(lambda: "Codes are missing" in driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-status").text, timeout=5)
    check(warned and xlf_path.read_text() == before, "Ctrl+Enter without the token warns and writes nothing")
    # Put it back at the start with the palette (the caret at the start), then add words at the end.
    driver.execute_script("""
        var t = arguments[0], r = document.createRange(); r.setStart(t, 0); r.collapse(true);
        var s = getSelection(); s.removeAllRanges(); s.addRange(r);""", editor)
    driver.find_element(By.CSS_SELECTOR, ".tolk-editor .tolk-palette button").click()
    check(len(editor.find_elements(By.CSS_SELECTOR, '.tolk-code[data-part="ph"]')) == 1, "the palette puts the token back")
    driver.execute_script("""
        var t = arguments[0], r = document.createRange(); r.selectNodeContents(t); r.collapse(false);
        var s = getSelection(); s.removeAllRanges(); s.addRange(r); t.focus();""", editor)
    editor.send_keys(" آرام سے")
    mark(driver)
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    written = wait(lambda: "آرام سے</target>" in unit_text(xlf_path.read_text(), unit))
    check(written, "the Urdu target is written")
    text = unit_text(xlf_path.read_text(), unit)
    check(re.search(r'<target><ph id="1" type="ui" subType="xlf:var" disp="\{hold\}" dataRef="d1"/>', text),
          "the moved {hold} keeps its <ph> with the source's attributes")
    shown = wait(lambda: reloaded(driver) and "آرام سے" in driver.find_element(By.CSS_SELECTOR, f'[data-unit="{unit}"]').text)
    check(shown, "the Urdu page reloads with the new text")
    driver.save_screenshot(str(shots / "workbench-ur-saved.png"))


def console_errors(driver) -> list[str]:
    # The conflict step's 409 is meant; Chromium logs every failed response as an error.
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "status of 409" not in entry["message"]]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tolk")
    parser.add_argument("--screenshots", type=Path, default=Path(tempfile.gettempdir()) / "tolk-workbench-shots")
    args = parser.parse_args()
    args.screenshots.mkdir(parents=True, exist_ok=True)
    tolk = os.path.abspath(args.tolk)
    project = copy_project()
    server, base = start_server(tolk, project)
    driver = make_driver()
    try:
        polish(driver, base, project, args.screenshots)
        errors = console_errors(driver)
        check(not errors, "no console errors on the Polish page" + (": " + "; ".join(errors) if errors else ""))
        urdu(driver, base, project, args.screenshots)
        errors = console_errors(driver)
        check(not errors, "no console errors on the Urdu page" + (": " + "; ".join(errors) if errors else ""))
        interface_string(driver, base, project, args.screenshots)
        plural_string(driver, base, project, args.screenshots, "pl", ["one", "few", "many", "other"], edit="many")
        plural_string(driver, base, project, args.screenshots, "ar", ["zero", "one", "two", "few", "many", "other"])
        plural_string(driver, base, project, args.screenshots, "ur", ["one", "other"])
        errors = console_errors(driver)
        check(not errors, "no console errors on the interface strings' pages" + (": " + "; ".join(errors) if errors else ""))
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(project, ignore_errors=True)
    # A second server without --reviewer: the name is asked in the page.
    project = copy_project()
    server, base = start_server(tolk, project, reviewer=None)
    driver = make_driver()
    try:
        name_prompt(driver, base, project, args.screenshots)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(project, ignore_errors=True)
    failed = sum(1 for ok, _ in results if not ok)
    print(f"{len(results) - failed} passed, {failed} failed (screenshots in {args.screenshots})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
