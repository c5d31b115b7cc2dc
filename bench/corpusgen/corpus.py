"""Writes a whole content folder (content format v1) and its git history."""

import os
import random
import shutil
import subprocess
from pathlib import Path

from . import body as bodymod, dates, history, needs, plan as planmod, words

CATALOGUE = Path(__file__).resolve().parent.parent.parent / "starter" / "content"

SITE_YML = """# A generated benchmark setting. Every name and plan in this folder is invented.
setting: Fenwick Vale Academy (generated)
phase: all-through
academic_year_start: 2026-09-01
review_soon_days: 14
staff_rates:
  TA: 15.80
  HLTA: 18.60
  ELSA: 16.90
  Teacher: 39.00
  SENDCo: 44.00
plain_language_ignore: [PE, OK, UK]
"""

# What builds may leave in the folder (a build cache, Hugo's lock and resources).
GITIGNORE = ".sspwiki-cache/\n.hugo_build.lock\n/resources/\n"

MESSAGES = [
    "Update plans after pupil progress meetings",
    "Record targets met this half-term",
    "Move review meetings to fit parents' evening",
    "Add provision agreed at the SEN Support surgery",
    "Notes from the termly check-ins",
    "Review meetings: new APDR cycles and notes",
]


def peass_catalogue():
    """The ids of the PEaSS entries the generated folder will have."""
    ids = {p.stem for p in (CATALOGUE / "peass").glob("*.md")}
    wanted = {p[1] for s in needs.SECTIONS.values() for p in s["provisions"] if p[1]}
    missing = sorted(wanted - ids)
    if missing:
        raise SystemExit(f"gen-corpus: the catalogue in {CATALOGUE} has no PEaSS entry {', '.join(missing)}")
    indes = {p.stem for p in (CATALOGUE / "indes").glob("*.md")}
    if set(needs.SECTIONS) - indes:
        raise SystemExit(f"gen-corpus: the catalogue in {CATALOGUE} lacks INDES sections {sorted(set(needs.SECTIONS) - indes)}")
    return ids


def identities(rng, count):
    """(id, first name, surname, year group) for `count` children, ids unique."""
    first_parts, second_parts = words.SURNAME_PARTS
    surnames = [a + b for a in first_parts for b in second_parts]
    pairs = [(f, s) for f in words.FIRST_NAMES for s in surnames]
    rng.shuffle(pairs)
    years = list(range(0, 14))
    weights = [2] * 12 + [1, 1]
    out = []
    for index in range(count):
        first, surname = pairs[index % len(pairs)]
        pid = f"{first}-{surname}".lower()
        if index >= len(pairs):
            pid += f"-{index // len(pairs) + 1}"
        out.append((pid, first, surname, rng.choices(years, weights=weights)[0]))
    return out


def plan_path(plan):
    year = str(plan["year_group"]).lower()
    return f"plans/year-{year}/{plan['id']}.md"


def plan_text(plan):
    return "---\n" + "\n".join(planmod.front_matter(plan)) + "\n---\n" + bodymod.render_body(plan["body"])


def make_plans(seed, count, catalogue):
    rng = random.Random(seed)
    people = identities(rng, count)
    by_year = {}
    for pid, first, surname, year in people:
        by_year.setdefault(year, []).append((pid, f"{first} {surname}"))
    everyone = [p for group in by_year.values() for p in group]
    plans = []
    for pid, first, surname, year in people:
        plan = planmod.make_plan(rng, pid, first, surname, year, catalogue)
        friends = pick_friends(rng, by_year[year] if len(by_year[year]) > 2 else everyone, pid, rng.choice([1, 2, 2]))
        if friends and rng.random() < 0.08:
            plan["related"] = [friends[0][0]]
        plan["catalogue"] = catalogue
        plan["body"] = bodymod.make_body(rng, plan, friends)
        plans.append(plan)
    return plans


def pick_friends(rng, pool, pid, count):
    """Up to `count` other children from `pool` (id, name), never the child themself."""
    picks = []
    for _ in range(10 * count):
        if len(picks) == count:
            break
        candidate = rng.choice(pool)
        if candidate[0] != pid and candidate not in picks:
            picks.append(candidate)
    return picks


def git(out, args, when=None, author=None):
    env = dict(os.environ, GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", LC_ALL="C")
    if when is not None:
        name, email = author
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S+0000")
        env.update(GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email, GIT_AUTHOR_DATE=stamp,
                   GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email, GIT_COMMITTER_DATE=stamp)
    subprocess.run(["git", "-C", str(out), "-c", "core.hooksPath=" + os.devnull, "-c", "commit.gpgsign=false"] + args,
                   env=env, check=True, stdout=subprocess.DEVNULL)


def write_plan(out, plan):
    path = out / plan_path(plan)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(plan_text(plan), encoding="utf-8")


def generate(out, count, revisions, seed, share=0.2):
    """Writes the folder and its `revisions` commits; returns the number of bytes of plans."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"gen-corpus: {out} is not empty; choose a new folder")
    out.mkdir(parents=True, exist_ok=True)
    catalogue = peass_catalogue()
    (out / "site.yml").write_text(SITE_YML, encoding="utf-8")
    (out / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    shutil.copy(CATALOGUE / "glossary.yml", out / "glossary.yml")
    shutil.copytree(CATALOGUE / "indes", out / "indes")
    shutil.copytree(CATALOGUE / "peass", out / "peass")
    plans = make_plans(seed, count, catalogue)
    for plan in plans:
        write_plan(out, plan)
    git(out, ["init", "-q", "-b", "main"])
    git(out, ["add", "-A"])
    git(out, ["commit", "-q", "-m", "Import SEN Support Plans for the autumn term"],
        dates.commit_time(0, revisions), words.COMMIT_AUTHORS[0])
    for index in range(1, revisions):
        rng = random.Random(seed * 1000003 + index)
        day = dates.commit_time(index, revisions).date()
        for plan in rng.sample(plans, max(1, round(len(plans) * share))):
            history.edit(rng, plan, day)
            write_plan(out, plan)
        git(out, ["add", "-A"])
        git(out, ["commit", "-q", "-m", MESSAGES[index % len(MESSAGES)]],
            dates.commit_time(index, revisions), words.COMMIT_AUTHORS[index % len(words.COMMIT_AUTHORS)])
    return sum((out / plan_path(p)).stat().st_size for p in plans)
