"""A description of the machine and the tool versions, for BENCHMARKS.md."""

import os
import platform
import subprocess


def _first_line(command):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return (done.stdout or done.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "not available"


def cpu_model():
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def memory():
    """The `Mem:` line of `free -h`: total, used, free, shared, cache, available."""
    lines = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.splitlines()
    header = lines[0].split()
    values = next((l.split()[1:] for l in lines if l.startswith("Mem:")), [])
    return ", ".join(f"{h} {v}" for h, v in zip(header, values))


def os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def load_average():
    with open("/proc/loadavg", encoding="utf-8") as load:
        return " ".join(load.read().split()[:3])


def describe(sspwiki_version):
    """Rows (label, value) for the machine table."""
    return [
        ("CPU", f"{cpu_model()} ({os.cpu_count()} logical CPUs; `nproc` = {_first_line(['nproc'])})"),
        ("Memory (`free -h`)", memory()),
        ("OS", f"{os_name()}, Linux {platform.release()}"),
        ("sspwiki", sspwiki_version),
        ("Swift", _first_line(["swift", "--version"])),
        ("Hugo", _first_line(["hugo", "version"])),
        ("git", _first_line(["git", "--version"])),
        ("cmark-gfm", _first_line(["dpkg-query", "-W", "-f=${Version}", "libcmark-gfm-dev"])),
        ("libyaml", _first_line(["dpkg-query", "-W", "-f=${Version}", "libyaml-dev"])),
        ("Python (generator)", platform.python_version()),
    ]
