"""The two tools under test, the corpus they build, and what the sspwiki binary can do."""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from . import measure

ROOT = Path(__file__).resolve().parents[2]
HUGO_SITE = ROOT / "bench" / "hugo"
# The fair anchor: Hugo templates doing the same kind of work as sspwiki's default theme. It
# lives outside this repository and is copied into the corpus folder for each Hugo run only.
# Beside the repository (`../shared`), or beside the folder of its git worktrees (`../../shared`).
HUGO_FAIR = Path(os.environ.get("SSPWIKI_HUGO_FAIR") or next(
    (p for p in (ROOT.parent / "shared/bench/hugo-fair", ROOT.parent.parent / "shared/bench/hugo-fair") if p.is_dir()),
    ROOT.parent / "shared/bench/hugo-fair"))
TODAY = "2026-11-29"  # the generator's today, so review dates are in the future


def generator_hash():
    """A hash of the generator and its catalogue: a cached corpus is reused only while both are unchanged."""
    digest = hashlib.sha256()
    for folder in (ROOT / "bench" / "corpusgen", ROOT / "bench" / "catalogue"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def corpus(work, plans, revisions, seed):
    """The generated content folder for these parameters, made once and then reused."""
    folder = Path(work) / f"corpus-p{plans}-r{revisions}-s{seed}-{generator_hash()}"
    if not folder.is_dir():
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        subprocess.run([str(ROOT / "scripts" / "gen-corpus"), "--plans", str(plans), "--revisions", str(revisions),
                        "--seed", str(seed), "--out", str(partial)], check=True)
        partial.rename(folder)
    return folder


def reset(folder):
    """Puts the corpus back exactly as committed: no edits, no caches, nothing untracked."""
    measure.plain(["git", "-C", str(folder), "checkout", "-q", "--", "."])
    measure.plain(["git", "-C", str(folder), "clean", "-q", "-fdx"])


# Outputs of earlier runs are moved here, not deleted, while builds are being timed: on ext4
# without a journal, creating a file scans past every inode deleted in the last minutes
# (`recently_deleted` in the kernel's inode allocator), so deleting a 100,000-file site just
# before a build charged that build up to a minute of system time that depended on what the
# harness had just deleted, not on the tool being measured. `empty_trash` deletes them once
# the timing is over.
TRASH = ".trash"


def fresh(path):
    """An empty folder at `path` (a build there finds no output and no cache of an earlier run).
    What was there goes to a trash folder beside it, deleted by `empty_trash`."""
    path = Path(path)
    if path.exists():
        trash = path.parent / TRASH
        trash.mkdir(parents=True, exist_ok=True)
        path.rename(trash / f"{path.name}-{len(list(trash.iterdir()))}-{os.getpid()}")
    os.makedirs(path)
    return path


def empty_trash(work):
    """Deletes the earlier outputs `fresh` moved aside under `work`."""
    for trash in [Path(work) / TRASH, *Path(work).glob("*/" + TRASH)]:
        if trash.is_dir():
            shutil.rmtree(trash, ignore_errors=True)


class SSPWiki:
    def __init__(self, binary):
        self.binary = str(binary)
        self.build_help = measure.plain([self.binary, "build", "--help"])
        self.help = measure.plain([self.binary, "--help"])
        self.version = measure.plain([self.binary, "--version"]).strip()

    @property
    def has_no_history(self):
        return "--no-history" in self.build_help

    @property
    def has_serve(self):
        return any(line.strip().startswith("serve") for line in self.help.splitlines())

    def build(self, content, output, extra=()):
        return [self.binary, "build", "--content", str(content), "--output", str(output), "--today", TODAY, *extra]


def hugo_build(content, output):
    """The Hugo command and environment: run in the content folder (the top of its git
    repository, which Hugo's .GitInfo needs), with our config and layouts, writing nowhere else."""
    run = Path(output).parent
    command = ["hugo", "--source", str(content), "--config", str(HUGO_SITE / "config.toml"),
               "--layoutDir", str(HUGO_SITE / "layouts"), "--destination", str(output)]
    env = {"HUGO_RESOURCEDIR": str(run / "hugo-resources"), "HUGO_CACHEDIR": str(run / "hugo-cache")}
    return command, env


def hugo_fair_build(content, output, git_info):
    """The fair anchor's command: its layouts and `extra/` pages are copied into the corpus
    (untracked; `reset` removes them again) and its config (`hugo-git.yaml` with
    `enableGitInfo`, else `hugo.yaml`) is used with the mounts pointed at the corpus's own
    folders, as the corpus is the content folder and the top of its git repository."""
    content = Path(content)
    for name in ("layouts", "extra"):
        shutil.rmtree(content / name, ignore_errors=True)
        shutil.copytree(HUGO_FAIR / name, content / name)
    text = (HUGO_FAIR / ("hugo-git.yaml" if git_info else "hugo.yaml")).read_text(encoding="utf-8")
    mount = "    - source: content\n      target: content\n"
    if mount not in text:
        raise measure.CommandFailed(f"{HUGO_FAIR}: the config no longer mounts content/ as expected")
    ours = "".join(f"    - source: {folder}\n      target: content/{folder}\n" for folder in ("plans", "indes", "peass"))
    config = content / "hugo-fair.yaml"
    config.write_text(text.replace(mount, ours), encoding="utf-8")
    run = Path(output).parent
    command = ["hugo", "--source", str(content), "--config", str(config), "--destination", str(output), "--quiet"]
    # Hugo stops a template after 30 s by default, which its provision map's partial takes at
    # 20,000 plans on a slow machine; the anchor's work is not changed by waiting longer.
    env = {"HUGO_RESOURCEDIR": str(run / "hugo-resources"), "HUGO_CACHEDIR": str(run / "hugo-cache"), "HUGO_TIMEOUT": "600s"}
    return command, env


def hugo_pages(log):
    """The number of pages Hugo reports in its build summary."""
    for line in log.splitlines():
        if line.strip().startswith("Pages"):
            return int(line.split("|")[1].strip())
    return None


def html_files(site):
    return sum(1 for p in Path(site).rglob("*.html"))


def build_sspwiki_release():
    """Builds the release binary and returns its path."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "sspwiki"], cwd=ROOT, check=True)
    bin_path = measure.plain(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT).strip()
    return Path(bin_path) / "sspwiki"
