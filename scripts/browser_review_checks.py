"""Reviews overdue on the day a person looks, not only on the build day, checked in Chromium.

Builds a small site with --today set BEFORE a plan's review date, so the HTML written at
build time lists that review as not yet due. Chromium's clock (the real date) is after the
review date, so assets/reviews.js must move the plan into the dashboard's overdue list.
"""
import datetime
import os
import re

REVIEW = "2026-11-01"      # passed on the real date these checks run (2026-11-29 or later)
BUILT = "2026-10-01"       # 31 days before the review: "later" on the build day
FUTURE = "2030-06-01"      # still in the future

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


def run_all(work, build, dump_dom, check):
    if datetime.date.today() <= datetime.date.fromisoformat(REVIEW):
        check("[reviews] the real date is after the fixture's review date", False,
              f"today is {datetime.date.today()}; move REVIEW and BUILT earlier")
        return
    content = os.path.join(work, "review-content")
    site = os.path.join(work, "review-site")
    write_content(content)
    build(content, site, BUILT)
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        built = f.read()
    tag = item(built, "overdue-list", "past-review")
    check("[reviews] the build-day HTML does not list the plan as overdue", tag is not None and " hidden" in tag, tag or "")

    home = dump_dom("file://" + site + "/index.html")
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

    reviews = dump_dom("file://" + site + "/reviews.html")
    tag = item(reviews, "overdue", "past-review")
    check("[reviews] the reviews page shows it under Overdue", tag is not None and "hidden" not in tag, tag or "no item")
