"""State security operations as events: the force is the actor, the group it targets the target.

A press release of ISAF, ISPR, the Afghan ministries or CENTCOM, or a report that leads with
one ("security forces arrested a Taliban facilitator in Nangarhar today"), tells one event:
the operation. Its background (what the facilitator supplied, "rockets, roadside bombs and
suicide vests", the attacks he planned) is not more attacks, and the militants the force
killed are the operation's dead, not attackers killed in their own attack. The attack words
of the background would otherwise make a bombing whose perpetrator is the group the force
went after: the error a monitor must never make.

Runs after assembly and rewrites its events only when the text leads with an operation
(`forces.lead_operation`); a report of militants' attack that the forces answered is left
as the attack it is.
"""

from __future__ import annotations

import dataclasses

from tasdiq.extract.component import Component, CountMention, DateMention, PlaceMention, Work
from tasdiq.extract.forces import (
    Operation,
    air_means,
    force_actor,
    lead_operation,
    release_body_start,
    separate_event,
)
from tasdiq.extract.lexicon import rule
from tasdiq.extract.placing import is_dateline_city
from tasdiq.extract.types import Count, ExtractedEvent
from tasdiq.model.enums import AttackType, Certainty, DatePrecision
from tasdiq.reference.actors import registry

# How far past the operation's own sentence its figures are told ("The security force returned
# fire, killing one armed insurgent"); further on, a release recalls the target's past.
STRETCH_CHARS = 900
# Categories the relevance filter may give an operation's report that are already right.
OPERATION_CATEGORIES = frozenset({"Arrests", "Disrupted weapons use", "Government regains territory"})
AIR = "Air/drone strike"
# UCDP precision of a province ("Wardak province"): coarser than a district or town.
PROVINCE = 4
# How far after a place its province may be named ("Nad Ali district, Helmand province").
NEXT_TO = 40
KILLED_ONE = rule("operations.killed_one")
LIST_JOIN = rule("operations.list_join")
OTHER_EVENT_AFTER = rule("operations.other_event_after")
# Everyone an operation killed: victims, the militants it targeted, attackers who fought back.
DEAD = ("killed", "combatants_killed", "perpetrators_killed")


def _in(span: tuple[int, int], lo: int, hi: int) -> bool:
    return lo <= span[0] < hi


def _stretch(work: Work, op: Operation) -> tuple[int, int, int]:
    """(start of the operation's sentence, end of that sentence, end of its stretch)."""
    index = work.sentence_of(op.act[0])
    start, end = work.sentences[index] if work.sentences else (0, len(work.text))
    return start, end, min(len(work.text), end + STRETCH_CHARS)


def _date(work: Work, event: ExtractedEvent, lo: int, sentence_end: int, hi: int) -> None:
    """The operation's sentence dates it, else the sentences that go on telling it."""
    usable = [d for d in work.dates if not d.bound and not d.reported and d.date
              and OTHER_EVENT_AFTER.match(work.text, d.span[1]) is None]
    own = [d for d in usable if _in(d.span, lo, sentence_end)] or [d for d in usable if _in(d.span, lo, hi)]
    if own:
        _set_date(event, min(own, key=_specificity))
    elif event.date is None and work.anchor is not None:
        # A release tells its operation on its own day unless it says "yesterday"
        event.date, event.date_precision, event.date_resolution = work.anchor, DatePrecision.DAY, "anchor"
        if work.anchor_span:
            event.spans["date"] = work.anchor_span


def _specificity(d: DateMention) -> tuple[bool, bool, int]:
    """Which of the dates told with an operation is its day: a day before a month ("linked to a
    murder in March ... detained yesterday"), and a day named (a weekday, "Feb. 9") before a
    relative word ("during an overnight operation ... Monday": Monday, not the night before the
    release); then the first."""
    return d.precision is not DatePrecision.DAY, d.how.startswith("relative:"), d.span[0]


def _set_date(event: ExtractedEvent, d: DateMention) -> None:
    assert d.date is not None
    event.date, event.date_precision, event.date_resolution = d.date, d.precision, d.how
    event.spans["date"] = d.span


