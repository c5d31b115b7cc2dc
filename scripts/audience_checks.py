"""Audience checks in headless Chromium: in the staff build of the demo, searching for a
confidential flag, a confidential word or a restricted plan finds nothing, while the leads'
build finds each. Run by browser_tests.py; alone: `python3 scripts/audience_checks.py`.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, ".build", "debug", "sspwiki")
CONTENT = os.path.join(ROOT, "content")
TODAY = "2026-11-29"

# (query, what it stands for, the plan the leads' search finds, or None when the words are
# never indexed). The demo's Confidential section of Jayden's plan gets a word of its own in a
# copy of the content, as common words are found elsewhere through their stems.
QUERIES = [
    ({"q": "zqvarnish"}, "a word of a Confidential section", "Jayden Price"),
    ({"q": "Hale"}, "the restricted plan's surname", "Rowan Hale"),
    ({"q": "whereabouts"}, "a word of the restricted plan", "Rowan Hale"),
    ({"q": "sclerosis"}, "a word of a confidential medical detail", None),
    ({"q": "", "flag": "child-in-care"}, "the child-in-care filter", None),
]


def copy_content(work):
    content = os.path.join(work, "content")
    shutil.copytree(CONTENT, content)
    path = os.path.join(content, "plans", "primary", "jayden-price.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("Dad has asked that letters go to both homes.", "Dad has asked that letters go to both homes zqvarnish."))
    return content


def build(content, audience, dest):
    out = subprocess.run([BINARY, "build", "--content", content, "--output", dest, "--today", TODAY,
                          "--audience", audience], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        sys.exit(1)


def result_titles(page):
    return re.findall(r'<h2 class="result-title"><a href="[^"]+">([^<]*)</a>', page)


def run_all(dump_dom, check):
    work = tempfile.mkdtemp(prefix="sspwiki-audience-")
    try:
        staff, leads = os.path.join(work, "staff"), os.path.join(work, "leads")
        content = copy_content(work)
        build(content, "staff", staff)
        build(content, "leads", leads)
        for query, what, plan in QUERIES:
            url = "search.html?" + urllib.parse.urlencode(query)
            staff_page = dump_dom("file://" + staff + "/" + url)
            check(f"[audience] staff search for {what} finds nothing",
                  "search-status" in staff_page and not result_titles(staff_page), str(result_titles(staff_page)))
            if plan:
                leads_page = dump_dom("file://" + leads + "/" + url)
                check(f"[audience] leads' search for {what} finds {plan}", plan in result_titles(leads_page),
                      str(result_titles(leads_page)))
        staff_search = dump_dom("file://" + staff + "/search.html")
        check("[audience] the staff search page offers no child-in-care filter",
              "filter-flags" in staff_search and 'value="child-in-care"' not in staff_search)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    import browser_tests
    run_all(browser_tests.dump_dom, browser_tests.check)
    print(f"{browser_tests.results['passed']} passed, {browser_tests.results['failed']} failed")
    sys.exit(1 if browser_tests.results["failed"] else 0)
