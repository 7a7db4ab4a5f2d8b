"""Word lists and cue patterns read from `data/` beside this module, loaded once on first use.

Formats (lines starting with `#` and blank lines are skipped everywhere):
- `*.txt`: one entry a line.
- `*.tsv`: tab-separated columns; the last column of a cue file is a regular expression.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from tasdiq.errors import InputError


def _lines(name: str) -> list[str]:
    text = resources.files("tasdiq.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line list."""
    return tuple(ln.strip() for ln in _lines(name))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file, each split into its columns."""
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in _lines(name))


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A case-insensitive compiled pattern; a broken one names itself."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise InputError(pattern[:60], f"bad pattern in word list: {err}") from err


@cache
def labelled_patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """`label <TAB> regex` rows, compiled."""
    return tuple((r[0], compiled(r[-1])) for r in rows(name))


@cache
def weighted_patterns(name: str) -> tuple[tuple[str, float, re.Pattern[str]], ...]:
    """`label <TAB> weight <TAB> regex` rows, compiled."""
    return tuple((r[0], float(r[1]), compiled(r[2])) for r in rows(name))
