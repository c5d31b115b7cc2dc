"""Search checks in headless Chromium, run by browser_tests.py over file:// and over http.

What a member of staff must be able to rely on: a fragment of a name finds the plan; a
strategy finds every plan that uses it; a filter narrows the results; an accented name is
found without the accent; a draft never appears; the page asks nothing of any other host;
the browser ranks exactly as `sspwiki search` does and stems every indexed word as the Swift
indexer did; the URL holds the query, back and forward work, and the arrow keys move
through the results.
"""
import atexit
import datetime
import functools
import glob
import html
import http.server
import json
import os
import re
import shutil
import socketserver
import subprocess
import tempfile
import threading
import urllib.parse

import cdp

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CONTENT = os.environ.get("SSPWIKI_TEST_CONTENT", os.path.join(ROOT, "content"))
BINARY = os.path.join(ROOT, ".build", "debug", "sspwiki")
TODAY = "2026-11-29"

FIXTURE = {
    "site.yml": "setting: Fixture School\nphase: primary\n",
    "plans/zoe-angstrom.md": "---\nname: Zoë Ångström\nknown_as: Zoë\nstage: sen-support\nstart: 2026-09-07\n"
                             "review: 2026-12-11\nyear_group: 3\n---\n## About me\n\nI like the café and crème brûlée.\n",
    "plans/zoe-smith.md": "---\nname: Zoe Smith\nstage: ehcp\nstart: 2026-09-07\nreview: 2026-12-11\n---\n",
    "plans/dora-draftly.md": "---\nname: Dora Draftly\nstage: sen-support\nstart: 2026-09-07\nreview: 2026-12-11\n"
                             "status: draft\n---\n## About me\n\nZoë is my friend. Unfinishedword.\n",
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# Shows every result of a search page, ten at a time, as a reader pressing "Show more" would.
SHOW_ALL = """(async function () {
  var more = document.getElementById('search-more'), n = 0;
  function pause() { return new Promise(function (resolve) { setTimeout(resolve, 10); }); }
  while (more && !more.hidden && n < 500) {
    more.click();
    n++;
    for (var wait = 0; more.disabled && wait < 500; wait++) await pause();
  }
  return n;
}())"""


def dom(url, ready="document.getElementById('search-status').textContent"):
    """The page's HTML once `ready` is true (with every search result shown), and the URL of
    every request the page made."""
    page = _setup["page"]
    page.navigate(url, settle=0.2)
    page.wait_for(ready)
    page.evaluate(SHOW_ALL)
    return page.evaluate("document.documentElement.outerHTML") or "", page.requests()


def results(page):
    """The status line and the (href, title) of every result shown."""
    status = re.search(r'<p id="search-status"[^>]*>(.*?)</p>', page, re.S)
    links = re.findall(r'<h2 class="result-title"><a href="([^"]+)">([^<]*)</a>', page)
    return (html.unescape(status.group(1)) if status else ""), [(h, html.unescape(t)) for h, t in links]


def count(status):
    found = re.match(r"(\d+) results?", status)
    return int(found.group(1)) if found else 0


def search(base, query):
    return results(dom(base + "search.html?" + urllib.parse.urlencode(query, doseq=True))[0])


def documents(site):
    """(record, title) of every indexed document: the record from index.js, the title from its text file."""
    text = open(os.path.join(site, "search", "index.js"), encoding="utf-8").read()
    records = json.loads(text[text.index("sspSearchData.docs=") + len("sspSearchData.docs="):].rstrip().rstrip(";"))
    titles = []
    for n in range(len(records)):
        body = open(os.path.join(site, "search", "x", f"{n}.js"), encoding="utf-8").read()
        titles.append(json.loads(body[body.index("=") + 1:].rstrip().rstrip(";"))[1])
    return list(zip(records, titles))


def cli(content, query):
    out = subprocess.run([BINARY, "search", "--content", content, "--limit", "20", query],
                         capture_output=True, text=True, cwd=ROOT)
    return [line.split("\t")[0] for line in out.stdout.splitlines() if line]


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    return dict(re.findall(r"^(\w+):\s*(.*?)\s*$", text.split("---")[1], re.M)) if text.startswith("---") else {}


_setup = {}
# Test pages write their findings into #out when they are done.
DONE = "document.getElementById('out').textContent !== 'waiting'"
LOADED = "document.readyState === 'complete'"


def setup(site):
    """Once per run: the browser, the fixture site (served over http too), the test pages."""
    if "browser" not in _setup:
        _setup["browser"] = cdp.Browser()
        atexit.register(_setup["browser"].close)
        _setup["page"] = _setup["browser"].page()
    if "work" in _setup:
        return _setup
    work = tempfile.mkdtemp(prefix="sspwiki-search-fixture-")
    atexit.register(shutil.rmtree, work, True)
    content, output = os.path.join(work, "content"), os.path.join(work, "site")
    for path, text in FIXTURE.items():
        os.makedirs(os.path.dirname(os.path.join(content, path)), exist_ok=True)
        with open(os.path.join(content, path), "w", encoding="utf-8") as f:
            f.write(text)
    subprocess.run([BINARY, "build", "--content", content, "--output", output, "--today", TODAY],
                   cwd=ROOT, capture_output=True, check=True)
    server = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=output))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _setup.update(work=work, fixture=output, fixture_http=f"http://127.0.0.1:{server.server_address[1]}/")
    for name in ("driver", "stems"):
        shutil.copy(os.path.join(HERE, "search_pages", name + ".html"), os.path.join(site, f"_{name}.html"))
        shutil.copy(os.path.join(HERE, "search_pages", name + ".js"), os.path.join(site, f"_{name}.js"))
    with open(os.path.join(site, "_external.html"), "w") as f:
        f.write('<!DOCTYPE html><title>control</title><img src="http://sspwiki-outside.invalid/pixel.png" alt="">')
    return _setup


