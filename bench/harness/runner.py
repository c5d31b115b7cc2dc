"""The measurements of scripts/bench, one function per figure in BENCHMARKS.md."""

import sys
from pathlib import Path

from . import gitcount, measure, overview, search, tools


def log(text):
    print(f"bench: {text}", file=sys.stderr, flush=True)


# The Hugo builds: the fair anchor (the headline figures; with git info beside the full build,
# without beside `--no-history`) and the minimal one in bench/hugo (a reference row).
HUGO_KINDS = {
    "hugo-fair-git": lambda corpus, out: tools.hugo_fair_build(corpus, out, git_info=True),
    "hugo-fair": lambda corpus, out: tools.hugo_fair_build(corpus, out, git_info=False),
    "hugo": tools.hugo_build,
}


def run_hugo(corpus, run_dir, kind="hugo-fair-git"):
    out = tools.fresh(run_dir) / "public"
    command, env = HUGO_KINDS[kind](corpus, out)
    sample, output = measure.run(command, cwd=run_dir, env=env)
    if "ERROR" in output:
        raise measure.CommandFailed(f"Hugo reported errors:\n{output[-4000:]}")
    return sample, out, output


def run_sspwiki(wiki, corpus, run_dir, extra=()):
    out = tools.fresh(run_dir) / "site"
    sample, _ = measure.run(wiki.build(corpus, out, extra), cwd=run_dir)
    return sample, out


def full_builds(wiki, corpus, work, runs):
    """The fair Hugo anchor (with and without git info), sspwiki, `sspwiki build --no-history`
    and the minimal Hugo anchor, alternated, each from an empty output folder (and so with no
    build cache); the order rotates from one round to the next."""
    kinds = ["hugo-fair-git", "full"] + (["hugo-fair", "no-history"] if wiki.has_no_history else []) + ["hugo"]
    series = {k: measure.Series(k) for k in kinds}
    sites = {}
    for round_ in range(runs):
        for kind in kinds[round_ % len(kinds):] + kinds[:round_ % len(kinds)]:
            tools.reset(corpus)
            run_dir = Path(work) / "runs" / kind
            if kind in HUGO_KINDS:
                sample, site, output = run_hugo(corpus, run_dir, kind)
                sites[kind + "-pages"] = tools.hugo_pages(output) if kind == "hugo" else tools.html_files(site)
            else:
                sample, site = run_sspwiki(wiki, corpus, run_dir, ["--no-history"] if kind == "no-history" else [])
            series[kind].samples.append(sample)
            sites[kind] = site
            log(f"round {round_ + 1}/{runs} {kind}: {sample.wall:.2f} s, {sample.rss_kib / 1024:.0f} MiB")
    return series, sites


def rebuilds(wiki, corpus, work, runs):
    """A no-change rebuild (the same build again, output and any cache kept) and a rebuild
    after one plan was edited (`sspwiki build` again; the serve path is measured elsewhere)."""
    tools.reset(corpus)
    run_dir = Path(work) / "runs" / "rebuild"
    sample, site = run_sspwiki(wiki, corpus, run_dir)
    unchanged, edited = measure.Series("no-change"), measure.Series("one-plan-edit-cli")
    plan = sorted((Path(corpus) / "plans").rglob("*.md"))[0]
    command = wiki.build(corpus, site)
    for round_ in range(runs):
        unchanged.samples.append(measure.run(command, cwd=run_dir)[0])
        with open(plan, "a", encoding="utf-8") as f:
            f.write(f"\nA note added by the benchmark, edit {round_ + 1}.\n")
        edited.samples.append(measure.run(command, cwd=run_dir)[0])
        log(f"round {round_ + 1}/{runs} no-change {unchanged.samples[-1].wall:.2f} s, "
            f"one-plan edit {edited.samples[-1].wall:.2f} s")
    tools.reset(corpus)
    return unchanged, edited, plan.relative_to(corpus)


def git_processes(wiki, corpus, work, small_corpus):
    """Git processes started by one build of each kind, on the small and the full corpus."""
    counts = {}
    for label, folder in (("small", small_corpus), ("full", corpus)):
        tools.reset(folder)
        run_dir = tools.fresh(Path(work) / "runs" / "strace")
        counts[("sspwiki", label)] = gitcount.git_processes(wiki.build(folder, run_dir / "site"), cwd=run_dir)
        if wiki.has_no_history:
            tools.reset(folder)
            counts[("no-history", label)] = gitcount.git_processes(
                wiki.build(folder, run_dir / "site2", ["--no-history"]), cwd=run_dir)
        tools.reset(folder)
        command, env = tools.hugo_build(folder, run_dir / "public")
        counts[("hugo", label)] = gitcount.git_processes(command, cwd=run_dir, env=env)
        tools.reset(folder)
    return counts


def large(wiki, corpus, work, runs):
    """Full builds of the 20,000-plan corpus, sspwiki and the fair Hugo anchor (with git info) alternated."""
    series = {"full": measure.Series("full"), "hugo": measure.Series("hugo")}
    for round_ in range(runs):
        tools.reset(corpus)
        series["full"].samples.append(run_sspwiki(wiki, corpus, Path(work) / "runs" / "large")[0])
        tools.reset(corpus)
        series["hugo"].samples.append(run_hugo(corpus, Path(work) / "runs" / "large-hugo")[0])
        log(f"large round {round_ + 1}/{runs}: sspwiki {series['full'].samples[-1].wall:.2f} s, "
            f"hugo {series['hugo'].samples[-1].wall:.2f} s")
    return series


def overview_figures(site):
    figures = overview.measure(str(site))
    for name, figure in figures.items():
        log(f"overview {name}: {figure['bytes'] / 1000:.0f} kB"
            + (f", DOMContentLoaded {figure['dcl'] * 1000:.0f} ms at {overview.THROTTLE}x CPU throttling" if figure["dcl"] else ""))
    return figures


def search_figures(site):
    return search.measure(str(site))
