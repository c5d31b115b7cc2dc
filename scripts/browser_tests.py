"""Browser tests for the built site, in headless Chromium (Debian's `chromium`).

Builds the demo content into a temporary folder, then loads pages over file:// and over a
local http server and checks what a reader sees after scripts ran (`--dump-dom`).
Prints one line per check and a closing "N passed, N failed" line; exits 1 on any failure.
"""
import functools
import http.server
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The content to build; another folder can be named for a run (for example a generated corpus).
CONTENT = os.environ.get("SSPWIKI_TEST_CONTENT", os.path.join(ROOT, "content"))
TODAY = "2026-11-29"
results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"ok    {name}")
    else:
        results["failed"] += 1
        print(f"FAIL  {name} {detail}")


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def dump_dom(url, budget=3000):
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--no-first-run", "--allow-file-access-from-files", f"--virtual-time-budget={budget}",
           "--dump-dom", url]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    return out.stdout


def build_site(dest, content=None, today=TODAY):
    binary = os.path.join(ROOT, ".build", "debug", "sspwiki")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "--product", "sspwiki"], cwd=ROOT, check=True)
    out = subprocess.run([binary, "build", "--content", content or CONTENT, "--output", dest,
                          "--today", today], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        sys.exit(1)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    handler = functools.partial(QuietHandler, directory=directory)
    server = socketserver.TCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    if not chromium():
        print("chromium not found: run scripts/bootstrap --test")
        sys.exit(1)
    work = tempfile.mkdtemp(prefix="sspwiki-browser-")
    site = os.path.join(work, "site")
    try:
        build_site(site)
        server = serve(site)
        base_http = f"http://127.0.0.1:{server.server_address[1]}/"
        base_file = "file://" + site + "/"
        import browser_checks
        import search_checks
        for label, base in (("file", base_file), ("http", base_http)):
            browser_checks.run_all(label, base, site, dump_dom, check)
            search_checks.run_all(label, base, site, dump_dom, check)
        import a11y_checks
        a11y_checks.run_all(site, base_http, check)
        a11y_checks.run_long_pages(site, base_http, check)
        server.shutdown()
        import validator_checks
        exports = validator_checks.run_all(CONTENT, work, site, check)
        if exports:
            a11y_checks.run_documents(exports, check)
        a11y_checks.run_serve(CONTENT, work, check)
        import audience_checks
        audience_checks.run_all(dump_dom, check)
        import browser_review_checks
        browser_review_checks.run_all(work, lambda content, dest, today: build_site(dest, content, today),
                                      dump_dom, check)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] else 0)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
