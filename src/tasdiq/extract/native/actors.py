"""Who did it, as a native-language report says: claims, denials and attributions.

A claim cue ("مسئولیت ... را به عهده گرفت", "ذمہ داری قبول", "أعلن ... مسؤوليته", "تبنى")
goes to the nearest actor named in its sentence, a denial cue likewise; an actor that denied
is never the claimant of the same sentence ("TTP denied it after a JuA commander claimed it").
A text in the Islamic State's own voice (Amaq, Al Naba, "the martyrdom-seeking brother") is
its claim even where no claim verb stands. "Khawarij" is what Pakistan's army calls the TTP
and what the Taliban call ISKP: the speaker decides whom it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasdiq.extract.native import names
from tasdiq.extract.native.rules import Rules
from tasdiq.model.enums import Certainty, ClaimKind

KHAWARIJ = re.compile(r"(?<!\w)(?:ال)?خوارج(?!\w)")
AMAQ = re.compile(r"وکاله\s+اعماق|اعماق")
NABA = re.compile(r"صحیفه\s+النبا|النبا")


@dataclass(frozen=True)
class Said:
    kind: ClaimKind
    actor: str
    start: int  # folded span of the cue
    end: int
    channel: str | None = None


@dataclass(frozen=True)
class Attribution:
    actor: str | None
    certainty: Certainty
    said: tuple[Said, ...]
    actor_spans: tuple[tuple[int, int], ...]


def _nearest(mentions: list[names.Named], start: int, end: int, exclude: set[str]) -> names.Named | None:
    options = [m for m in mentions if m.value not in exclude]
    if not options:
        return None
    return min(options, key=lambda m: max(start - m.end, m.start - end, 0))


def _in_sentence(mentions: list[names.Named], bounds: tuple[int, int]) -> list[names.Named]:
    return [m for m in mentions if bounds[0] <= m.start < bounds[1]]


def _sentence(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentences if s <= pos < e), (0, pos + 1))


def _cues(rules: Rules, cue: str, text: str) -> list[re.Match[str]]:
    pattern = rules.cue(cue)
    return [] if pattern is None else list(pattern.finditer(text))


def attribute(text: str, rules: Rules, sentences: list[tuple[int, int]], country: str | None) -> Attribution:
    mentions = [m for m in names.actors(text) if m.value not in ("PAK_GOV",)]
    mentions = [_by_country(m, country) for m in mentions]
    said: list[Said] = []
    denied: set[str] = set()
    for kind, cue in ((ClaimKind.DENIAL, "denied"), (ClaimKind.CONFESSION, "confessed")):
        for m in _cues(rules, cue, text):
            who = _nearest(_in_sentence(mentions, _sentence(sentences, m.start())), m.start(), m.end(), set())
            if who is not None:
                said.append(Said(kind, who.value, m.start(), m.end()))
                if kind is ClaimKind.DENIAL:
                    denied.add(who.value)
    channel = "Amaq" if AMAQ.search(text) else "Al Naba" if NABA.search(text) else None
    for m in _cues(rules, "claimed", text):
        if rules.search("no_claim", text, _sentence(sentences, m.start())[0], _sentence(sentences, m.start())[1]):
            continue
        who = _nearest(_in_sentence(mentions, _sentence(sentences, m.start())), m.start(), m.end(), denied)
        if who is not None:
            said.append(Said(ClaimKind.RESPONSIBILITY, who.value, m.start(), m.end(), channel))
    spans = tuple((m.start, m.end) for m in mentions)
    claims = [s for s in said if s.kind is ClaimKind.RESPONSIBILITY]
    if claims:
        return Attribution(claims[0].actor, Certainty.CLAIMED, tuple(said), spans)
    confessions = [s for s in said if s.kind is ClaimKind.CONFESSION]
    if confessions:
        return Attribution(confessions[0].actor, Certainty.CONFESSED, tuple(said), spans)
    own_voice = rules.search("self_claim", text)
    if own_voice is not None:
        claim = Said(ClaimKind.RESPONSIBILITY, "ISKP", own_voice.start(), own_voice.end(), channel or "statement")
        return Attribution("ISKP", Certainty.CLAIMED, (*said, claim), spans)
    return _attributed(text, rules, sentences, mentions, denied, tuple(said), spans)


def _attributed(text: str, rules: Rules, sentences: list[tuple[int, int]], mentions: list[names.Named],
                denied: set[str], said: tuple[Said, ...], spans: tuple[tuple[int, int], ...]) -> Attribution:
    for cue in ("attributed", "member_of"):
        for m in _cues(rules, cue, text):
            bounds = _sentence(sentences, m.start())
            after = [a for a in _in_sentence(mentions, bounds) if a.start >= m.start() and a.value not in denied]
            if after:
                blamed = Said(ClaimKind.ATTRIBUTION, after[0].value, m.start(), m.end())
                return Attribution(after[0].value, Certainty.ATTRIBUTED, (*said, blamed), spans)
    khawarij = KHAWARIJ.search(text)
    if khawarij is not None:
        speaker = ("TTP" if rules.search("state_voice", text)
                   else "ISKP" if rules.search("taliban_voice", text) else None)
        if speaker is not None:
            blamed = Said(ClaimKind.ATTRIBUTION, speaker, khawarij.start(), khawarij.end())
            return Attribution(speaker, Certainty.ATTRIBUTED, (*said, blamed), spans)
    return Attribution(None, Certainty.UNKNOWN, said, spans)


def _by_country(mention: names.Named, country: str | None) -> names.Named:
    """A bare "Taliban" in Pakistan is the TTP, as in English reports."""
    if mention.value == "TALIBAN" and country == "PK":
        return names.Named("TTP", mention.hint, mention.start, mention.end)
    return mention
