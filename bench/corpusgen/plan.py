"""Makes one plan as plain Python values (front matter fields and body parts), so that
later commits can change it field by field before it is written out again."""

import datetime

from . import dates, needs, words, yamltext


def staff_name(rng):
    """`Mrs J Ashford`: a title, an initial and an invented surname."""
    prefix, suffix = words.SURNAME_PARTS
    return f"{rng.choice(words.TITLES)} {rng.choice(words.INITIALS)} {rng.choice(prefix)}{rng.choice(suffix)}"


def date_of_birth(rng, year):
    """A birthday that puts the child in `year` (0 = Reception) in the 2026/27 school year."""
    first = datetime.date(2021 - year, 9, 1)
    return first + datetime.timedelta(days=rng.randint(0, 364))


def year_text(year):
    return "R" if year == 0 else year


def choose_sections(rng):
    """Two to four different INDES sections, weighted by how common each need is."""
    count = rng.choice([2, 2, 3, 3, 3, 4])
    names = list(needs.WEIGHTS)
    chosen = []
    while len(chosen) < count:
        pick = rng.choices(names, weights=[needs.WEIGHTS[n] for n in names])[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def make_target(rng, section, number, by, month, ehcp):
    entry = rng.choice(needs.SECTIONS[section]["targets"])
    outcome, measure, baseline = entry[:3]
    low, high = entry[3] if len(entry) > 3 else (1, 5)
    goal = rng.randint(min(low + 2, high), high)
    base = rng.randint(low, max(low, goal - 2))
    target = {
        "id": f"T{number}", "outcome": outcome, "measure": measure.format(a=goal, b=base),
        "baseline": baseline.format(a=goal, b=base, month=month), "by": by,
        "links_to": f"EHCP outcome {number}" if ehcp else None, "status": "in-progress",
    }
    return target, section


def make_provision(rng, section, start, end, target_ids, staff, catalogue, taken=()):
    """A provision for a need in `section`, from a PEaSS entry not yet used by the plan."""
    options = [p for p in needs.SECTIONS[section]["provisions"]
               if p[1] not in taken and (p[1] is None or p[1] in catalogue)]
    what, peass, kind, role, how_often, minutes = rng.choice(options or needs.SECTIONS[section]["provisions"])
    if role == "Teacher":
        who = f"Teacher ({staff['teacher']})"
    elif rng.random() < 0.6:
        who = f"{role} ({staff_name(rng)})"
    else:
        who = role
    return {
        "what": what, "peass": peass, "kind": kind, "who": who, "how_often": how_often,
        "minutes": minutes, "start": start, "end": end, "targets": list(target_ids),
    }


def make_plan(rng, pid, first, surname, year, catalogue):
    """A complete, valid plan at its first commit."""
    sections = choose_sections(rng)
    ehcp = rng.random() < 0.18
    start = dates.between(rng, dates.FIRST_START, dates.LAST_START)
    review = dates.between(rng, *dates.review_window(start))
    month = dates.month_name(min(start, dates.TODAY))
    staff = {"teacher": staff_name(rng)}
    secondary = year >= 7
    number = rng.choice([1, 1, 1, 2, 2, 3])
    plan = {
        "id": pid, "name": f"{first} {surname}", "known_as": words.NICKNAMES.get(first) if rng.random() < 0.5 else None,
        "dob": date_of_birth(rng, year), "year_group": year_text(year),
        "class": f"{year} {rng.choice(words.SECONDARY_FORMS)}" if secondary else rng.choice(words.PRIMARY_CLASSES),
        "teacher": staff["teacher"], "case_holder": staff_name(rng) if secondary else None,
        "stage": "ehcp" if ehcp else "sen-support", "plan_number": number,
        "start": start, "review": review, "status": "active", "flags": [], "medical": None,
        "other_plans": [], "related": [], "needs": [], "targets": [], "provisions": [],
        "access_arrangements": [], "external": [], "review_record": None,
    }
    for index, section in enumerate(sections):
        plan["needs"].append({
            "indes": section, "level": rng.choice([1, 2, 2, 3, 3, 4] if ehcp else [1, 1, 2, 2, 3]),
            "primary": True if index == 0 else None, "summary": rng.choice(needs.SECTIONS[section]["summaries"]),
        })
        by = review if rng.random() < 0.6 else dates.weekday(review - datetime.timedelta(days=7), forward=False)
        target, _ = make_target(rng, section, index + 1, by, month, ehcp)
        plan["targets"].append(target)
        taken = [p["peass"] for p in plan["provisions"]]
        plan["provisions"].append(make_provision(rng, section, start, review, [target["id"]], staff, catalogue, taken))
    add_circumstances(rng, plan, sections, year, start)
    if number > 1:
        plan["review_record"] = review_record(rng, plan, dates.weekday(start - datetime.timedelta(days=5), forward=False))
    plan["staff"] = staff
    return plan


def add_circumstances(rng, plan, sections, year, start):
    """Flags, medical notes, other plans, exam arrangements and outside agencies."""
    for flag, chance in (("eal", 0.15), ("pupil-premium", 0.25), ("child-in-care", 0.03), ("young-carer", 0.03)):
        if rng.random() < chance:
            plan["flags"].append(flag)
    if "child-in-care" in plan["flags"]:
        plan["other_plans"].append({"kind": "Personal education plan (PEP)", "note": "Reviewed each term with the Virtual School"})
    if "physical-medical" in sections:
        plan["flags"].append("medical")
        plan["medical"] = rng.choice(needs.SECTIONS["physical-medical"]["medical"])
        plan["other_plans"].append({"kind": "Individual health care plan (IHCP)", "note": "Held by the school office"})
    if year >= 9 and "learning-cognition" in sections:
        plan["access_arrangements"] = rng.sample(["25% extra time", "Reader", "Word processor", "Rest breaks", "Separate room"], 2)
    section = rng.choice(sections)
    agency, involvement = needs.SECTIONS[section]["agency"]
    if rng.random() < 0.7:
        when = dates.between(rng, start - datetime.timedelta(days=120), start - datetime.timedelta(days=10))
        plan["external"].append({"agency": agency, "involvement": involvement, "date": when})


def review_record(rng, plan, day):
    """The review meeting that closed the last cycle."""
    who = plan["known_as"] or plan["name"].split()[0]
    return {
        "date": day,
        "attended": [who, rng.choice(words.ATTENDING), plan["teacher"], "SENDCo"],
        "worked_well": f"{who} used the agreed strategies most days and the family noticed a difference at home.",
        "not_so_well": "Support was sometimes missed when staff were absent.",
        "next": rng.choice(["continue", "change", "new-outcomes"]),
    }


FIELD_ORDER = ["name", "known_as", "dob", "year_group", "class", "teacher", "case_holder", "stage", "plan_number",
               "start", "review", "status", "flags", "medical", "other_plans", "related", "needs", "targets",
               "provisions", "access_arrangements", "external"]


def front_matter(plan):
    """The front matter lines, with the review record written as a second `review:` block
    the way content format v1 shows it."""
    pairs = [(key, plan[key]) for key in FIELD_ORDER if plan[key] not in (None, [])]
    if plan["review_record"]:
        pairs.append(("review", plan["review_record"]))
    return yamltext.mapping(pairs)
