"""Counts the git processes a build starts, with `strace -ff -e trace=execve`. strace sees
every successful exec in the whole process tree, however the tool finds git (PATH search,
absolute path, `env git`, a shell), which a PATH wrapper would miss. `-ff` writes one file
per process, so a call is never split across lines by another thread."""

import collections
import os
import re
import subprocess
import tempfile

# execve("/usr/bin/git", ["git", "log", ...], 0x7ff... /* 20 vars */) = 0
_EXEC = re.compile(r'^execve\("([^"]+)", \[(.*)\], .*\) = 0')
_WITH_VALUE = {"-C", "-c", "--git-dir", "--work-tree", "--namespace"}


def subcommand(arguments):
    """`log` for `git -C dir -c x=y log --raw`: the first argument that is not a global option."""
    rest = iter(arguments[1:])
    for argument in rest:
        if argument in _WITH_VALUE:
            next(rest, None)
        elif not argument.startswith("-"):
            return argument
    return "(none)"


def git_processes(command, cwd=None, env=None):
    """(count, {subcommand: count}) of the git processes `command` started."""
    with tempfile.TemporaryDirectory() as work:
        prefix = os.path.join(work, "trace")
        done = subprocess.run(["strace", "-ff", "-qq", "-s", "200", "-e", "trace=execve", "-o", prefix] + command,
                              cwd=cwd, env=dict(os.environ, **(env or {})), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"strace run failed ({done.returncode}): {done.stderr[-2000:]}")
        calls = collections.Counter()
        for name in os.listdir(work):
            with open(os.path.join(work, name), encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    match = _EXEC.match(line)
                    program = os.path.basename(match.group(1)) if match else ""
                    if program == "git" or program.startswith("git-"):
                        calls[subcommand(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(2)))] += 1
        return sum(calls.values()), dict(calls)
