"""Reviews overdue on the day a person looks, not only on the build day, checked in Chromium.

Builds a small site with --today set BEFORE a plan's review date, so the HTML written at
build time lists that review as not yet due. The page's clock is pinned to CLOCK, after the
review date (a script run before the page's own replaces `Date`), so assets/reviews.js must
move the plan into the dashboard's overdue list. Nothing depends on the real date.
"""
import os
import re

import cdp

BUILT = "2026-10-01"       # 31 days before the review: "later" on the build day
REVIEW = "2026-11-01"      # passed on the page's day
CLOCK = "2026-12-01"       # the day the page thinks it is
FUTURE = "2027-06-01"      # still to come on the page's day

# Every `new Date()` and `Date.now()` of the page gives noon on CLOCK (UTC).
FIXED_CLOCK = """(() => {
  const fixed = Date.parse("%sT12:00:00Z");
  const Real = Date;
  class Fixed extends Real {
    constructor(...args) { super(...(args.length ? args : [fixed])); }
    static now() { return fixed; }
  }
  window.Date = Fixed;
})();""" % CLOCK

FILES = {
    "site.yml": "setting: Browser Check School\nreview_soon_days: 14\n",
    "indes/semh.md": "---\ntitle: SEMH\nlevels:\n  - level: 0\n    label: Typical\n  - level: 1\n    label: Emerging\n---\nText.\n",
    "plans/past-review.md": f"---\nname: Pat Past\nstage: sen-support\nstart: 2026-09-01\nreview: {REVIEW}\n"
                            "needs:\n  - indes: semh\n    level: 1\n---\n## About me\n\nHello.\n",
    "plans/future-review.md": f"---\nname: Fay Future\nstage: sen-support\nstart: 2026-09-01\nreview: {FUTURE}\n---\nHello.\n",
}


def item(html, list_id, plan):
    """The opening tag of the plan's <li> in the list section `list_id`."""
    start = html.find(f'id="{list_id}"')
    if start < 0:
        return None
    end = html.find("</section>", start)
    match = re.search(r'<li[^>]*data-plan="%s"[^>]*>' % re.escape(plan), html[start:end])
    return match.group(0) if match else None


def write_content(folder):
    for path, text in FILES.items():
        target = os.path.join(folder, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)


def dump_on_clock_day(url):
    """The DOM of url after its scripts ran, with the page's clock pinned to CLOCK."""
    browser = cdp.Browser()
    try:
        page = browser.page()
        page.send("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_CLOCK})
        page.navigate(url)
        return page.evaluate("document.documentElement.outerHTML") or ""
    finally:
        browser.close()


def run_all(work, build, dump_dom, check):
    """`dump_dom` (the real clock) is not used: every page here is read on CLOCK."""
    content = os.path.join(work, "review-content")
    site = os.path.join(work, "review-site")
    write_content(content)
    build(content, site, BUILT)
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        built = f.read()
    tag = item(built, "overdue-list", "past-review")
    check("[reviews] the build-day HTML does not list the plan as overdue", tag is not None and " hidden" in tag, tag or "")

    home = dump_on_clock_day("file://" + site + "/index.html")
    tag = item(home, "overdue-list", "past-review")
    check("[reviews] the dashboard lists the plan whose review passed after the build as overdue",
          tag is not None and "hidden" not in tag, tag or "no item")
    overdue = home[home.find('id="overdue-list"'):]
    overdue = overdue[:overdue.find("</section>")]
    check("[reviews] the overdue count is worked out in the browser",
          "<span data-review-count=\"\">1</span>" in overdue or "<span data-review-count>1</span>" in overdue, overdue[:300])
    check("[reviews] the plan is labelled overdue", 'class="status status-overdue"' in overdue and ">Overdue<" in overdue)
    future = item(home, "overdue-list", "future-review")
    check("[reviews] a review still to come is not overdue", future is not None and "hidden" in future, future or "")
    check("[reviews] the page says which day the lists are for", "Worked out for today" in home)
    check("[reviews] the page's clock is the pinned day", "Worked out for today, 1 December 2026" in home,
          home[home.find("Worked out for today"):][:200])

    reviews = dump_on_clock_day("file://" + site + "/reviews.html")
    tag = item(reviews, "overdue", "past-review")
    check("[reviews] the reviews page shows it under Overdue", tag is not None and "hidden" not in tag, tag or "no item")
