"""Runs one command and measures it: wall time (monotonic clock around the process) and
peak resident memory (`/usr/bin/time -v`, the largest single process of the tree)."""

import os
import re
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

TIME = "/usr/bin/time"


@dataclass
class Sample:
    wall: float        # seconds
    rss_kib: int       # peak resident set size, KiB
    cpu: float = 0.0   # user + system seconds, less sensitive than wall time to other load
    load: float = 0.0  # the machine's 1-minute load average when the run started


@dataclass
class Series:
    """Repeated samples of one measurement."""
    label: str
    samples: list = field(default_factory=list)

    @property
    def wall(self):
        return statistics.median(s.wall for s in self.samples) if self.samples else None

    @property
    def cpu(self):
        return statistics.median(s.cpu for s in self.samples) if self.samples else None

    @property
    def load(self):
        return statistics.median(s.load for s in self.samples) if self.samples else None

    @property
    def rss_mib(self):
        return statistics.median(s.rss_kib for s in self.samples) / 1024 if self.samples else None

    def spread(self):
        """`min–max` of the wall times, to show how noisy the machine was."""
        walls = [s.wall for s in self.samples]
        return f"{min(walls):.2f}–{max(walls):.2f}" if walls else ""


class CommandFailed(Exception):
    pass


# (load limit, longest wait in seconds): before each measured run, wait until the 1-minute
# load average is at or below the limit, or the wait is over. None: start at once.
IDLE = None


def load1():
    with open("/proc/loadavg", encoding="utf-8") as load:
        return float(load.read().split()[0])


def wait_for_idle():
    if IDLE is None:
        return
    limit, longest = IDLE
    deadline = time.monotonic() + longest
    while load1() > limit and time.monotonic() < deadline:
        time.sleep(5)


def run(command, cwd=None, env=None):
    """Runs `command` under `/usr/bin/time -v`; returns a Sample and the command's stderr.
    Raises CommandFailed (with its output) when the command exits non-zero."""
    wait_for_idle()
    load = load1()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.monotonic()
        done = subprocess.run([TIME, "-v", "-o", report.name] + command, cwd=cwd,
                              env=dict(os.environ, **(env or {})), capture_output=True, text=True)
        wall = time.monotonic() - started
        text = report.read()
    if done.returncode != 0:
        raise CommandFailed(f"{' '.join(command)} exited {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    def number(label):
        match = re.search(label + r": ([0-9.]+)", text)
        return float(match.group(1)) if match else 0.0
    sample = Sample(wall=wall, rss_kib=int(number(r"Maximum resident set size \(kbytes\)")),
                    cpu=number(r"User time \(seconds\)") + number(r"System time \(seconds\)"), load=load)
    return sample, done.stdout + done.stderr


def plain(command, cwd=None):
    """Runs a helper command that is not measured; returns its stdout, raising on failure."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise CommandFailed(f"{' '.join(command)} exited {done.returncode}\n{done.stderr[-4000:]}")
    return done.stdout
