"""The one-plan edit through `sspwiki serve`'s incremental path (BuildSession), measured from
outside on a copy of the corpus: the server is started once, one plan is edited several
times, and each time two figures are taken —

  - the server's own rebuild time, from its log line "rebuilt N of M pages (parsed K files)
    in X ms" (BuildSession.rebuild: load, parse the changed file, validate, link, check,
    render the pages whose inputs changed);
  - the wall time from the write of the file until the served page holds the edit, which also
    counts the time the watcher takes to notice the write (at once where the kernel reports
    changes, else its 300 ms poll) and to see it settle (30 ms without events, else 80 ms);
  - the CPU time (user + system, all threads) the server used over that time, from
    /proc/PID/stat: less sensitive than wall time to other load on a shared machine.

Standalone, while working on it:

  python3 -m harness.serve BINARY CORPUS [--runs 5]   (run from bench/)
"""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty, Queue

REBUILT = re.compile(r"rebuilt (\d+) of (\d+) pages \(parsed (\d+) files\) in (\d+) ms")
SERVING = re.compile(r"serving .* at (http://\S+?)/ ")
TIMEOUT = 120  # seconds for the first build; later rebuilds must be far quicker


@dataclass
class ServeRuns:
    """What the edits measured; times in seconds."""
    first_build: float
    rebuilds: list = field(default_factory=list)   # the server's BuildSession time per edit
    walls: list = field(default_factory=list)      # file written → served page holds the edit
    cpus: list = field(default_factory=list)       # the server's CPU time over the same span
    counts: list = field(default_factory=list)     # (rendered, pages, parsed) per edit
    plan: str = ""

    @property
    def rebuild(self):
        return statistics.median(self.rebuilds)

    @property
    def wall(self):
        return statistics.median(self.walls)

    @property
    def cpu(self):
        return statistics.median(self.cpus) if self.cpus else None


class _Server:
    """`sspwiki serve` on a free port, its log lines read on a thread into a queue."""

    def __init__(self, binary, content, today):
        self.process = subprocess.Popen([binary, "serve", "--content", str(content), "--port", "0", "--today", today],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        text=True)
        self.lines = Queue()
        self.log = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stderr:
            self.log.append(line.rstrip("\n"))
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, pattern, timeout):
        """The match of the next log line that matches `pattern`; fails on an error page or exit."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except Empty:
                raise RuntimeError(f"serve: no line matching {pattern.pattern!r} within {timeout} s:\n" + "\n".join(self.log[-20:]))
            if line is None:
                raise RuntimeError("serve stopped:\n" + "\n".join(self.log[-20:]))
            if "the browser shows these errors" in line:
                raise RuntimeError("serve reported errors:\n" + "\n".join(self.log[-40:]))
            match = pattern.search(line)
            if match:
                return match

    def cpu_seconds(self):
        """User + system time of the server so far (None where /proc is missing)."""
        try:
            with open(f"/proc/{self.process.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            return None

    def stop(self):
        """Ctrl-C, as a user stops it; killed only if it does not stop within 10 s."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _page(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def measure(binary, corpus, work, runs, today, with_git=False):
    """Copies `corpus` (without its .git, or with it when `with_git`: then serve reads the
    history and keeps history pages and past versions up to date, as in a school's own
    repository) to a new temporary folder (`work` is not used: it lies inside the project's
    repository), serves it and edits one plan `runs` times; the copy is left as it was and the
    server stopped."""
    # Outside the project's own repository: inside it, git would find that repository above
    # the copy and serve would read (an empty) history and make history pages for every plan.
    content = Path(tempfile.mkdtemp(prefix="sspwiki-serve-")) / "serve-content"
    shutil.copytree(corpus, content, symlinks=True, ignore=None if with_git else shutil.ignore_patterns(".git"))
    plan = sorted((content / "plans").rglob("*.md"))[0]
    original = plan.read_bytes()
    server = _Server(binary, content, today)
    try:
        first = int(server.wait_for(REBUILT, TIMEOUT).group(4)) / 1000
        base = server.wait_for(SERVING, 30).group(1)
        url = f"{base}/plans/{plan.stem}.html"
        if "benchmark" in _page(url):
            raise RuntimeError(f"{url} already holds the benchmark's note")
        result = ServeRuns(first_build=first, plan=str(plan.relative_to(content)))
        for n in range(runs):
            time.sleep(0.5)  # a quiet moment, so that each edit is a separate rebuild
            note = f"A note added by the serve benchmark, edit {n + 1}."
            text = plan.read_text(encoding="utf-8") + f"\n{note}\n"
            cpu = server.cpu_seconds()
            started = time.monotonic()
            with open(plan, "w", encoding="utf-8") as f:
                f.write(text)
            match = server.wait_for(REBUILT, 30)
            # The log line comes after the server swapped in the new site, so the page is there.
            if note not in _page(url):
                raise RuntimeError(f"{url} does not hold the edit after the rebuild")
            result.walls.append(time.monotonic() - started)
            if cpu is not None:
                result.cpus.append(server.cpu_seconds() - cpu)
            result.rebuilds.append(int(match.group(4)) / 1000)
            result.counts.append(tuple(int(match.group(i)) for i in (1, 2, 3)))
        plan.write_bytes(original)
        server.wait_for(REBUILT, 30)
        return result
    finally:
        server.stop()
        plan.write_bytes(original)
        shutil.rmtree(content.parent, ignore_errors=True)


def describe(result):
    rendered, pages, parsed = result.counts[-1]
    each = ", ".join(f"{s * 1000:.0f}" for s in result.rebuilds)
    walls = ", ".join(f"{s * 1000:.0f}" for s in result.walls)
    return (f"serve: first build {result.first_build * 1000:.0f} ms; one-plan edit ({result.plan}): "
            f"rebuild median {result.rebuild * 1000:.0f} ms ({each}); edit to served page median "
            f"{result.wall * 1000:.0f} ms ({walls}); server CPU time median "
            f"{(result.cpu or 0) * 1000:.0f} ms; rebuilt {rendered} of {pages} pages, parsed {parsed} file(s)")


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(prog="python3 -m harness.serve")
    parser.add_argument("binary")
    parser.add_argument("corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default="/tmp/sspwiki-serve-bench")
    parser.add_argument("--today", default="2026-11-29")
    parser.add_argument("--git", action="store_true", help="keep the corpus's .git (serve reads its history)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print(describe(measure(args.binary, args.corpus, args.work, args.runs, args.today, with_git=args.git)))
    sys.exit(0)
