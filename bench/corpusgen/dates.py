"""The calendar the generated content lives in. Today is fixed so that output does not
depend on when the generator runs."""

import datetime

TODAY = datetime.date(2026, 11, 29)
FIRST_START = datetime.date(2026, 9, 7)
LAST_START = datetime.date(2026, 11, 20)
FIRST_REVIEW = datetime.date(2026, 12, 1)
LAST_REVIEW = datetime.date(2027, 3, 19)
# The Code of Practice expects about three reviews a year: at most 16 weeks per cycle.
LONGEST_CYCLE = 112
SHORTEST_CYCLE = 42
# Commits are spread over this window, the last one before today.
FIRST_COMMIT = datetime.datetime(2026, 10, 1, 9, 0, 0)
LAST_COMMIT = datetime.datetime(2026, 11, 27, 16, 0, 0)


def weekday(day, forward=True):
    """`day`, or the nearest school day after (or before) it when it falls at a weekend."""
    step = datetime.timedelta(days=1 if forward else -1)
    while day.weekday() >= 5:
        day += step
    return day


def between(rng, first, last):
    """A random school day from `first` to `last` (both included)."""
    if last < first:
        return first
    day = first + datetime.timedelta(days=rng.randint(0, (last - first).days))
    later, earlier = weekday(day), weekday(day, forward=False)
    if later <= last:
        return later
    return earlier if earlier >= first else day


def review_window(start):
    """The earliest and latest review date allowed for a cycle that starts on `start`."""
    first = max(FIRST_REVIEW, start + datetime.timedelta(days=SHORTEST_CYCLE))
    last = min(LAST_REVIEW, start + datetime.timedelta(days=LONGEST_CYCLE))
    return first, max(first, last)


def month_name(day):
    """`October 2026`: how a baseline says when it was taken."""
    return day.strftime("%B %Y")


def commit_time(index, count):
    """When commit `index` of `count` was made: evenly spread, two weeks apart at most."""
    if count <= 1:
        return LAST_COMMIT
    window = (LAST_COMMIT - FIRST_COMMIT) / (count - 1)
    step = min(window, datetime.timedelta(days=14))
    return LAST_COMMIT - step * (count - 1 - index)
