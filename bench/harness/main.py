"""scripts/bench: builds a generated corpus with sspwiki and with Hugo and reports the figures."""

import argparse
import datetime
import shlex
import subprocess
import sys
from pathlib import Path

from . import document, machine, measure, runner, serve, tools

LARGE_PLANS = 20_000
SMALL_PLANS = 100


def arguments(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench", description="Benchmark sspwiki against Hugo.")
    parser.add_argument("--plans", type=int, default=2000, help="plans in the corpus (default 2000)")
    parser.add_argument("--revisions", type=int, default=5, help="commits in the corpus (default 5)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each build (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--large", action="store_true", help=f"also build {LARGE_PLANS:,} plans")
    parser.add_argument("--write", action="store_true", help="write the results into BENCHMARKS.md")
    parser.add_argument("--work", default=str(tools.ROOT / ".build" / "bench"),
                        help="folder for corpora and outputs (default .build/bench)")
    parser.add_argument("--idle-below", type=float, metavar="LOAD",
                        help="before each measured build, wait until the 1-minute load average is at most LOAD")
    parser.add_argument("--idle-wait", type=float, default=120, metavar="SECONDS",
                        help="the longest wait for --idle-below, per build (default 120)")
    parser.add_argument("--no-bootstrap", action="store_true", help="do not install missing Debian packages")
    return parser.parse_args(argv)


def serve_path(wiki, corpus, work, runs, with_git=False):
    """The one-plan edit through serve's incremental rebuild (`harness.serve`), on a copy of
    the corpus (with its git history when `with_git`); at least 5 edits, as each takes about a
    second at most."""
    if not wiki.has_serve:
        return "not available yet (no `serve` command)"
    tools.reset(corpus)
    result = serve.measure(wiki.binary, corpus, work, max(runs, 5), tools.TODAY, with_git=with_git)
    runner.log(("with git: " if with_git else "") + serve.describe(result))
    return result


def main(argv):
    args = arguments(argv)
    command = "scripts/bench " + " ".join(shlex.quote(a) for a in argv)
    if not args.no_bootstrap:
        subprocess.run([str(tools.ROOT / "scripts" / "bootstrap"), "--bench"], check=True)
    if args.idle_below is not None:
        measure.IDLE = (args.idle_below, args.idle_wait)
    load_before = machine.load_average()
    wiki = tools.SSPWiki(tools.build_sspwiki_release())
    work = Path(args.work)
    tools.empty_trash(work)
    try:
        measure_all(args, command, wiki, work, load_before)
    finally:
        tools.empty_trash(work)


def measure_all(args, command, wiki, work, load_before):
    runner.log(f"corpus: {args.plans} plans × {args.revisions} commits")
    corpus = tools.corpus(work, args.plans, args.revisions, args.seed)
    small = tools.corpus(work, SMALL_PLANS, args.revisions, args.seed)
    full, sites = runner.full_builds(wiki, corpus, work, args.runs)
    r = {
        "command": command, "date": datetime.date.today().isoformat(), "full": full,
        "params": {"plans": args.plans, "revisions": args.revisions, "seed": args.seed, "runs": args.runs,
                   "today": tools.TODAY, "small_plans": SMALL_PLANS, "large_plans": LARGE_PLANS, "idle": measure.IDLE,
                   "corpus_mb": sum(p.stat().st_size for p in (corpus / "plans").rglob("*.md")) / 1e6},
        "pages": {"full": tools.html_files(sites["full"]), "hugo": sites.get("hugo-pages"),
                  "hugo-fair": sites.get("hugo-fair-git-pages")},
        "search": runner.search_figures(sites["full"]),
        "overview": runner.overview_figures(sites["full"]),
    }
    r["serve"] = serve_path(wiki, corpus, work, args.runs)
    r["serve_git"] = serve_path(wiki, corpus, work, args.runs, with_git=True)
    r["rebuild"] = runner.rebuilds(wiki, corpus, work, args.runs)
    r["git"] = runner.git_processes(wiki, corpus, work, small)
    r["git_detail"] = [f"{tool} ({label}): " + (", ".join(f"git {c} ×{n}" for c, n in sorted(calls.items())) or "none")
                       for (tool, label), (_, calls) in sorted(r["git"].items())]
    if args.large:
        runner.log(f"corpus: {LARGE_PLANS} plans × {args.revisions} commits")
        big = tools.corpus(work, LARGE_PLANS, args.revisions, args.seed)
        r["large"] = runner.large(wiki, big, work, min(args.runs, 3))
    r["machine"] = machine.describe(wiki.version)
    r["load_before"], r["load_after"] = load_before, machine.load_average()
    text = document.render(r)
    print(text)
    if args.write:
        document.write(tools.ROOT / "BENCHMARKS.md", text)
        runner.log("wrote BENCHMARKS.md")


def entry():
    try:
        main(sys.argv[1:])
    except measure.CommandFailed as failure:
        print(f"bench: a build failed:\n{failure}", file=sys.stderr)
        sys.exit(1)
