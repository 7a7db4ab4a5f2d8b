"""The document category: rule cues and a learned text classifier, combined.

The cue lists (`data/category_cues.tsv`, scored by `relevance.category_scores`) know the words of
each ACLED category but not when one outweighs another in reporting they were not written for: a
tanker that "exploded" in a road crash, a town the army "recaptured", protesters who threw stones
at police who fired tear gas. The model (`category_model/`, spaCy textcat trained by
`tools/category/train.py`) reads a text's lead with the cue evidence as extra tokens, so it learns
from examples how far to trust each cue. What it learned from: `category_model/README.md`.

How they combine (measured on the CASE dev snippets and the team's sets, docs/extraction.md):
where both the rules and the model call the text an attack, the rules pick its kind (their cue
words for a grenade or a suicide vest are exact, and the event-level types use the same cues);
a text the rules read as an attack, or gave a decisive cue, changes category only when the model is
very confident; otherwise a confident model decides, and an unsure one leaves the rules' category.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).with_name("category_model") / "textcat"
MODEL_NAME = "textcat"
# Bump with every retrained model (tools/category/train.py writes it into the model's meta.json);
# it is part of the relevance step's version, so every extraction records which model decided.
MODEL_VERSION = "1.1.0"
STRONG = 5.0       # a cue weight the cue file calls decisive for its category
CONFIDENT = 0.5    # the model's probability above which it overrules the rules
# The rules' category holds against a less confident model where the rules read an attack (dismissing
# it loses its events: at 0.5 real attacks in the team sets went, blind2 detected 0.867 -> 0.783; at
# 0.7 only wrongly kept road crashes and ceasefires did) and where a decisive cue named one non-attack
# category and the model another (a signed agreement read as a change of activity). A model that reads
# an attack where the rules read none still needs only CONFIDENT: the team's operations releases
# gained their events that way (ops set overall 0.778 -> 0.801).
FIRM = 0.7
# An arrest told after an attack ("police later detained two suspects") is part of the attack's
# report, and the model trained on ISAF detention releases reads any security-force text as Arrests.
NEVER_DISMISS_AS = frozenset({"Arrests"})
# Whether a claim is the news or a detail of the attack's report depends on where it is told
# (`relevance._leads`), which a bag of words cannot see: the rules keep that decision.
RULES_ONLY = frozenset({"Attribution of responsibility"})
LEAD = 600         # characters of the text the model reads: CASE-length snippets; a long report's lead
_SLUG = re.compile(r"[^a-z]+")


def _slug(label: str) -> str:
    return _SLUG.sub("", label.lower())


def cue_tokens(scores: Mapping[str, float]) -> list[str]:
    """One token per category with cue evidence, and a second where that evidence is strong."""
    tokens = []
    for label, score in sorted(scores.items()):
        tokens.append(f"cue{_slug(label)}")
        if score >= STRONG:
            tokens.append(f"strong{_slug(label)}")
    return tokens


def model_input(text: str, scores: Mapping[str, float]) -> str:
    """What the model reads: the cue tokens of the whole text, then its lead."""
    lead = text[:LEAD].rsplit(" ", 1)[0] if len(text) > LEAD else text
    return " ".join([*cue_tokens(scores), lead])


@cache
def load_model() -> Language:
    """The shipped weights (read once, on first use: nothing loads at import)."""
    import spacy

    return spacy.load(MODEL_DIR)


def predict(text: str, scores: Mapping[str, float]) -> tuple[str, float]:
    """The model's category and its probability."""
    cats = load_model()(model_input(text, scores)).cats
    best = max(cats, key=lambda c: cats[c])
    return best, cats[best]


def combine(*, rule: str, model: str, confidence: float, attacks: Collection[str], decisive: bool = False) -> str:
    """`decisive`: the rules' category had a cue of decisive weight (`STRONG`)."""
    if model in RULES_ONLY or (rule in attacks and (model in attacks or model in NEVER_DISMISS_AS)):
        return rule
    needed = FIRM if rule in attacks or (decisive and model not in attacks) else CONFIDENT
    return model if confidence >= needed else rule


def decide(text: str, *, rule: str, scores: Mapping[str, float], attacks: Collection[str]) -> str:
    """The document category from the rules' choice and the model's reading."""
    model, confidence = predict(text, scores)
    return combine(rule=rule, model=model, confidence=confidence, attacks=attacks,
                   decisive=scores.get(rule, 0.0) >= STRONG)
