"""Figures read from the clause (`extract/clause_counts.py`, `rules/clause_counts.toml`).

Incident notes put the verb far from the figure and use their own verbs ("were beaten", "was
shot" for a wound); the parse gives such a figure its role where the cue words gave none.
Every declared example runs here, and the behaviours end to end. Texts are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tasdiq.extract import language
from tasdiq.extract.clause_counts import clause_counts, passive_subjects
from tasdiq.extract.lexicon import rule_table

EXAMPLES = rule_table("clause_counts")["examples"]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return language.nlp()


@pytest.mark.parametrize(("sentence", "role", "figure"), [tuple(c) for c in EXAMPLES["cases"]])
def test_every_declared_figure_gets_its_role_from_the_clause(nlp: Any, sentence: str, role: str,
                                                             figure: int) -> None:
    assert [(c.role, c.best) for c in clause_counts(nlp(sentence), sentence)] == [(role, figure)]


@pytest.mark.parametrize(("sentence", "figure", "why"), [tuple(c) for c in EXAMPLES["none"]])
def test_declared_non_figures_stay_unread(nlp: Any, sentence: str, figure: int, why: str) -> None:
    assert figure not in [c.best for c in clause_counts(nlp(sentence), sentence)], why


@pytest.mark.parametrize(
    ("text", "field", "figure"),
    [
        pytest.param("Seven national NGO staff, six women and one man, were shot and killed by gunmen on motorcycles "
                     "near Swabi, Khyber Pakhtunkhwa.", "killed", 7,
                     id="staff_shot_and_killed_far_from_the_figure_are_counted_dead"),
        pytest.param("Two guards of an INGO office in Jalalabad were beaten when gunmen attacked the compound "
                     "at night.",
                     "injured", 2, id="guards_beaten_in_an_attack_are_counted_injured"),
        pytest.param("18 killed in Bannu cantonment attack\n\nBANNU: Eighteen people, 13 civilians and five soldiers, "
                     "were killed on Tuesday when two suicide bombers rammed vehicles into the cantonment wall.",
                     "killed", 18, id="a_toll_the_cue_words_read_is_not_read_again_from_the_clause"),
    ],
)
def test_figures_far_from_their_verb_get_their_role(extract, text: str, field: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    count = getattr(extract(text).events[0], field)
    assert count is not None and count.best == figure


def test_kidnapped_staff_are_not_counted_as_killed(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Five national staff of an INGO were abducted from their vehicle on the Kandahar highway."
    event = extract(text).events[0]
    assert event.killed is None or event.killed.best in (0, None)


def test_passive_subjects_are_the_tokens_parsed_as_nsubjpass(nlp: Any) -> None:
    doc = nlp("A driver was stabbed and two guards were shot, police said. Nobody was arrested.")
    expected = [t.i for t in doc if t.dep_ == "nsubjpass"]
    assert expected  # the sentence must hold passive subjects for the test to mean anything
    assert [t.i for t in passive_subjects(doc)] == expected
    assert list(passive_subjects(nlp(""))) == []
