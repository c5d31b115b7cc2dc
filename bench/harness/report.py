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


def build_rows(r):
    """(measure, sspwiki, Hugo, ratio, target, verdict) rows."""
    full, hugo, nohist = r["full"]["full"], r["full"]["hugo"], r["full"].get("no-history")
    rows = []
    if nohist:
        q = ratio(nohist.wall, hugo.wall)
        rows.append(("`build --no-history` wall (same work as Hugo)", seconds(nohist.wall), seconds(hugo.wall),
                     fmt_ratio(q), "≤ 0.5 × Hugo", verdict(q <= 0.5)))
        rows.append(("`build --no-history` peak RSS", mib(nohist.rss_mib), mib(hugo.rss_mib),
                     fmt_ratio(ratio(nohist.rss_mib, hugo.rss_mib)), "–", "–"))
    else:
        rows.append(("`build --no-history` wall (same work as Hugo)", NOT_YET, seconds(hugo.wall), "–", "≤ 0.5 × Hugo", "–"))
    q = ratio(full.wall, hugo.wall)
    rows.append(("full build wall (with history)", seconds(full.wall), seconds(hugo.wall), fmt_ratio(q),
                 "≤ 1 × Hugo", verdict(q <= 1)))
    q = ratio(full.rss_mib, hugo.rss_mib)
    rows.append(("full build peak RSS", mib(full.rss_mib), mib(hugo.rss_mib), fmt_ratio(q), "≤ 1 × Hugo", verdict(q <= 1)))
    for label, series in (("full build", full), ("`build --no-history`", nohist)):
        if series:
            rows.append((f"{label} CPU time (user+sys)", seconds(series.cpu), seconds(hugo.cpu),
                         fmt_ratio(ratio(series.cpu, hugo.cpu)), "(reference: less affected by other load)", "–"))
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
    rows.append((f"one-plan edit, then `sspwiki build` again (CLI, keeping the pages whose sources did not change; `{plan}`)", seconds(edited.wall), "–",
                 f"{fmt_ratio(ratio(edited.wall, full.wall))} of full", "(for reference)", "–"))
    rows += git_rows(r)
    rows += large_rows(r)
    rows += search_rows(r)
    pages = r["pages"]
    rows.append(("HTML pages written", str(pages.get("full")), str(pages.get("hugo")), "–", "–", "–"))
    return rows


def serve_rows(serve):
    """The server's own rebuild time (the target) and, for reference, edit to served page."""
    label = "one-plan edit rebuild (serve's incremental path)"
    if isinstance(serve, str):
        return [(label, serve, "–", "–", "≤ 100 ms", "–")]
    rendered, pages, parsed = serve.counts[-1]
    return [
        (f"{label}: `serve`'s rebuild time (its log line; {rendered} of {pages} pages rendered, "
         f"{parsed} file{'' if parsed == 1 else 's'} parsed)",
         seconds(serve.rebuild), "–", "–", "≤ 100 ms", verdict(serve.rebuild <= 0.1)),
        ("one-plan edit through `serve`: file written → served page holds the edit (wall, includes the "
         "300 ms polling interval and 80 ms settle time)", seconds(serve.wall), "–", "–", "(for reference)", "–"),
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


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)
