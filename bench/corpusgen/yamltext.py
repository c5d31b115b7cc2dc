"""Writes the small subset of YAML a plan's front matter needs, the way a person would
write it by hand: plain scalars where they are safe, double quotes where they are not."""

import datetime
import re

_PLAIN = re.compile(r"[A-Za-z0-9(][^:#\"\n\[\]{}&*!|>@`]*")
_NUMBER_OR_DATE = re.compile(r"[-+]?[0-9][0-9_.:eE+-]*")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def scalar(value, flow=False):
    """One value as YAML text: dates as YYYY-MM-DD, numbers and booleans as is, strings
    plain when that reads back as the same string, double-quoted otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    plain = (_PLAIN.fullmatch(text) and not _NUMBER_OR_DATE.fullmatch(text) and not text.endswith(" ")
             and text.lower() not in _RESERVED and not (flow and "," in text))
    if plain:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_list(values):
    """A short list on one line: `[a, b]`."""
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"


def mapping(pairs, indent=0):
    """Lines for a mapping given as (key, value) pairs. A value that is a list of dicts
    becomes a block sequence, a list of scalars a flow list, a dict a nested mapping;
    None values are left out."""
    pad = " " * indent
    lines = []
    for key, value in pairs:
        if value is None:
            continue
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            lines += mapping(value.items(), indent + 2)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{pad}{key}:")
            for item in value:
                inner = mapping(item.items(), indent + 4)
                inner[0] = pad + "  - " + inner[0].lstrip()
                lines += inner
        elif isinstance(value, list):
            lines.append(f"{pad}{key}: {flow_list(value)}")
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    return lines
