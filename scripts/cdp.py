"""A small client for the Chrome DevTools protocol over a pipe (`--remote-debugging-pipe`), with no
dependencies: opens a page in headless Chromium, records every request that page makes (and only
that page, not the browser's own background traffic), and evaluates JavaScript in it.

Used by search_checks.py (no request leaves the site) and search_bench.py (transfer and timing).
"""
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--allow-file-access-from-files", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-default-browser-check", "--remote-debugging-pipe"]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    def __init__(self, flags=()):
        to_r, to_w = os.pipe()
        from_r, from_w = os.pipe()
        # Keep our ends and the child's ends clear of descriptors 3 and 4, which the child needs.
        to_r, from_w = fcntl.fcntl(to_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_w, fcntl.F_DUPFD, 10)

        def child():
            os.dup2(to_r, 3)
            os.dup2(from_w, 4)

        # A profile of its own, so that no other Chromium on the machine takes over its windows.
        self.profile = tempfile.mkdtemp(prefix="sspwiki-cdp-")
        profile = [f"--user-data-dir={self.profile}"]
        self.process = subprocess.Popen([chromium()] + FLAGS + profile + list(flags) + ["about:blank"], preexec_fn=child,
                                        pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self.write, self.read = to_w, from_r
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.closed = False

    def _message(self, timeout):
        while b"\0" not in self.buffer:
            ready, _, _ = select.select([self.read], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(self.read, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self._message(max(0.01, deadline - time.time()))
            if reply is None:
                break
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def pump(self, seconds):
        """Collects events for a while."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            event = self._message(max(0.01, deadline - time.time()))
            if event is not None:
                self.events.append(event)

    def page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, session, target)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self.write)
        os.close(self.read)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser, session, target):
        self.browser, self.session, self.target = browser, session, target
        self.send("Network.enable")
        self.send("Page.enable")
        self.send("Network.setCacheDisabled", {"cacheDisabled": True})

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def events(self, method):
        return [e["params"] for e in self.browser.events if e.get("sessionId") == self.session and e.get("method") == method]

    def forget(self):
        self.browser.events = [e for e in self.browser.events if e.get("sessionId") != self.session]

    def navigate(self, url, settle=1.0):
        """Opens url and waits for its load event; the old document is marked so that nothing
        later reads it by mistake."""
        self.evaluate("window.__cdpOld = true")
        self.forget()
        self.send("Page.navigate", {"url": url})
        deadline = time.time() + 30
        while time.time() < deadline and not (self.events("Page.loadEventFired") and self.evaluate("!window.__cdpOld")):
            self.browser.pump(0.05)
        self.browser.pump(settle)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            self.browser.pump(0.05)
        return None

    def close(self):
        self.browser.send("Target.closeTarget", {"targetId": self.target})

    def requests(self):
        """URL of every request the page made since the last navigation."""
        return [e["request"]["url"] for e in self.events("Network.requestWillBeSent")]