def run_all(label, base, site, dump_dom, check):
    s = setup(site)
    docs = documents(site)
    # A plan's record: kind, year, class, stage, review day, case holder, flags, needs, archived.
    plans = [(d, title) for d, title in docs if d[0] == 0 and d[8] == 0]
    check(f"[{label}] search index lists the demo's plans", len(plans) >= 10, f"found {len(plans)}")

    # A fragment of a surname finds the plan, above anything that only mentions it.
    name = next(title for _, title in plans if " " in title)
    fragment = name.split()[-1][:4].lower()
    status, found = search(base, {"q": fragment})
    check(f"[{label}] name fragment '{fragment}' finds {name}", name in [t for _, t in found[:3]],
          f"{status} {found[:3]}")
    check(f"[{label}] the results count is in a live region", count(status) == len(found), f"{status} {len(found)}")

    # A strategy finds every active plan that receives it (from the PEaSS page's table).
    best = None
    for page in sorted(glob.glob(os.path.join(site, "peass", "*.html"))):
        if page.endswith("index.html"):
            continue
        text = open(page, encoding="utf-8").read()
        receiving = text.split('id="receiving"')[1] if 'id="receiving"' in text else ""
        users = set(re.findall(r'href="\.\./(plans/[^"]+\.html)"', receiving.split("</section>")[0]))
        title = html.unescape(re.search(r'<h1 id="page-title">(.*?)</h1>', text).group(1))
        if best is None or len(users) > len(best[1]):
            best = (title, users)
    status, found = search(base, {"q": best[0]})
    check(f"[{label}] strategy '{best[0]}' finds all {len(best[1])} plans using it",
          len(best[1]) >= 2 and best[1] <= {h for h, _ in found}, f"missing {best[1] - {h for h, _ in found}}")

    # A filter narrows the results, and every remaining plan passes it.
    status_all, everything = search(base, {"q": "support"})
    page, _ = dom(base + "search.html?q=support&stage=ehcp")
    status_ehcp, ehcp = results(page)
    badges = re.findall(r'class="badge badge-([a-z-]+)"', page)
    check(f"[{label}] stage filter narrows results", 0 < count(status_ehcp) < count(status_all),
          f"{status_ehcp} / {status_all}")
    check(f"[{label}] stage filter shows only EHCP plans", badges and set(badges) == {"ehcp"}, str(badges))
    status, overdue = search(base, {"review": "overdue"})
    # The page decides what is overdue from the browser's clock, so the check does too.
    today = (datetime.date.today() - datetime.date(1970, 1, 1)).days
    expected = [d for d, _ in plans if d[4] < today]
    check(f"[{label}] review-overdue filter lists the overdue plans", count(status) == len(expected),
          f"{status}, expected {len(expected)}")

    # Accents: the fixture's "Zoë Ångström" is found as "zoe angstrom"; "ZOË" finds both Zoes.
    fixture = "file://" + s["fixture"] + "/" if label == "file" else s["fixture_http"]
    status, found = search(fixture, {"q": "zoe angstrom"})
    check(f"[{label}] accented name matches unaccented input", [t for _, t in found] == ["Zoë Ångström"], str(found))
    status, found = search(fixture, {"q": "ZOË"})
    check(f"[{label}] accented input matches both spellings", {t for _, t in found} == {"Zoë Ångström", "Zoe Smith"},
          str(found))
    status, found = search(fixture, {"q": "creme brulee"})
    check(f"[{label}] accented body text matches unaccented input", len(found) == 1, str(found))

    # Drafts: never in results, never in any index file.
    status, found = search(fixture, {"q": "dora draftly", "archived": "1"})
    check(f"[{label}] a draft never appears (fixture)", not found and "No results" in status, status)
    leaked = [p for p in glob.glob(os.path.join(s["fixture"], "search", "**", "*.js"), recursive=True)
              if "unfinishedword" in open(p, encoding="utf-8").read().lower()]
    check(f"[{label}] a draft's words are in no index file", not leaked, str(leaked))
    drafts = [front_matter(p) for p in glob.glob(os.path.join(CONTENT, "plans", "**", "*.md"), recursive=True)]
    for name in [f["name"] for f in drafts if f.get("status") == "draft" and "name" in f]:
        status, found = search(base, {"q": name, "archived": "1"})
        check(f"[{label}] demo draft '{name}' never appears", all(t != name for _, t in found), str(found))

    # No request leaves the site. The DevTools protocol reports every request the page makes
    # (and not the browser's own update checks, which a proxy would also see).
    outside = []
    for url in ("search.html?q=reading&stage=ehcp", "search.html?q=reveiw", "search.html?q=precis&archived=1"):
        outside += [r for r in dom(base + url)[1] if not r.startswith(base)]
    outside += [r for r in dom(base + "index.html", ready=LOADED)[1] if not r.startswith(base)]
    check(f"[{label}] search page makes no request outside the site", not outside, str(outside))
    _, control = dom(base + "_external.html", ready=LOADED)
    check(f"[{label}] (control) a request to another host would have been caught",
          any("sspwiki-outside.invalid" in r for r in control), str(control))

    # The browser ranks exactly as the Swift engine, and stems every word as the indexer did.
    for query in ("reading", "precis", "reveiw", "social communication", "teach", fragment):
        status, found = search(base, {"q": query})
        check(f"[{label}] browser ranking equals `sspwiki search` for '{query}'",
              [h for h, _ in found][:20] == cli(CONTENT, query), f"{[h for h, _ in found][:5]} vs {cli(CONTENT, query)[:5]}")
    out = re.search(r'<pre id="out">(.*?)</pre>', dom(base + "_stems.html", ready=DONE)[0], re.S)
    report = json.loads(html.unescape(out.group(1))) if out and out.group(1).startswith("{") else {}
    check(f"[{label}] search.js stems and reads every indexed word as Swift did",
          report.get("words", 0) > 500 and not report.get("bad"), str(report)[:400])

    # The URL holds the query and filters; back and forward restore them; arrow keys move.
    q1, q2 = fragment, best[0].split()[0].lower()
    page, _ = dom(base + "_driver.html?" + urllib.parse.urlencode({"q1": q1, "q2": q2, "stage": "ehcp"}), ready=DONE)
    out = re.search(r'<pre id="out">(.*?)</pre>', page, re.S)
    seen = json.loads(html.unescape(out.group(1))) if out and out.group(1).startswith("{") else {}
    start, typed, filtered = seen.get("start", {}), seen.get("typed", {}), seen.get("filtered", {})
    back1, back2, forward = seen.get("back1", {}), seen.get("back2", {}), seen.get("forward", {})
    check(f"[{label}] typing puts the query in the URL", f"q={q2}" in typed.get("search", "") and typed.get("links"),
          str(seen)[:300])
    check(f"[{label}] a filter goes into the URL", "stage=ehcp" in filtered.get("search", ""), str(filtered)[:300])
    check(f"[{label}] back removes the filter and restores its results",
          "stage" not in back1.get("search", "x") and back1.get("stage") == "" and back1.get("links") == typed.get("links"),
          str(back1)[:300])
    check(f"[{label}] back again restores the first query and results",
          back2.get("q") == q1 and back2.get("links") == start.get("links"), str(back2)[:300])
    check(f"[{label}] forward restores the typed query", forward.get("q") == q2 and forward.get("links") == typed.get("links"),
          str(forward)[:300])
    keys, links = seen.get("keys", []), forward.get("links", [])
    check(f"[{label}] arrow keys move between the box and the results",
          len(links) >= 2 and keys == ["search-q", links[0], links[1], links[0], "search-q"], f"{keys} {links[:2]}")

    home, _ = dom(base + "index.html", ready=LOADED)
    # Closed after each run: an idle connection Chromium keeps open would stop the harness's
    # single-threaded http server from shutting down.
    _setup.pop("browser").close()
    check(f"[{label}] every page has a search box that works without JavaScript",
          re.search(r'<form class="site-search" action="search.html" method="get"', home) and 'name="q"' in home)
