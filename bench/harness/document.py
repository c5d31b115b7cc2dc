"""The Markdown scripts/bench prints, and how it goes into BENCHMARKS.md."""

from pathlib import Path

from . import report

HEADER = ("measure", "sspwiki", "Hugo", "ratio", "target", "verdict")


def series_rows(r):
    """Every measured series with its median, spread and each run, so noise is visible."""
    rows = []
    named = [(f"{r['params']['plans']:,} plans: {k}", s) for k, s in r["full"].items()]
    unchanged, edited, _ = r["rebuild"]
    named += [("no-change rebuild", unchanged), ("one-plan edit, CLI build", edited)]
    if r.get("large"):
        named += [(f"{r['params']['large_plans']:,} plans: {k}", s) for k, s in r["large"].items()]
    for label, series in named:
        runs = ", ".join(f"{s.wall:.2f}" for s in series.samples)
        rows.append((label, report.seconds(series.wall), series.spread() + " s", runs, report.seconds(series.cpu),
                     report.mib(series.rss_mib), f"{series.load:.1f}"))
    for key, label in (("serve", "one-plan edit, `serve`'s rebuild"),
                       ("serve_git", "one-plan edit, `serve`'s rebuild, content in git")):
        serve = r.get(key)
        if serve is None or isinstance(serve, str):
            continue
        rows.append((label, report.seconds(serve.rebuild),
                     f"{min(serve.rebuilds):.3f}–{max(serve.rebuilds):.3f} s",
                     ", ".join(f"{s:.3f}" for s in serve.rebuilds), report.seconds(serve.cpu), "–", "–"))
    return rows


def render(r):
    p = r["params"]
    lines = [
        report.START,
        f"## Results ({r['date']})",
        "",
        f"Command: `{r['command']}`",
        "",
        f"Corpus: {p['plans']:,} generated plans × {p['revisions']} commits (seed {p['seed']}, "
        f"{p['corpus_mb']:.1f} MB of plan files), made by `scripts/gen-corpus`; every build runs "
        f"with `--today {p['today']}`. Times are medians of {p['runs']} runs, sspwiki and Hugo alternated, "
        "each full build into an empty folder; CPU time is user+sys of the whole process tree and wall time "
        "the clock around it; peak RSS is `/usr/bin/time -v`'s maximum resident set size. The Hugo column is "
        "the fair anchor (`../shared/bench/hugo-fair`: the same kinds of pages as sspwiki's default theme, "
        "copied into the corpus for each run) unless a row says otherwise; the minimal anchor "
        "(`bench/hugo/`) is a reference row."
        + (f" Before each build the harness waited (up to {p['idle'][1]:.0f} s) for the 1-minute load average "
           f"to fall to {p['idle'][0]}." if p.get("idle") else ""),
        "",
        report.table(report.build_rows(r), HEADER),
        "",
        "### Every run",
        "",
        report.table(series_rows(r), ("series", "median wall", "min–max", "each run (s)", "median CPU (user+sys)", "peak RSS",
                                            "load at start")),
        "",
        "### Machine",
        "",
        report.table([(a, b) for a, b in r["machine"]] +
                     [("load average before / after", f"{r['load_before']} / {r['load_after']}")], ("", "")),
        "",
        "The machine is shared with other developers, so the load average is recorded: figures taken "
        "under load are slower than the machine can do.",
        report.END,
    ]
    if r["git_detail"]:
        lines.insert(-1, "")
        lines.insert(-1, "Git processes by subcommand: " + "; ".join(r["git_detail"]) + ".")
    return "\n".join(lines)


INTRO = """# Benchmarks

How fast sspwiki builds a large generated content folder, side by side with Hugo: the fair
anchor (`../shared/bench/hugo-fair`, Hugo templates rendering the same kinds of pages as the
default theme, copied into the corpus at bench time) for the headline rows, and the minimal
site in `bench/hugo/` as a reference row; CPU time (user+sys) beside wall time; and the size
and DOMContentLoaded time (headless Chromium, 4× CPU throttling) of the overview pages.
Everything between the markers below is written by `scripts/bench --write` (run
`scripts/bench --plans 2000 --revisions 5 --runs 5 --large --write` on a quiet machine); the
profile further down is written by hand.

"""


def write(path, text):
    """Replaces the marked section of `path` (or creates the file with it)."""
    path = Path(path)
    old = path.read_text(encoding="utf-8") if path.exists() else INTRO + report.START + "\n" + report.END + "\n"
    if report.START in old and report.END in old:
        head, rest = old.split(report.START, 1)
        tail = rest.split(report.END, 1)[1]
        new = head + text + tail
    else:
        new = old.rstrip() + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")
