"""The rule files of the non-English extractor: every declared example matches its cue, and
every declared check sentence extracts the values it states."""

from __future__ import annotations

from typing import Any

import pytest

from tasdiq.extract.native.extractor import extract
from tasdiq.extract.native.rules import LANGUAGES, rules
from tasdiq.extract.native.script import fold

EXAMPLES = [(lang, ex) for lang in LANGUAGES for ex in rules(lang).examples]
CHECKS = [(lang, check) for lang in LANGUAGES for check in rules(lang).checks]


def _label(case: tuple[str, dict[str, Any]]) -> str:
    lang, item = case
    return f"{lang}:{item.get('cue', '')}:{item['text'][:24]}"


@pytest.mark.parametrize("case", EXAMPLES, ids=[_label(c) for c in EXAMPLES])
def test_each_rule_example_matches_its_cue(case: tuple[str, dict[str, Any]]) -> None:
    lang, example = case
    assert rules(lang).search(example["cue"], fold(example["text"]).text), example["text"]


@pytest.mark.parametrize("case", CHECKS, ids=[_label(c) for c in CHECKS])
def test_each_rule_check_sentence_extracts_what_it_states(case: tuple[str, dict[str, Any]]) -> None:
    lang, check = case
    result = extract(check["text"], language=lang)
    if check.get("attack") is False:
        assert result.events == []
        return
    event = result.events[0]
    got = {
        "killed": event.killed.best if event.killed else None,
        "injured": event.injured.best if event.injured else None,
        "perpetrators_killed": event.perpetrators_killed.best if event.perpetrators_killed else None,
        "admin1": event.location.admin1 if event.location else None,
        "perpetrator": event.perpetrator,
        "attack_type": event.attack_type.value,
        "date": event.date.isoformat() if event.date else None,
    }
    # "none": the check asserts the value is not given (a combined dead-and-wounded figure)
    wanted = {k: None if v == "none" else v for k, v in check.items() if k in got}
    assert {k: got[k] for k in wanted} == wanted


def test_every_language_declares_examples_for_the_casualty_and_claim_cues() -> None:
    for lang in LANGUAGES:
        cues = {ex["cue"] for ex in rules(lang).examples}
        assert {"suicide", "blast", "claimed", "denied", "no_claim", "confessed", "yesterday"} <= cues, lang
        assert cues & {"killed_after", "killed_before"} and cues & {"injured_after", "injured_before"}, lang
