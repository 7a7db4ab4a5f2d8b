"""Reads a report in Dari, Pashto, Urdu or Arabic into the same events as the English path.

Rule-based, per language (rules/<lang>.toml), on a folded copy of the text (script.py) whose
offsets map back to the original: every span in the output points into the text as written.
The steps mirror the English pipeline's in small: attack cues and type, figures, place,
perpetrator, date, then one event (two for a hijacking: the seizure and the assault).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tasdiq.extract import refs
from tasdiq.extract.native import actors, counts, dates, names
from tasdiq.extract.native.rules import Rules, rules
from tasdiq.extract.native.script import Folded, fold
from tasdiq.extract.types import Count, DocumentExtraction, ExtractedClaim, ExtractedEvent, Location
from tasdiq.model.enums import AttackType, DatePrecision

NAME = "tasdiq.native"
VERSION = "v1"
COARSE = 5  # a region or the country (UCDP precision): a dateline city is finer than these
SENTENCE_END = re.compile(r"[.!?\n]+|:\s")
# type cues, strongest first, with the ACLED sub-event type each implies
TYPES = (
    ("suicide", AttackType.SUICIDE_BOMBING, "Suicide bomb"),
    ("airstrike", AttackType.AIRSTRIKE, "Air/drone strike"),  # "بمباران" holds a bomb: before blast
    ("blast", AttackType.BOMBING, "Remote explosive/landmine/IED"),
    ("execution", AttackType.EXECUTION, "Attack"),  # "killed after being abducted": before kidnap
    ("kidnap", AttackType.KIDNAPPING, "Abduction/forced disappearance"),
    ("operation", AttackType.SECURITY_OPERATION, "Armed clash"),
    ("armed", AttackType.ARMED_ASSAULT, "Attack"),
)
# A name glued to these is an outlet, a bank or a train, not where anything happened
NOT_PLACE_AFTER = re.compile(r"\s*(?:بانک|بنک|ایکسپریس|اکسپرس|اکسپریس|اکسبریس|ایکسبریس|نیوز|تایمز|ٹایمز|رادیو|ریڈیو)")
NOT_PLACE_BEFORE = re.compile(r"(?:مصرف|بنک)\s*$")
CATEGORY_CUES = (("disaster", "Natural disaster"), ("protest_force", "Protest with intervention"),
                 ("protest", "Peaceful protest"), ("diplomatic", "Diplomatic event"))


@dataclass(frozen=True)
class Reading:
    """What the steps found in one folded text."""

    folded: Folded
    rules: Rules
    sentences: list[tuple[int, int]]

    @property
    def text(self) -> str:
        return self.folded.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.folded.span(start, end)


def sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def extract(text: str, *, language: str, published: dt.date | None = None) -> DocumentExtraction:
    """The events of one report in `language` (fa, ps, ur, ar)."""
    folded = fold(text)
    reading = Reading(folded, rules(language), sentences(folded.text))
    found = _attack(reading)
    if found is None:
        return DocumentExtraction(category=_category(reading), is_attack=False, components={NAME: VERSION},
                                  language=language)
    events = _events(reading, found, published)
    return DocumentExtraction(category=events[0].acled_sub_event_type, is_attack=True, events=events,
                              components={NAME: VERSION}, language=language)


def _attack(r: Reading) -> tuple[AttackType, str, bool, tuple[int, int]] | None:
    """Type, ACLED type, suicide, and the folded span of the words, or None: not an attack."""
    for start, end in r.sentences:
        for cue, kind, acled in TYPES:
            m = r.rules.search(cue, r.text, start, end)
            if m is not None:
                suicide = r.rules.search("suicide", r.text) is not None
                if kind is AttackType.BOMBING and suicide:
                    kind, acled = AttackType.SUICIDE_BOMBING, "Suicide bomb"
                return kind, acled, kind is AttackType.SUICIDE_BOMBING, (m.start(), m.end())
    attack = r.rules.search("attack", r.text)
    claimed = r.rules.search("claimed", r.text) or r.rules.search("self_claim", r.text)
    killed = r.rules.search("killed_after", r.text) or r.rules.search("killed_before", r.text)
    if attack is not None and (claimed is not None or killed is not None):
        return AttackType.ARMED_ASSAULT, "Attack", False, (attack.start(), attack.end())
    return None


def _category(r: Reading) -> str:
    for cue, category in CATEGORY_CUES:
        if r.rules.search(cue, r.text):
            return category
    return "Other"


def _events(r: Reading, found: tuple[AttackType, str, bool, tuple[int, int]],
            published: dt.date | None) -> list[ExtractedEvent]:
    kind, acled, suicide, where = found
    event = ExtractedEvent(attack_type=kind, acled_sub_event_type=acled, suicide=suicide)
    event.spans["attack_type"] = r.span(*where)
    date_spans = _date(r, event, published, where[1])
    event.location = _place(r, where, date_spans)
    if event.location is not None and event.location.span is not None:
        event.spans["location"] = event.location.span
    _figures(r, event, date_spans)
    _perpetrator(r, event)
    events = [event]
    if kind is AttackType.KIDNAPPING and (r.rules.search("armed", r.text) or r.rules.search("attack", r.text)):
        # a hijacking is a seizure and an assault; the toll stays on the first event
        events.append(ExtractedEvent(attack_type=AttackType.ARMED_ASSAULT, acled_sub_event_type="Attack",
                                     date=event.date, date_precision=event.date_precision,
                                     date_resolution=event.date_resolution, location=event.location,
                                     perpetrator=event.perpetrator, certainty=event.certainty, part_of=0))
    return events


def _date(r: Reading, event: ExtractedEvent, published: dt.date | None, attack_end: int) -> list[tuple[int, int]]:
    written = list(dates.absolute_dates(r.text, r.rules))
    spans = [(d.start, d.end) for d in written]
    latest = published + dt.timedelta(days=1) if published else None
    usable = [d for d in written if latest is None or d.date <= latest]
    end = r.sentences[1][1] if len(r.sentences) > 1 else len(r.text)
    found = usable[0] if usable else dates.relative_date(r.text, r.rules, published, max(end, attack_end))
    if found is not None:
        event.date, event.date_precision, event.date_resolution = found.date, found.precision, found.how
        event.spans["date"] = r.span(found.start, found.end)
    elif published is not None:
        event.date, event.date_precision, event.date_resolution = published, DatePrecision.DAY, "published"
    return spans


def _place(r: Reading, where: tuple[int, int], date_spans: list[tuple[int, int]]) -> Location | None:
    # a name inside an actor's name (جيش تحرير بلوشستان) or a date (۱۶ میزان, a month) is no place
    taken = [(a.start, a.end) for a in names.actors(r.text)] + date_spans
    found: list[tuple[names.Named, Location]] = []
    for named in names.places(r.text):
        if any(s <= named.start < e for s, e in taken) or _not_a_place(r.text, named):
            continue
        loc = names.resolve(named, r.span(named.start, named.end))
        if loc is not None:
            found.append((named, _as_province(r, named, loc)))
    candidates = [(named.start, loc) for named, loc in _without_dateline(r, found)]
    if not candidates:
        return None
    focus = _sentence_of(r.sentences, where[0])
    near = [c for c in candidates if focus[0] <= c[0] < focus[1]] or candidates
    return min(near, key=lambda c: (c[1].precision, c[0]))[1]


def _as_province(r: Reading, named: names.Named, loc: Location) -> Location:
    """"د خوست ولایت" / "ولاية خوست": the province, where the name resolves to its capital."""
    word = r.rules.province_word
    before = re.search(rf"(?:{word.pattern})\s*$", r.text[max(0, named.start - 12) : named.start])
    if loc.kind == "province" or (word.match(r.text, _skip_space(r.text, named.end)) is None and before is None):
        return loc
    province = refs.resolve_place(f"{loc.name} province", span=r.span(named.start, named.end))
    return province if province is not None and province.kind == "province" and province.admin1 == loc.admin1 else loc


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _without_dateline(r: Reading, found: list[tuple[names.Named, Location]]) -> list[tuple[names.Named, Location]]:
    """The places less the dateline city ("اسلام آباد (2 دسمبر) - کابل میں ...": filed from
    Islamabad, the attack in Kabul), as the English path sets it aside (placing._aside): the
    city stays only when the rest names nothing finer than a region or the country."""
    head = next((f for f in found if not r.text[: f[0].start].strip()), None)
    if head is None or r.rules.dateline_end.match(r.text, head[0].end) is None:
        return found
    rest = [f for f in found if f is not head]
    return rest if any(loc.precision < COARSE for _, loc in rest) else found


def _not_a_place(text: str, named: names.Named) -> bool:
    before = text[max(0, named.start - 8) : named.start]
    return bool(NOT_PLACE_AFTER.match(text, named.end) or NOT_PLACE_BEFORE.search(before))


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((s, e) for s, e in spans if s <= pos < e), (0, len(spans) and spans[-1][1]))


def _figures(r: Reading, event: ExtractedEvent, skip: list[tuple[int, int]]) -> None:
    figures = counts.numbers(r.text, r.rules, skip)
    counts.assign_roles(r.text, figures, r.rules, r.sentences)
    for role, perpetrator, field in (("killed", False, "killed"), ("injured", False, "injured"),
                                     ("killed", True, "perpetrators_killed")):
        chosen = [f for f in figures if f.role == role and f.perpetrator is perpetrator and not f.subset]
        total = _total(r, chosen)
        if total is not None:
            setattr(event, field, total)
            if total.span is not None:
                event.spans[field] = total.span


def _total(r: Reading, figures: list[counts.Figure]) -> Count | None:
    """The revised figure if any; else the first group of figures joined by "and", summed
    ("۳ ایف سی اہلکار اور ۲ شہری جاں بحق": 5). A headline's figure and the body's repeat of
    it are two groups, never added."""
    if not figures:
        return None
    revised = [f for f in figures if f.revised]
    chosen = [revised[-1]] if revised else counts.first_group(r.text, figures, r.rules)
    best = sum(f.value for f in chosen)
    span = r.span(chosen[0].start, chosen[-1].end)
    if any(f.vague for f in chosen) or any(f.bound == "at_least" for f in chosen):
        return Count(best, best, None, span)
    if any(f.bound == "about" for f in chosen):
        return Count(None, best, None, span)
    return Count(best, best, best, span)


def _perpetrator(r: Reading, event: ExtractedEvent) -> None:
    if event.attack_type is AttackType.SECURITY_OPERATION:
        return  # the state's own operation: no attacker to name
    country = event.location.country if event.location else None
    found = actors.attribute(r.text, r.rules, r.sentences, country)
    event.claims = [ExtractedClaim(kind=s.kind, claimant=s.actor, subject=s.actor, channel=s.channel,
                                   span=r.span(s.start, s.end)) for s in found.said]
    if found.actor is not None:
        event.perpetrator, event.certainty = found.actor, found.certainty
        cue = next((s for s in found.said if s.actor == found.actor), None)
        if cue is not None:
            event.spans["perpetrator"] = r.span(cue.start, cue.end)
