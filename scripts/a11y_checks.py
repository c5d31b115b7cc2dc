"""Accessibility checks of every page kind of the demo site, in headless Chromium over the DevTools
protocol (cdp.py): axe-core at 1280 px and 375 px (any violation fails, reported by rule, impact,
page and selector), no sideways scrolling of the document at 375 px, and need-profile charts that
read on a phone (text at least 12 px, neighbouring levels told apart by more than colour); the
same on the exported documents (run_documents) and the pages of `sspwiki serve` (run_serve).

axe.min.js comes from PyPI's axe-playwright-python, which scripts/bootstrap --test installs into
.build/test-tools (only the file is used: it is injected with Runtime.evaluate, no Playwright).
"""
import glob
import json
import os
import re
import select
import shutil
import subprocess
import time

from cdp import Browser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIDTHS = (1280, 375)


def axe_source():
    found = glob.glob(os.path.join(ROOT, ".build", "test-tools", "lib", "python*", "site-packages",
                                   "axe_playwright_python", "axe.min.js"))
    return open(found[0], encoding="utf-8").read() if found else None


def first(site, pattern):
    found = sorted(glob.glob(os.path.join(site, pattern)))
    return os.path.relpath(found[0], site) if found else None


def page_kinds(site):
    """One page of every kind the site has (a plan with a past version, so that its history
    and past version exist too), as (kind, path relative to the site, query)."""
    history = first(site, "plans/*/rev/*.html")
    plan = history.split("/")[1] if history else None
    kinds = [("plan", f"plans/{plan}.html"), ("past version", history), ("history", f"plans/{plan}/history.html"),
             ("passport", f"plans/{plan}/passport.html"), ("progress", f"plans/{plan}/progress.html"),
             ("impact", "impact.html"), ("class", first(site, "classes/*.html")),
             ("class passports", first(site, "classes/*/passports.html")), ("people", "staff/index.html"),
             ("person", first(site, "staff/[!i]*.html")), ("INDES index", "indes/index.html"),
             ("INDES section", first(site, "indes/[!i]*.html")), ("PEaSS index", "peass/index.html"),
             ("PEaSS entry", first(site, "peass/[!i]*.html")), ("glossary", "glossary.html"), ("dashboard", "index.html"),
             ("reviews", "reviews.html"), ("provision map", "provision-map.html"), ("quality", "quality.html"),
             ("search", "search.html"), ("archive", "archive.html"), ("pages index", "pages/index.html"),
             ("page", first(site, "pages/[!i]*.html")), ("changes", "changes.html")]
    return [(kind, path, "?q=reading" if kind == "search" else "") for kind, path in kinds
            if path and os.path.exists(os.path.join(site, path))]


# axe's report, one line per node: rule (impact) on page at width: selector — help.
RUN_AXE = """axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(r.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"""

# The document's own width against the window's (a table scrolling inside its own box is fine).
OVERFLOW = "JSON.stringify([document.documentElement.scrollWidth, window.innerWidth])"

# Every text of every need-profile chart: its rendered font size in CSS pixels (font size times
# the SVG's scale on screen).
CHART_TEXT = """JSON.stringify([...document.querySelectorAll('svg.chart text')].map(t => ({
  text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a})))"""

