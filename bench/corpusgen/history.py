"""Edits a SENDCo or teacher makes to a plan between commits. Each edit keeps the plan
valid: review dates stay in the cycle's window, target dates stay on or before the review,
provisions end at the review."""

import datetime

from . import dates, plan as planmod, words

NOTES = [
    "{d}: {n} has settled well into the new routine and is using their strategy card without a reminder.",
    "{d}: Discussed progress with the family by phone; they report fewer worries at bedtime.",
    "{d}: Attendance at the group was 5 out of 6 sessions this half-term.",
    "{d}: {n} told the TA that the visual prompts help most in maths.",
    "{d}: Class teacher reports better focus in the mornings; afternoons are still harder.",
    "{d}: {n} has moved to a new table group and is working well with a partner.",
]


def move_review(rng, plan, day):
    """Review date moved by a week or two (a meeting rearranged)."""
    first, last = dates.review_window(plan["start"])
    moved = plan["review"] + datetime.timedelta(days=rng.choice([-7, 7, 14]))
    moved = min(max(dates.weekday(moved), first), last)
    if moved == plan["review"]:
        return False
    old = plan["review"]
    plan["review"] = moved
    for target in plan["targets"]:
        target["by"] = min(target["by"], moved)
    for provision in plan["provisions"]:
        if provision["end"] == old or provision["end"] > moved:
            provision["end"] = moved
    return True


def achieve_target(rng, plan, day):
    """A target marked achieved (or partly achieved) and a note saying so."""
    open_targets = [t for t in plan["targets"] if t["status"] == "in-progress"]
    if not open_targets:
        return False
    target = rng.choice(open_targets)
    target["status"] = rng.choice(["achieved", "achieved", "partly-achieved"])
    who = plan["known_as"] or plan["name"].split()[0]
    plan["body"]["notes"].append(f"{day.strftime('%d %B')}: Target {target['id']} {target['status'].replace('-', ' ')}; "
                                 f"{who} reached the measure in class.")
    return True


def add_provision(rng, plan, day):
    """A new provision for one of the needs, supporting that need's target."""
    if len(plan["provisions"]) >= 5:
        return False
    index = rng.randrange(len(plan["needs"]))
    section = plan["needs"][index]["indes"]
    start = min(max(plan["start"], dates.weekday(day)), plan["review"])
    taken = [p["peass"] for p in plan["provisions"]]
    plan["provisions"].append(planmod.make_provision(rng, section, start, plan["review"], [f"T{index + 1}"],
                                                     plan["staff"], plan["catalogue"], taken))
    return True


def edit_body(rng, plan, day):
    """A dated note added to the review notes, or a new line in the child's own words."""
    who = plan["known_as"] or plan["name"].split()[0]
    if rng.random() < 0.75:
        plan["body"]["notes"].append(rng.choice(NOTES).format(d=day.strftime("%d %B"), n=who))
    else:
        plan["body"]["about"].append(f"Something new: I really like {rng.choice(words.HOBBIES)} now.")
    return True


def new_cycle(rng, plan, day):
    """The review meeting happened: plan number +1, new dates, fresh targets where met."""
    start = dates.weekday(day + datetime.timedelta(days=3))
    review = dates.between(rng, *dates.review_window(start))
    plan["review_record"] = planmod.review_record(rng, plan, dates.weekday(day, forward=False))
    plan["plan_number"] += 1
    plan["start"], plan["review"] = start, review
    month = dates.month_name(day)
    for index, (need, target) in enumerate(zip(plan["needs"], plan["targets"])):
        if target["status"] != "in-progress":
            fresh, _ = planmod.make_target(rng, need["indes"], index + 1, review, month, plan["stage"] == "ehcp")
            target.update(fresh)
        target["by"] = review
    for provision in plan["provisions"]:
        provision["start"], provision["end"] = start, review
    plan["body"]["notes"].append(f"{day.strftime('%d %B')}: Plan reviewed with the family; "
                                 f"plan {plan['plan_number']} starts on {start.strftime('%d %B')}.")
    return True


EDITS = [(move_review, 30), (achieve_target, 20), (add_provision, 15), (edit_body, 30), (new_cycle, 5)]


def edit(rng, plan, day):
    """One or two edits to `plan` on `day`; at least one always applies."""
    functions = [f for f, _ in EDITS]
    weights = [w for _, w in EDITS]
    applied = 0
    for _ in range(rng.choice([1, 1, 2])):
        if rng.choices(functions, weights=weights)[0](rng, plan, day):
            applied += 1
    if not applied:
        edit_body(rng, plan, day)
