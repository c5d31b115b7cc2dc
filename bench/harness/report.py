"""Turns the measurements into the Markdown that scripts/bench prints and writes into
BENCHMARKS.md (between the markers, so hand-written sections such as the profile stay)."""

from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
NOT_YET = "not available yet"


def seconds(value):
    return "–" if value is None else f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def mib(value):
    return "–" if value is None else f"{value:.0f} MiB"


def kb(value):
    return "–" if value is None else f"{value / 1000:.0f} kB"


def verdict(ok):
    return "–" if ok is None else "**met**" if ok else "not met"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def fmt_ratio(value):
    return "–" if value is None else f"{value:.2f}×"


def cpu_wall(series):
    """"1.20 s CPU · 0.80 s wall" for a series (CPU time is user+sys over all threads)."""
    return "–" if series is None else f"{seconds(series.cpu)} CPU · {seconds(series.wall)} wall"


def build_rows(r):
    """(measure, sspwiki, Hugo, ratio, target, verdict) rows. The headline comparisons are CPU
    time (user+sys, less affected by other load than wall time) against the fair Hugo anchor:
    `--no-history` against it without git info, the full build against it with git info."""
    runs = r["full"]
    full, nohist = runs["full"], runs.get("no-history")
    fair_git, fair, minimal = runs.get("hugo-fair-git"), runs.get("hugo-fair"), runs.get("hugo")
    rows = []
    if nohist and fair:
        q = ratio(nohist.cpu, fair.cpu)
        rows.append(("`build --no-history` CPU time vs the fair Hugo anchor (no git info)", cpu_wall(nohist), cpu_wall(fair),
                     fmt_ratio(q), "≤ 0.3 × fair Hugo (CPU)", verdict(q <= 0.3)))
        rows.append(("`build --no-history` peak RSS", mib(nohist.rss_mib), mib(fair.rss_mib),
                     fmt_ratio(ratio(nohist.rss_mib, fair.rss_mib)), "–", "–"))
    else:
        rows.append(("`build --no-history` CPU time vs the fair Hugo anchor", NOT_YET, cpu_wall(fair), "–", "≤ 0.3 × fair Hugo (CPU)", "–"))
    q = ratio(full.cpu, fair_git.cpu)
    rows.append(("full build (with history) CPU time vs the fair Hugo anchor (with git info)", cpu_wall(full), cpu_wall(fair_git),
                 fmt_ratio(q), "≤ 1 × fair Hugo (CPU)", verdict(q <= 1)))
    q = ratio(full.rss_mib, fair_git.rss_mib)
    rows.append(("full build peak RSS", mib(full.rss_mib), mib(fair_git.rss_mib), fmt_ratio(q), "≤ 1 × fair Hugo", verdict(q <= 1)))
    for label, series, hugo, info in (("full build", full, fair_git, "with"), ("`build --no-history`", nohist, fair, "no")):
        if series and hugo:
            rows.append((f"{label} wall time vs the fair Hugo anchor ({info} git info)", seconds(series.wall), seconds(hugo.wall),
                         fmt_ratio(ratio(series.wall, hugo.wall)), "(for reference: wall time depends on the load)", "–"))
    if minimal:
        rows.append(("minimal Hugo anchor (`bench/hugo/`: 4 kB plan pages, much less work), full build against it",
                     cpu_wall(full), cpu_wall(minimal), f"{fmt_ratio(ratio(full.cpu, minimal.cpu))} (CPU)", "(reference row)", "–"))
    if nohist:
        extra = full.wall - nohist.wall
        # Mostly rendering and writing the history and past-version pages; the time spent
        # reading history (git and past versions) is printed on sspwiki's build line.
        rows.append(("history pages and past versions rendered and written (full − no-history)", seconds(extra), "–", "–",
                     "(for reference)", "–"))
    unchanged, edited, plan = r["rebuild"]
    q = ratio(unchanged.wall, full.wall)
    rows.append(("no-change rebuild wall", seconds(unchanged.wall), "–", f"{fmt_ratio(q)} of full", "≤ 0.15 × full",
                 verdict(q <= 0.15)))
    rows += serve_rows(r["serve"])
    if "serve_git" in r:
        rows += serve_rows(r["serve_git"], with_git=True)
    rows.append((f"one-plan edit, then `sspwiki build` again (CLI, keeping the pages whose sources did not change; `{plan}`)", seconds(edited.wall), "–",
                 f"{fmt_ratio(ratio(edited.wall, full.wall))} of full", "(for reference)", "–"))
    rows += git_rows(r)
    rows += large_rows(r)
    rows += search_rows(r)
    rows += overview_rows(r)
    pages = r["pages"]
    rows.append(("HTML pages written (Hugo: fair anchor / minimal anchor)", str(pages.get("full")),
                 f"{pages.get('hugo-fair')} / {pages.get('hugo')}", "–", "–", "–"))
    return rows