# Each need-profile bar's segments in order: level step, fill, the white line around it, its pattern, the track.
CHART_SEGMENTS = """JSON.stringify([...document.querySelectorAll('svg.chart g.chart-row')].map(row =>
  [...row.querySelectorAll('rect.chart-bar')].filter(r => r.getBBox().width > 0).map(r => ({level: r.dataset.level,
    fill: getComputedStyle(r).fill, line: getComputedStyle(r).stroke,
    track: getComputedStyle(row.querySelector('rect.chart-track')).fill,
    pattern: r.nextElementSibling && r.nextElementSibling.matches('rect.chart-pattern') ? r.nextElementSibling.getAttribute('fill') : ''}))))"""


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(v)) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    parse = lambda s: s[s.index("(") + 1:s.index(")")].split(",")[:3]
    la, lb = sorted((luminance(parse(a)), luminance(parse(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def run_all(site, base, check):
    source = axe_source()
    check("axe-core is installed (scripts/bootstrap --test)", source is not None)
    kinds = page_kinds(site)
    check("every page kind of the demo is found for the accessibility checks", len(kinds) >= 20, f"found {len(kinds)}")
    run_pages(kinds, base, source, check)


def run_documents(folder, check):
    """The same checks on exported documents (one self-contained file each), opened over file://."""
    names = sorted(name for name in os.listdir(folder) if name.endswith(".html"))
    kinds = [(name.rsplit("-", 1)[-1][:-5] + " export", name, "") for name in names]
    run_pages(kinds, "file://" + folder + "/", axe_source(), check)


def run_serve(content, work, check):
    """The same checks on the pages `sspwiki serve` makes itself while a plan has an error: the
    error page in place of that plan, the list of every error, a working page under the error
    banner, and the page for an address the site does not have."""
    from validator_checks import BINARY, first_plan
    folder = os.path.join(work, "serve-content")
    shutil.copytree(content, folder)
    plan = first_plan(folder)
    with open(plan, "a", encoding="utf-8") as file:
        file.write("\nSee [[plan:no-such-plan]].\n")
    server = subprocess.Popen([BINARY, "serve", "--content", folder, "--port", "0", "--no-history"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port, deadline = None, time.time() + 120
        # A quiet second is not the end: on a busy machine the first build may take longer.
        while port is None and time.time() < deadline:
            if not select.select([server.stdout], [], [], 1)[0]:
                continue
            line = server.stdout.readline()
            if not line:
                break
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            port = found and found.group(1)
        check("sspwiki serve starts on content with an error", port is not None)
        if port:
            plan_page = "plans/" + os.path.basename(plan)[:-3] + ".html"
            kinds = [("serve error", plan_page, ""), ("serve error list", "__sspwiki/errors", ""),
                     ("serve banner", "index.html", ""), ("serve not found", "no-such-page.html", "")]
            run_pages(kinds, f"http://127.0.0.1:{port}/", axe_source(), check)
    finally:
        server.terminate()
        server.wait(timeout=20)


def run_pages(kinds, base, source, check):
    browser = Browser()
    try:
        page = browser.page()
        for width in WIDTHS:
            page.send("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600})
            for kind, path, query in kinds:
                page.navigate(base + path + query, settle=0.3)
                if source:
                    page.evaluate(source)
                    found = json.loads(page.evaluate(RUN_AXE) or "[]")
                    report = "".join(f"\n      {v['id']} ({v['impact']}) on {path} at {width} px: {node} — {v['help']}"
                                     for v in found for node in v["nodes"])
                    check(f"axe: no violation on the {kind} page at {width} px", not found, report)
                if width == 375:
                    scroll, inner = json.loads(page.evaluate(OVERFLOW))
                    check(f"the {kind} page does not scroll sideways at 375 px", scroll <= inner,
                          f"({path}: document {scroll} px wide in a {inner} px window)")
                    charts(page, kind, path, check)
    finally:
        browser.close()


def charts(page, kind, path, check):
    texts = json.loads(page.evaluate(CHART_TEXT) or "[]")
    if not texts:
        return
    small = [t for t in texts if t["px"] < 12]
    check(f"chart text on the {kind} page is at least 12 px at 375 px", not small,
          "; ".join(f"'{t['text']}' {t['px']:.1f} px" for t in small[:5]) + f" ({path})")
    rows = json.loads(page.evaluate(CHART_SEGMENTS) or "[]")
    weak = []
    for row in rows:
        for segment in row:
            # Each part stands out by 3:1 from the line that parts it from its neighbours and from the track.
            for other in ("line", "track"):
                ratio = contrast(segment["fill"], segment[other])
                if ratio < 3:
                    weak.append(f"level step {segment['level']} against its {other}: {ratio:.1f}:1")
        for a, b in zip(row, row[1:]):
            if a["pattern"] == b["pattern"]:
                weak.append(f"level steps {a['level']} and {b['level']} side by side with the same pattern")
    if rows:
        check(f"need levels on the {kind} page differ by pattern and stand out by 3:1", not weak,
              "; ".join(sorted(set(weak))) + f" ({path})")


# Where the target of the address's #fragment is, and how tall what it holds is laid out.
TARGET_PLACE = """(() => { const t = document.querySelector(':target');
  return t ? JSON.stringify({top: t.getBoundingClientRect().top, scrolled: window.scrollY,
    shown: t.querySelector('ol, tbody').getBoundingClientRect().height}) : null; })()"""

# Each long list of the page as printed: its content-visibility and its height.
PRINTED = """JSON.stringify([...document.querySelectorAll('.quality-plan, .long-table')].map(s =>
  [getComputedStyle(s).contentVisibility, s.getBoundingClientRect().height]))"""


def run_long_pages(site, base, check):
    """Long lists (the quality page's plan sections, the dashboard's table of plans) are laid
    out only near the screen (content-visibility): a link into one still lands on it, shown,
    and paper gets every one."""
    quality = open(os.path.join(site, "quality.html"), encoding="utf-8").read()
    ids = re.findall(r'class="quality-plan" id="([^"]+)"', quality)
    check("the quality page has plan sections to check", len(ids) >= 2, f"found {len(ids)}")
    if len(ids) < 2:
        return
    browser = Browser()
    try:
        page = browser.page()
        # A short window, so that the target starts below it until the link scrolls there.
        page.send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 300, "deviceScaleFactor": 1, "mobile": False})
        for name, target, what in (("quality.html", ids[-1], "the last plan's findings on the quality page"),
                                   ("index.html", "plan-table", "the dashboard's table of plans")):
            page.send("Emulation.setEmulatedMedia", {"media": ""})
            page.navigate(base + name + "#" + target, settle=0.3)
            place = json.loads(page.evaluate(TARGET_PLACE) or "null")
            check(f"a link to {what} scrolls there and shows it",
                  place is not None and place["scrolled"] > 0 and abs(place["top"]) <= 2 and place["shown"] > 0, f"{place}")
            page.send("Emulation.setEmulatedMedia", {"media": "print"})
            printed = json.loads(page.evaluate(PRINTED) or "[]")
            check(f"every long list of {name} is laid out on paper",
                  printed and all(visibility == "visible" and height > 0 for visibility, height in printed), f"{printed}")
    finally:
        browser.close()
