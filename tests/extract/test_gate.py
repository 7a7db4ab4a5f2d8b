"""The literal gate (`extract.gate`): it may skip a search only where the search finds nothing."""

from __future__ import annotations

import re

import pytest

from tasdiq.extract.gate import fold, gate_of, literal_gate, may_match
from tasdiq.extract.lexicon import (
    GATED_CHARS,
    labelled_patterns,
    rule,
    rule_files,
    rule_idents,
    rule_spec,
    weighted_patterns,
)
from tasdiq.extract.relevance import CUES

# Our own sentences, in the styles the cues read (wire, press release, incident note).
SAMPLES = (
    "A SUICIDE BOMBER blew himself up outside a mosque in Peshawar on Friday, killing 12 worshippers.",
    "Drone strikes hit a compound in North Waziristan; officials said three militants died.",
    "Police fired tear gas and detained dozens of protesters who had blocked the highway.",
    "Floods swept away homes in Swat after torrential rain; rescuers recovered four bodies.",
    "Insurgents ambushed a convoy and a fierce gun battle followed, the army said.",
    "The Taliban claimed responsibility for the roadside bomb that wounded two soldiers.",
    "Security forces seized weapons and defused an IED planted near the school.",
    "Gunmen kidnapped an engineer and demanded a ransom; the hostage was released later.",
    "The ambassador condemned the attack on the consulate and urged restraint.",
    "A bus carrying pilgrims collided with a truck; the crash killed nine.",
)


def test_every_gated_pattern_match_contains_a_word_of_its_gate() -> None:
    gated = [p for _, _, p in weighted_patterns(CUES)]
    gated += [p for name in ("attack_types.tsv", "targets.tsv") for _, p in labelled_patterns(name)]
    for pattern in gated:
        gate = gate_of(pattern)
        for text in SAMPLES:
            for m in pattern.finditer(text):
                assert may_match(gate, fold(m.group())), (pattern.pattern, m.group())


def test_a_cue_is_gated_on_the_word_every_match_contains() -> None:
    assert literal_gate(re.compile(r"\bsuicide[- ](?:car[- ])?(?:bomb|attack)\w*", re.I)) == {"suicide"}


def test_alternatives_gate_on_any_of_their_words_and_an_optional_word_gates_nothing() -> None:
    assert literal_gate(re.compile(r"\b(?:drone|air) ?strikes?\b", re.I)) == {"strike"}
    assert literal_gate(re.compile(r"\bkidnapp?\w*|\bhostages?\b", re.I)) == {"kidnap", "hostage"}
    assert literal_gate(re.compile(r"(?:bomb)?\w+", re.I)) is None
    assert literal_gate(re.compile(r"[a-z]+", re.I)) is None


def test_a_text_without_the_gate_words_is_not_searched_and_one_with_them_is() -> None:
    gate = literal_gate(re.compile(r"\bgrenades?\b", re.I))
    assert not may_match(gate, fold("Gunmen opened fire on a checkpoint."))
    assert may_match(gate, fold("A GRENADE was thrown at the checkpoint."))


def test_letters_that_re_takes_for_ascii_ones_open_the_gate() -> None:
    # dotted capital I, dotless i, long s, Kelvin sign: re.IGNORECASE equates them with i, i, s, k
    for text in ("K\u0130LLED", "k\u0131lled", "\u017fhelling", "\u212ailled"):
        pattern = re.compile(r"\bkilled\b|\bshelling\b", re.I)
        assert pattern.search(text), text
        assert may_match(literal_gate(pattern), fold(text)), text


def test_no_other_character_matches_an_ascii_one_under_ignorecase() -> None:
    # the gate folds exactly these; another such character would let it skip a real match
    others = "".join(chr(c) for c in range(128, 0x30000) if not 0xD800 <= c < 0xE000)
    found = {m.group() for a in map(chr, range(128)) for m in re.finditer(re.escape(a), others, re.I)}
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}



def _padded(text: str) -> str:
    # long enough that a rule asks its gate before searching (lexicon.GATED_CHARS)
    return text + " " + "." * GATED_CHARS


def _rule_idents() -> list[str]:
    return [ident for name in rule_files() for ident in rule_idents(name) if not rule_spec(ident).tokens]


@pytest.mark.parametrize("ident", _rule_idents())
def test_a_gated_rule_finds_what_its_bare_pattern_finds(ident: str) -> None:
    rx = rule(ident)
    bare = rx.compiled
    for text in map(_padded, (*rule_spec(ident).examples, *SAMPLES)):
        for pos, endpos in ((0, len(text)), (3, len(text) - 5)):
            expected = bare.search(text, pos, endpos)
            found = rx.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (ident, text)
            assert [m.span() for m in rx.finditer(text, pos, endpos)] == [
                m.span() for m in bare.finditer(text, pos, endpos)]
            assert rx.findall(text, pos, endpos) == bare.findall(text, pos, endpos)


def test_a_rule_skips_the_search_of_a_long_text_without_its_gate_words() -> None:
    rx = rule("dates.iso")
    assert gate_of(rx.compiled) is not None
    text = _padded("Gunmen opened fire on a checkpoint on the first of May.")
    assert not may_match(gate_of(rx.compiled), fold(text))
    assert rx.search(text) is None and list(rx.finditer(text)) == [] and rx.findall(text) == []
    dated = _padded("Gunmen opened fire on a checkpoint on 2021-05-01.")
    assert rx.search(dated) is not None
