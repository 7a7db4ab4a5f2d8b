"""Word lists and cue patterns read from `data/` beside this module, loaded once on first use.

Formats (lines starting with `#` and blank lines are skipped everywhere):
- `*.txt`: one entry a line.
- `*.tsv`: tab-separated columns; the last column of a cue file is a regular expression.

Rules (`rules/*.toml`) are the cue patterns the modules use by name: see `rule()` below.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from tasdiq.errors import InputError
from tasdiq.extract.gate import Gate, fold, gate_of, may_match


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


# --- Declared rules (`rules/<module>.toml`) -------------------------------------------------
# Each table of a rule file is one rule: `pattern` (a regex, as a TOML literal string so it
# reads as written), `flags` ("i" for case-insensitive), `assigns` (the role or value a match
# gives), a comment saying why, and `examples`: sentences the rule must fire on
# (tests/extract/test_rules.py runs them). `${name}` in a pattern is replaced by the file's
# `[fragments]` entry of that name, so a word list shared by several rules is written once.
# A rule about the words around a name may give spaCy `tokens` instead (see `TokenRule`).

FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
FRAGMENT = re.compile(r"\$\{(\w+(?:\.\w+)?)\}")


@dataclass(frozen=True)
class RuleSpec:
    """One declared rule as written in its file."""

    ident: str  # "<file>.<name>", e.g. "counts.join"
    pattern: str  # a regex, or "" for a token rule
    flags: int
    assigns: str
    examples: tuple[str, ...]
    # A spaCy Matcher pattern (a list of token dicts) where the cue is about the words around
    # a name: it sees tokens, not characters, so spacing and hyphens cannot fool it.
    tokens: tuple[dict[str, Any], ...] = ()
    not_before: frozenset[str] = frozenset()  # a token match is void when the next word is one of these


@cache
def _rule_file(module: str) -> dict[str, Any]:
    path = resources.files("tasdiq.extract").joinpath("rules", f"{module}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise InputError(f"rules/{module}.toml", f"unreadable rule file: {err}") from err


def rule_table(module: str) -> dict[str, Any]:
    """The whole of `rules/<module>.toml`, for rule kinds read by their own module (`roles.toml`)."""
    return _rule_file(module)


@cache
def rule_words(module: str, name: str) -> frozenset[str]:
    """A word list of `rules/<module>.toml` (its `[words]` table), lower-cased; no lemmatizer
    runs, so a list gives every form of its words."""
    lists = _rule_file(module).get("words", {})
    if name not in lists:
        raise InputError(f"rules/{module}.toml", f"no word list named {name!r}")
    return frozenset(str(w).lower() for w in lists[name])


def rule_files() -> tuple[str, ...]:
    """The names of every rule file (without `.toml`)."""
    folder = resources.files("tasdiq.extract").joinpath("rules")
    return tuple(sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml")))


def _expand(module: str, pattern: str) -> str:
    def fragment(m: re.Match[str]) -> str:
        ref = m.group(1)
        owner, name = ref.split(".", 1) if "." in ref else (module, ref)
        fragments = _rule_file(owner).get("fragments", {})
        if name not in fragments:
            raise InputError(f"rules/{module}.toml", f"unknown fragment ${{{ref}}}")
        return _expand(owner, str(fragments[name]))

    return FRAGMENT.sub(fragment, pattern)


@cache
def rule_spec(ident: str) -> RuleSpec:
    """The declared rule `<file>.<name>`, its fragments expanded."""
    module, _, name = ident.partition(".")
    table = _rule_file(module).get(name)
    if not isinstance(table, dict) or not ("pattern" in table or "tokens" in table):
        raise InputError(f"rules/{module}.toml", f"no rule named {name!r}")
    flags = 0
    for letter in str(table.get("flags", "")):
        if letter not in FLAGS:
            raise InputError(ident, f"unknown flag {letter!r} (known: {''.join(FLAGS)})")
        flags |= FLAGS[letter]
    return RuleSpec(
        ident=ident,
        pattern=_expand(module, str(table.get("pattern", ""))),
        flags=flags,
        assigns=str(table.get("assigns", "")),
        examples=tuple(str(e) for e in table.get("examples", ())),
        tokens=tuple(dict(t) for t in table.get("tokens", ())),
        not_before=frozenset(str(w).lower() for w in table.get("not_before", ())),
    )


def rule_idents(module: str) -> tuple[str, ...]:
    return tuple(f"{module}.{name}" for name, table in _rule_file(module).items()
                 if isinstance(table, dict) and ("pattern" in table or "tokens" in table))


@cache
def _compiled_rule(ident: str) -> re.Pattern[str]:
    spec = rule_spec(ident)
    try:
        return re.compile(spec.pattern, spec.flags)
    except re.error as err:
        raise InputError(ident, f"bad pattern in rule file: {err}") from err


# A search over fewer characters than this costs less than asking the gate.
GATED_CHARS = 120
# The text last folded for a gate, and its folding: each rule asks about the text in hand.
# One tuple, replaced whole, so that threads sharing the rules never pair a text with another's folding.
_last_folded: list[tuple[str, str]] = [("", "")]


def _folded(text: str) -> str:
    seen, folded = _last_folded[0]
    if text is not seen:
        folded = fold(text)
        _last_folded[0] = (text, folded)
    return folded


class Rule:
    """A declared rule, compiled on first use: modules name their rules at import without
    reading a file (nothing happens at import), and use them like a compiled pattern.

    `search`, `finditer` and `findall` over a long stretch first ask the rule's literal gate
    (`gate.py`) whether the text holds a word every match needs: most rules cannot match most
    texts, and the gate says so for less than a search costs. The gate reads the whole text, so
    its verdict holds for any window `pos`..`endpos` of it, and it is remembered for the text last
    asked about: a rule is searched in many windows of one text in turn."""

    __slots__ = ("_compiled", "_gate", "_verdict", "ident")

    def __init__(self, ident: str) -> None:
        self.ident = ident
        self._compiled: re.Pattern[str] | None = None
        self._gate: Gate = None
        # (text, whether its gate is open): one tuple, replaced whole, for threads sharing the rule
        self._verdict: tuple[str | None, bool] = (None, True)

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = _compiled_rule(self.ident)
            self._gate = gate_of(found)
            self._compiled = found
        return found

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        seen, is_open = self._verdict
        if text is seen:
            return is_open
        if min(endpos, len(text)) - pos < GATED_CHARS:
            return True
        self.compiled  # noqa: B018 -- compiles the rule and reads its gate on first use
        is_open = self._gate is None or may_match(self._gate, _folded(text))
        self._verdict = (text, is_open)
        return is_open

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self._may_match(text, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"Rule({self.ident!r})"


def rule(ident: str) -> Rule:
    """The declared rule `<file>.<name>` (`rules/<file>.toml`, table `<name>`)."""
    return Rule(ident)


class TokenRule:
    """A declared token-pattern rule, run with spaCy's `Matcher` over a parsed `Doc`; the
    matcher is built on first use for the vocabulary of the docs it sees."""

    __slots__ = ("_matchers", "ident")

    def __init__(self, ident: str) -> None:
        self.ident = ident
        self._matchers: dict[int, Any] = {}

    def _matcher(self, vocab: Any) -> Any:
        found = self._matchers.get(id(vocab))
        if found is None:
            from spacy.matcher import Matcher  # spaCy loads with the pipeline, not at import

            found = Matcher(vocab, validate=True)
            try:
                found.add(self.ident, [list(rule_spec(self.ident).tokens)])
            except (ValueError, KeyError) as err:
                raise InputError(self.ident, f"bad token pattern in rule file: {err}") from err
            self._matchers[id(vocab)] = found
        return found

    def spans(self, doc: Any) -> list[tuple[int, int]]:
        """Character spans of the longest matches in `doc`, in text order."""
        from spacy.util import filter_spans

        void = rule_spec(self.ident).not_before
        found = filter_spans(self._matcher(doc.vocab)(doc, as_spans=True))
        return sorted((s.start_char, s.end_char) for s in found if _next_word(doc, s.end).lower() not in void)

    def __repr__(self) -> str:
        return f"TokenRule({self.ident!r})"


def _next_word(doc: Any, index: int) -> str:
    while index < len(doc) and doc[index].is_space:
        index += 1
    return str(doc[index].text) if index < len(doc) else ""


def token_rule(ident: str) -> TokenRule:
    """The declared token-pattern rule `<file>.<name>` (a `tokens` list instead of `pattern`)."""
    return TokenRule(ident)


# --- Policy that is data (`data/authorities.toml`) -------------------------------------------


@dataclass(frozen=True)
class Governing:
    actor: str  # actor registry key
    country: str  # ISO 3166-1 alpha-2
    since: dt.date


@cache
def _authorities() -> dict[str, Any]:
    text = resources.files("tasdiq.extract").joinpath("data", "authorities.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def governing() -> tuple[Governing, ...]:
    """Armed groups that govern a country from a date: their spokesmen speak as its authorities.
    Declared once, in the actor registry (`governs` in reference/data/registry/actors.yaml);
    a state's own forces are not among them."""
    from tasdiq.reference.actors import registry

    reg = registry()
    return tuple(Governing(actor=actor.key, country=g.country, since=g.start)
                 for actor in reg.actors.values() if not reg.is_state_force(actor.key)
                 for g in actor.governs if g.start is not None)


@cache
def local_branches() -> dict[str, str]:
    """Country -> the name a generic group name ("Taliban") means there."""
    return {str(b["country"]): str(b["name"]) for b in _authorities().get("branch", ())}