def serve_rows(serve, with_git=False):
    """The server's own rebuild time (the target) and, for reference, edit to served page;
    `with_git`: the same with the content in its git repository (history pages kept up to date)."""
    label = "one-plan edit rebuild (serve's incremental path)"
    if isinstance(serve, str):
        return [(label, serve, "–", "–", "≤ 100 ms", "–")]
    rendered, pages, parsed = serve.counts[-1]
    if with_git:
        return [
            (f"{label}, content in its git repository (history pages and past versions kept up to date; "
             f"{rendered} of {pages} pages rendered)",
             seconds(serve.rebuild), "–", "–", "≤ 100 ms", verdict(serve.rebuild <= 0.1)),
            ("the same edit with git: file written → served page holds the edit (wall)", seconds(serve.wall),
             "–", "–", "≤ 0.5 s", verdict(serve.wall <= 0.5)),
        ]
    return [
        (f"{label}: `serve`'s rebuild time (its log line; {rendered} of {pages} pages rendered, "
         f"{parsed} file{'' if parsed == 1 else 's'} parsed)",
         seconds(serve.rebuild), "–", "–", "≤ 100 ms", verdict(serve.rebuild <= 0.1)),
        ("one-plan edit through `serve`: file written → served page holds the edit (wall, includes "
         "noticing the write (inotify) and the 30 ms settle time)", seconds(serve.wall), "–", "–", "≤ 0.5 s",
         verdict(serve.wall <= 0.5)),
        ("one-plan edit through `serve`: the server's CPU time (user+sys, all threads) over that span",
         seconds(serve.cpu), "–", "–", "(reference: less affected by other load)", "–"),
    ]


def git_rows(r):
    counts, plans = r["git"], r["params"]
    small, big = plans["small_plans"], plans["plans"]
    rows = []
    for tool in ("sspwiki", "no-history"):
        if (tool, "full") not in counts:
            continue
        a, b = counts[(tool, "small")][0], counts[(tool, "full")][0]
        label = "git processes per build" + (" (`--no-history`)" if tool == "no-history" else "")
        hugo = f"{counts[('hugo', 'small')][0]} / {counts[('hugo', 'full')][0]}" if tool == "sspwiki" else "–"
        rows.append((f"{label}, {small:,} / {big:,} plans", f"{a} / {b}", hugo, "–",
                     "independent of plan count", verdict(a == b)))
    return rows


def large_rows(r):
    big = r.get("large")
    if not big:
        return [("20,000 plans: full build wall", "not run (add `--large`)", "–", "–", "≤ 10 × the 2,000-plan time", "–"),
                ("20,000 plans: peak RSS", "not run", "–", "–", "≤ 1 GiB", "–")]
    n = f"{r['params']['large_plans']:,}"
    q = ratio(big["full"].wall, r["full"]["full"].wall)
    return [
        (f"{n} plans: full build wall", seconds(big["full"].wall), seconds(big["hugo"].wall),
         f"{fmt_ratio(q)} of {r['params']['plans']:,}-plan build", "≤ 10 × the smaller build", verdict(q <= 10)),
        (f"{n} plans: peak RSS", mib(big["full"].rss_mib), mib(big["hugo"].rss_mib),
         fmt_ratio(ratio(big["full"].rss_mib, big["hugo"].rss_mib)), "≤ 1 GiB", verdict(big["full"].rss_mib <= 1024)),
    ]


def search_rows(r):
    s = r.get("search")
    if not s:
        return [("search index size", NOT_YET + " (no search.html in the output)", "–", "–", "–", "–"),
                ("first-search transfer", NOT_YET, "–", "–", "≤ 300 kB", "–")]
    rows = [("search files (index and script)", f"{kb(s['index_bytes'])} in {s['index_files']} files "
             f"({kb(s['index_gzip_bytes'])} gzipped)", "–", "–", "–", "–")]
    if s["first_search"] is None:
        rows.append(("first-search transfer", "not measured (chromium missing)", "–", "–", "≤ 300 kB", "–"))
    else:
        rows.append((f"first-search transfer (worst of the test queries: “{s['first_search_query']}”)",
                     f"{kb(s['first_search'])} in {s['first_search_files']} files", "–", "–", "≤ 300 kB",
                     verdict(s["first_search"] <= 300_000)))
    return rows


def overview_rows(r):
    """Each overview page's size and DOMContentLoaded in headless Chromium at 4× CPU throttling."""
    figures = r.get("overview") or {}
    rows = []
    for name, figure in figures.items():
        rows.append((f"`{name}` size", kb(figure["bytes"]), "–", "–", "≤ 300 kB", verdict(figure["bytes"] <= 300_000)))
        dcl = figure["dcl"]
        rows.append((f"`{name}` DOMContentLoaded (headless Chromium, file://, 4× CPU throttling, median of 3)",
                     "not measured (chromium missing)" if dcl is None else seconds(dcl), "–", "–", "≤ 1 s",
                     "–" if dcl is None else verdict(dcl <= 1.0)))
    return rows


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)
