"""A literal gate before a regular expression: words one of which every match must contain.

Most cue patterns cannot match most texts, yet `pattern.search` walks the whole text to say
so. Every match of `\\bsuicide[- ](?:car[- ])?(?:bomb|attack)` contains "suicide"; a text
without it needs no search. `literal_gate` reads such words from the pattern itself (its
parse tree, as `re` compiles it), so the gate follows the rule files with nothing to keep in
step, and a gated search finds exactly what the bare search finds: the gate only skips
searches that cannot succeed.

Case: the gate looks in `fold(text)`, the text lower-cased, so it holds for case-insensitive
patterns too. Only ASCII words are taken; the four non-ASCII letters that `re.IGNORECASE`
equates with ASCII ones (dotted and dotless i, the long s, the Kelvin sign) are folded to
them first, and no other character matches an ASCII one under it (checked over all of Unicode,
tests/extract/test_gate.py).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

# The parser `re` compiles with is re._parser since 3.11; typeshed types it under its old,
# deprecated name (importing that name at run time warns), so mypy reads the old one.
if TYPE_CHECKING:
    import sre_constants as sre
    import sre_parse
else:
    import re._constants as sre
    import re._parser as sre_parse

_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Gate = frozenset[str] | None


def fold(text: str) -> str:
    """The text as gates read it: lower case, the letters `re` takes for ASCII ones made ASCII."""
    return text.translate(_FOLD).lower()


def _best(candidates: list[frozenset[str]]) -> Gate:
    """The most selective requirement: the longest shortest word, then the fewest words."""
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


def _required(items: Any) -> Gate:
    """Words one of which every match of the parsed sequence `items` contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is sre.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        close()
        inner: Gate = None
        if op is sre.SUBPATTERN:
            inner = _required(arg[3])
        elif op is sre.ATOMIC_GROUP:
            inner = _required(arg)
        elif op in _REPEATS and arg[0] >= 1:
            inner = _required(arg[2])
        elif op is sre.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        # anything else (classes, any character, anchors, lookarounds, back-references) promises nothing
        if inner is not None:
            candidates.append(inner)
    close()
    return _best(candidates)


def literal_gate(pattern: re.Pattern[str]) -> Gate:
    """Lower-case ASCII words one of which every match of `pattern` contains (None: no such words)."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


@cache
def gate_of(pattern: re.Pattern[str]) -> Gate:
    """`literal_gate`, read once per pattern."""
    return literal_gate(pattern)


def may_match(gate: Gate, folded: str) -> bool:
    """False only when no match is possible: none of the gate's words is in the folded text."""
    if gate is None:
        return True
    # a plain loop, not any(...): the generator was a third of the gate's cost
    for word in gate:  # noqa: SIM110
        if word in folded:
            return True
    return False
