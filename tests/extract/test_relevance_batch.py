"""The category model reads a batch of texts in one pipe; each text comes out as if read alone."""

from __future__ import annotations

from tasdiq.extract.category import predict, predict_many
from tasdiq.extract.component import Work
from tasdiq.extract.relevance import RelevanceFilter, category_scores

TEXTS = (
    ("Bomb at a market", "A bomb hidden in a cart exploded in a crowded market in Quetta, killing six people."),
    (None, "Hundreds of traders marched to the press club to protest against new taxes on Tuesday."),
    ("Floods", "Heavy rain flooded villages across the district and washed away two bridges."),
    (None, "Gunmen on a motorcycle shot dead a police constable guarding a polio vaccination team."),
    ("Talks", "Delegations of the two governments signed an agreement on border trade in Doha."),
)


def test_a_batch_of_texts_is_read_as_each_text_alone() -> None:
    texts = [(f"{t}. {x}" if t else x, category_scores(f"{t}. {x}" if t else x)) for t, x in TEXTS]
    assert predict_many(texts) == [predict(text, scores) for text, scores in texts]


def test_relevance_over_a_batch_equals_relevance_one_text_at_a_time() -> None:
    batch = [Work(text=text, title=title) for title, text in TEXTS]
    RelevanceFilter().process_batch(batch)
    alone = [Work(text=text, title=title) for title, text in TEXTS]
    for work in alone:
        RelevanceFilter().process_batch([work])
    assert [(w.category, w.relevant) for w in batch] == [(w.category, w.relevant) for w in alone]
    assert [w.relevant for w in batch] == [True, False, False, True, False]
