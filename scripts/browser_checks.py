"""What a reader must see on the built demo site, checked in headless Chromium."""
import glob
import os
import re


def run_all(label, base, site, dump_dom, check):
    home = dump_dom(base + "index.html")
    check(f"[{label}] home page lists active plans", "<table class=\"plans\"" in home and "plans/" in home)
    check(f"[{label}] home page has landmarks and skip link",
          'class="skip-link"' in home and "<main" in home and "<nav" in home)
    plans = sorted(glob.glob(os.path.join(site, "plans", "*.html")))
    check(f"[{label}] plan pages exist", len(plans) >= 10, f"found {len(plans)}")
    if plans:
        name = os.path.basename(plans[0])
        page = dump_dom(base + "plans/" + name)
        for heading in ("Must know", "About me", "Needs", "Targets"):
            check(f"[{label}] plan page shows '{heading}'", f">{heading}</h2>" in page)
    check(f"[{label}] no page loads anything from another host",
          not re.search(r'(src|href)="(https?:)?//', home))
