"""Helpers of the workbench browser tests (workbench.py): results, waiting, the browser, the server."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
results: list[tuple[bool, str]] = []


def check(condition: bool, what: str) -> bool:
    results.append((bool(condition), what))
    print(("ok    " if condition else "FAIL  ") + what, flush=True)
    return bool(condition)


def wait(condition, timeout: float = 20.0, interval: float = 0.05):
    """Polls `condition` until it returns something true, or `timeout` seconds pass (then None)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:  # noqa: BLE001 - a stale element during a reload
            value = None
        if value:
            return value
        time.sleep(interval)
    return None


def make_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1000,900", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--lang=en-US"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


def copy_project() -> Path:
    """The sample project in a temporary folder, with `min_state: reviewed` as a real deployment publishes
    (so every translated unit has a `state` problem)."""
    project = Path(tempfile.mkdtemp(prefix="tolk-workbench-"))
    for name in ("Content", "Locales", "Site"):
        shutil.copytree(ROOT / name, project / name)
    site = project / "Site/site.yml"
    site.write_text(re.sub(r"(?m)^  min_state: \w+", "  min_state: reviewed", site.read_text()))
    return project


def start_server(tolk: str, project: Path, reviewer: str | None = "Test Reviewer") -> tuple[subprocess.Popen, str]:
    command = [tolk, "serve", "--project", str(project), "--port", "0"] + (["--reviewer", reviewer] if reviewer else [])
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    url = None
    while url is None:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("tolk serve ended:\n" + "".join(lines))
        lines.append(line)
        match = re.search(r"Serving (http://127\.0\.0\.1:\d+/)", line)
        if match:
            url = match.group(1)
    # Wait for the first build, then keep reading its output so the pipe never fills.
    while True:
        line = server.stdout.readline()
        if not line or line.startswith("Built "):
            break
    import threading
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    return server, url


def open_review(driver, url: str) -> None:
    driver.get(url + "?review=1")
    ready = wait(lambda: driver.execute_script("return document.documentElement.dataset.tolkWorkbench === 'ready'"))
    check(ready, f"workbench ready on {url}")


def mark(driver) -> None:
    """Marks the current document, so that `reloaded` can tell a new one from it."""
    driver.execute_script("window.tolkTestMark = 1")


def reloaded(driver) -> bool:
    return driver.execute_script("return window.tolkTestMark === undefined && document.documentElement.dataset.tolkWorkbench === 'ready'")


def unit_text(xlf: str, unit: str) -> str:
    match = re.search(r'    <unit id="' + re.escape(unit) + r'".*?\n    </unit>\n', xlf, re.S)
    return match.group(0) if match else ""
