"""The Markdown body of a plan: the recognised sections, in the child's and the family's
words, with `[[…]]` links to INDES levels, PEaSS entries and other plans."""

from . import dates, needs, words


def age(plan):
    born = plan["dob"]
    today = dates.TODAY
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def make_body(rng, plan, friends):
    """Body parts of a new plan. `friends` are (id, name) pairs of other plans to link to."""
    who = plan["known_as"] or plan["name"].split()[0]
    hobbies = rng.sample(words.HOBBIES, 2)
    about = [
        f"I'm {who}, I'm {age(plan)} and I'm in {plan['class']}. I love {hobbies[0]} and {hobbies[1]}. "
        f"When I grow up I want to be {rng.choice(words.JOBS)}.",
        f"I like it when adults {rng.choice(words.LIKES_ADULTS)}. I don't like {rng.choice(words.DISLIKES)}.",
    ]
    adjectives = rng.sample(words.FAMILY_ADJECTIVES, 2)
    carer, verb = rng.choice(words.CARERS)
    family = (f"{carer} {verb} {who} is {adjectives[0]} and {adjectives[1]}. "
              f"They would like {who} to {rng.choice(words.FAMILY_HOPES)}, and have asked for "
              f"{rng.choice(words.FAMILY_REQUESTS)}.")
    difficult, help_items = [], []
    for need in plan["needs"]:
        section = needs.SECTIONS[need["indes"]]
        sentence = rng.choice(section["difficulties"]).format(n=who)
        difficult.append(f"{sentence} See [[indes:{need['indes']}/{need['level']}]].")
        help_items += rng.sample(section["help"], 2)
    peass = [p["peass"] for p in plan["provisions"] if p["peass"]]
    see = "See " + " and ".join(f"[[peass:{p}]]" for p in peass[:2]) + " for how we do this." if peass else None
    notes = [f"{who} works in a small group with " +
             " and ".join(f"[[{fid}|{fname}]]" for fid, fname in friends) + " for some of the week."]
    return {
        "about": about, "family": family, "strengths": rng.sample(words.STRENGTHS, 4),
        "difficult": difficult, "help": help_items, "see": see, "notes": notes,
    }


def render_body(body):
    """The body as Markdown text."""
    out = ["## About me", ""]
    for paragraph in body["about"]:
        out += [paragraph, ""]
    out += ["## Family views", "", body["family"], "", "## Strengths", ""]
    out += [f"- {s}" for s in body["strengths"]]
    out += ["", "## What I find difficult", ""]
    for paragraph in body["difficult"]:
        out += [paragraph, ""]
    out += ["## How to help me", ""]
    out += [f"- {h}" for h in body["help"]]
    out.append("")
    if body["see"]:
        out += [body["see"], ""]
    out += ["## Review notes", ""]
    for paragraph in body["notes"]:
        out += [paragraph, ""]
    return "\n".join(out)