def _place(work: Work, event: ExtractedEvent, lo: int, sentence_end: int, hi: int) -> None:
    # The city of a dateline ("KABUL, Afghanistan (Feb. 3, 2011) - Coalition forces ...") shares
    # the operation's first sentence but is where the release was issued.
    if work.anchor_span is not None and lo <= work.anchor_span[1]:
        lo = work.anchor_span[1]
    lo = max(lo, release_body_start(work.text))
    own = _places(work, lo, sentence_end)
    if not any(p.location.admin1 for p in own):
        # "killed two insurgents during a clearing operation in southern Afghanistan": the
        # sentences that go on telling it say where ("Combined forces ... in Helmand province")
        own = _places(work, lo, hi) or own
    inside = _lead_province(work.text, own)
    if inside:
        best = min(inside, key=lambda p: (p.location.precision, p.span[0]))
        if best.location.admin1 or event.location is None or not event.location.admin1:
            # a country alone never replaces the province the assembled event already has
            # ("... in Hassan Khel, North Waziristan District. Own troops engaged them")
            event.location = best.location
            event.spans["location"] = best.span


def _lead_province(text: str, own: list[PlaceMention]) -> list[PlaceMention]:
    """The places in the province the text names first. A province named right after a place ("in
    Maidan Shahr district, Wardak province") is that place's and settles which of a name's
    namesakes is meant; a list ("in Khost and Paktiya provinces", "in Kabul, Nangarhar and Kunduz")
    leads with its first; a place with no province near it ("who had rebelled in Balkhab, ...
    in the Kohsan area of Herat province") gives way to the next that has one."""
    if not own:
        return []
    ordered = sorted(own, key=lambda p: p.span[0])
    admin1 = ordered[0].location.admin1
    for p in ordered:
        if p.location.precision == PROVINCE:
            admin1 = p.location.admin1
            break
        after = [q for q in ordered if q.location.precision == PROVINCE and 0 <= q.span[0] - p.span[1] <= NEXT_TO]
        if after:
            listed = LIST_JOIN.fullmatch(text, p.span[1], after[0].span[0]) is not None
            admin1 = p.location.admin1 if listed else after[0].location.admin1
            break
    return [p for p in own if p.location.admin1 == admin1] or own


def _places(work: Work, lo: int, hi: int) -> list[PlaceMention]:
    own = [p for p in work.places if _in(p.span, lo, hi) and p.location.country and not is_dateline_city(work, p)]
    # "in Maidan Shahr district, Wardak province": the province the sentence names settles
    # which of a name's namesakes is meant; then the most precise place in it.
    return [p for p in own if p.location.admin1] or own  # "an Afghan force" is no place


def _killed_one(text: str, lo: int, hi: int) -> CountMention | None:
    """"killed a Taliban leader": one militant the force killed, told with an article (two with "and
    one additional insurgent"), as a figure of militants killed."""
    m = KILLED_ONE.search(text, lo, hi)
    if m is None:
        return None
    n = 2 if m["other"] else 1
    return CountMention(role="perpetrators_killed", low=n, best=n, high=n, span=m.span())


def _toll(counts: list[CountMention], lo: int, hi: int, text: str = "") -> Count | None:
    """Everyone the operation killed: the militants it targeted and anyone else."""
    dead = [c for c in counts if c.role in DEAD and not c.claimed and _in(c.span, lo, hi) and c.best is not None]
    if not any(c.role != "killed" for c in dead):
        one = _killed_one(text, lo, hi)
        dead += [one] if one is not None else []
    if not dead:
        return None
    # Each role's largest figure ("six terrorists were killed. Two soldiers embraced shahadat":
    # 6 + 2); the same dead told in two roles ("killing two insurgents ... two insurgents were
    # killed") are one figure, not two.
    largest: dict[str, CountMention] = {}
    for c in dead:
        if c.role not in largest or (c.best or 0) > (largest[c.role].best or 0):
            largest[c.role] = c
    figures = sorted({c.best or 0 for c in largest.values()})
    first = min(largest.values(), key=lambda c: c.span[0])
    total = sum(figures)
    return Count(low=total, best=total, high=total, span=first.span)


