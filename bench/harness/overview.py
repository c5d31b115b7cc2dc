"""Overview-page figures for a built site: the bytes of each school-wide page and how long
headless Chromium, with its CPU slowed 4× through the DevTools protocol, takes to reach
DOMContentLoaded on it (opened from file://, as a reader might). Uses scripts/cdp.py."""

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import cdp  # noqa: E402

PAGES = ["index.html", "quality.html", "provision-map.html", "reviews.html"]
THROTTLE = 4
LOADS = 3  # loads per page; the median is reported
BUDGET_BYTES = 300_000
BUDGET_SECONDS = 1.0

DCL = "(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? n.domContentLoadedEventEnd : null; })()"


def dom_content_loaded(page, url):
    """Milliseconds from navigation start to the end of DOMContentLoaded, or None."""
    page.navigate(url, settle=0.2)
    return page.evaluate(DCL)


def measure(site):
    """{page: {"bytes": n, "dcl": seconds or None}}; dcl is None when chromium is missing."""
    result = {}
    for name in PAGES:
        path = os.path.join(site, name)
        if os.path.isfile(path):
            result[name] = {"bytes": os.path.getsize(path), "dcl": None}
    if not result or cdp.chromium() is None:
        return result
    browser = cdp.Browser()
    try:
        page = browser.page()
        page.send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
        # One load first, not counted: the browser's own start-up work would land on the first page.
        dom_content_loaded(page, Path(os.path.abspath(os.path.join(site, next(iter(result))))).as_uri())
        for name in result:
            url = Path(os.path.abspath(os.path.join(site, name))).as_uri()
            times = [t for t in (dom_content_loaded(page, url) for _ in range(LOADS)) if t is not None]
            result[name]["dcl"] = statistics.median(times) / 1000 if times else None
    finally:
        browser.close()
    return result
