"""Search figures for a built site: how big the search files are, and how much a browser
transfers to answer a first search (every file headless Chromium requests from a local
http server while it opens `search.html?q=…` and runs the query)."""

import functools
import gzip
import http.server
import os
import shutil
import socketserver
import subprocess
import threading
import urllib.parse

QUERIES = ["reading", "amel", "zones of regulation"]


def search_files(site):
    """(bytes, gzip bytes, count) of every file with `search` in its path except search.html."""
    total = packed = count = 0
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, site)
            if "search" in relative.lower() and relative != "search.html":
                data = open(path, "rb").read()
                total += len(data)
                packed += len(gzip.compress(data, 6))
                count += 1
    return total, packed, count


class _Recorder(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        path = self.translate_path(urllib.parse.urlsplit(self.path).path)
        if os.path.isfile(path):
            self.server.requests.append((self.path, os.path.getsize(path)))
        super().do_GET()

    def log_message(self, *args):
        pass


def chromium():
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def first_search_transfer(site, query):
    """(bytes, [(path, bytes)]) requested while answering `query` on a fresh page load."""
    handler = functools.partial(_Recorder, directory=site)
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
        server.requests = []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/search.html?q={urllib.parse.quote(query)}"
        subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disk-cache-size=1", "--virtual-time-budget=5000", "--dump-dom", url],
                       capture_output=True, timeout=120)
        server.shutdown()
        return sum(size for _, size in server.requests), list(server.requests)


def measure(site):
    """A dict of search figures, or None when the site has no search page."""
    if not os.path.isfile(os.path.join(site, "search.html")):
        return None
    total, packed, count = search_files(site)
    result = {"index_bytes": total, "index_gzip_bytes": packed, "index_files": count, "first_search": None}
    if chromium():
        transfers = {q: first_search_transfer(site, q) for q in QUERIES}
        worst = max(transfers, key=lambda q: transfers[q][0])
        result["first_search"] = transfers[worst][0]
        result["first_search_query"] = worst
        result["first_search_files"] = len(transfers[worst][1])
    return result