def _target_group(work: Work, op: Operation, force: str | None, lo: int, hi: int) -> str | None:
    """The group the operation went after: the first group named after the act in its sentence, or
    anywhere in it when others tell the strike ("Mehsud, the leader of the TTP, was killed in a
    U.S. drone strike")."""
    start = op.act[0] if op.own_account else lo
    for m in work.actors:
        if (start <= m.span[0] < hi and m.key != force and not m.key.startswith("NAME:")
                and not registry().is_state_force(m.key)):  # "..., Resolute Support said" speaks
            return m.key
    return None


def _first_span(event: ExtractedEvent) -> int:
    return min((span[0] for span in event.spans.values()), default=0)


def _separate(work: Work, op: Operation) -> list[ExtractedEvent]:
    """Events the report tells apart from its operation ("In a separate engagement in South
    Waziristan, khwarij ambushed a convoy"): kept, each with its own figures."""
    _, sentence_end, _ = _stretch(work, op)
    kept = []
    for event in work.events:
        start = _first_span(event)
        if start <= sentence_end or event.attack_type is AttackType.SECURITY_OPERATION:
            continue
        sentence = work.sentences[work.sentence_of(start)] if work.sentences else (start, start)
        if separate_event(work.text, sentence[0], sentence[1]):
            kept.append(event)
    return kept


def operation_event(work: Work, op: Operation, until: int | None = None) -> ExtractedEvent:
    lo, sentence_end, hi = _stretch(work, op)
    if until is not None:
        hi = min(hi, until)
    event = dataclasses.replace(work.events[0]) if work.events else ExtractedEvent()
    event.spans = dict(event.spans)
    _date(work, event, lo, sentence_end, hi)
    _place(work, event, lo, sentence_end, hi)
    air = air_means(work.text, lo, hi)
    event.attack_type = AttackType.AIRSTRIKE if air else AttackType.SECURITY_OPERATION
    event.suicide = False
    event.killed = _toll(work.counts, lo, hi, work.text)
    event.perpetrators_killed = None
    if event.injured is None:
        # "18 insurgents killed, one wounded": the militants it wounded are its wounded, as its
        # dead are its dead
        wounded = [c for c in work.counts if c.role == "perpetrators_injured" and not c.claimed
                   and _in(c.span, lo, hi) and c.best is not None]
        if wounded:
            w = max(wounded, key=lambda c: c.best or 0)
            event.injured = Count(low=w.low, best=w.best, high=w.high, span=w.span)
            event.spans["injured"] = w.span
    event.kidnapped = None  # the people a force detains are detainees, not hostages
    country = event.location.country if event.location else None
    event.perpetrator = force_actor(op, work.actors, work.text, country, event.date or work.anchor)
    own = Certainty.CLAIMED if op.own_account else Certainty.ATTRIBUTED
    event.certainty = own if event.perpetrator else Certainty.UNKNOWN
    event.target_group = _target_group(work, op, event.perpetrator, lo, sentence_end)
    event.targets = []
    event.victims = []
    event.acled_sub_event_type = AIR if air else ("Armed clash" if event.killed else "Arrests")
    event.spans["attack_type"] = air or op.act
    event.spans["perpetrator"] = op.force
    if event.killed is not None and event.killed.span is not None:
        event.spans["killed"] = event.killed.span
    event.spans.pop("perpetrators_killed", None)
    return event


class OperationReader(Component):
    """Rewrites the events of a text that leads with a state operation into that one operation."""

    name = "tasdiq.operations"
    version = "v2"
    reads = ("text", "sentences", "anchor", "anchor_span", "dates", "places", "counts", "actors", "events",
             "category")
    writes = ("events", "category")

    def process(self, work: Work) -> None:
        op = lead_operation(work.text)
        if op is None:
            return
        others = _separate(work, op)
        event = operation_event(work, op, until=min((_first_span(e) for e in others), default=None))
        work.events = [event, *others]
        if work.category not in OPERATION_CATEGORIES or event.attack_type is AttackType.AIRSTRIKE:
            work.category = event.acled_sub_event_type
