"""Event assembly: attack modes, place, date, counts and perpetrator into events.

One attack told with several modes (a suicide bombing followed by gunfire) becomes a main
event and part-events that point to it (`part_of`); counts sit on the main event only, so
summing events never counts a victim twice. The same attack told twice is one event,
because modes are merged by class before events are made.
"""

from __future__ import annotations

import datetime as dt
import re

from tasdiq.extract.component import AttackMention, Component, CountMention, DateMention, Work
from tasdiq.extract.lexicon import rule
from tasdiq.extract.modes import modes
from tasdiq.extract.placing import best_place
from tasdiq.extract.segment import BLANK_LINE, segments, subset
from tasdiq.extract.types import Count, ExtractedEvent, Location
from tasdiq.model.enums import AttackType, Certainty, ClaimKind, DatePrecision
from tasdiq.reference.vocab import attack_types

# Which perpetrator a text's event takes when it names several: the group's own word first.
CERTAINTY_RANK = {Certainty.CLAIMED: 0, Certainty.CONFESSED: 1, Certainty.ATTRIBUTED: 2, Certainty.SUSPECTED: 3,
                  Certainty.UNKNOWN: 4}
GENERIC_ACLED = "*"
COUNTRY = 6
PART_REACH = 2  # sentences
ACTOR_REACH = 3  # sentences
FORCES = frozenset({"police", "military"})
VIOLENCE = rule("assemble.violence")


def pick_count(counts: list[CountMention], role: str, text: str = "") -> Count | None:
    """A revised toll replaces earlier ones; otherwise the largest figure stated (not claimed),
    where a figure told as more of the same ("four Afghans also died", "in addition to 13
    members of the US forces") is added to the one told just before it."""
    own = sorted((c for c in counts if c.role == role and not c.claimed), key=lambda c: c.span)
    if not own:
        return None
    revised = [c for c in own if c.revised]
    if revised:
        chosen = revised[-1]
        return Count(chosen.low, chosen.best, chosen.high, chosen.span)
    summed: list[Count] = []
    for c in own:
        count = Count(c.low, c.best, c.high, c.span)
        # only deaths: "another was wounded, while two police were also injured" mixes the
        # attackers' wounded (no role of their own) with the victims'
        if summed and text and role == "killed" and _adds_to_previous(text, c):
            count = _plus(summed.pop(), count)
        summed.append(count)
    return max(summed, key=lambda c: (c.best if c.best is not None else c.low or 0))


ALSO_AFTER = rule("assemble.also_after")
MORE_OF = rule("counts.more_of")  # the words that add a figure to the toll before it


def _adds_to_previous(text: str, c: CountMention) -> bool:
    return bool(ALSO_AFTER.match(text[c.span[1] : c.span[1] + 80])
                or MORE_OF.search(text[max(0, c.span[0] - 20) : c.span[0]]))


def _plus(a: Count, b: Count) -> Count:
    """Two parts of one toll: bounds add where both are known; "about 170" plus 13 US troops
    (a floor) is about 183."""
    def value(c: Count) -> int | None:
        return c.best if c.best is not None else c.low

    low = None if a.low is None or b.low is None else a.low + b.low
    best = None if value(a) is None or value(b) is None else (value(a) or 0) + (value(b) or 0)
    high = None if a.high is None or b.high is None else a.high + b.high
    return Count(low, best, high, a.span)


def pick_date(work: Work, sentence: int | None) -> DateMention | None:
    """The attack's date: in its sentence, else in the sentence before that sets the scene
    ("fighters in October 2021 ... reached the mosque. They shot the guards ..."), else in a
    sentence telling an attack or counting its victims; a date that bounds a period ("until August 2021") never, the
    day of a statement only when no other."""
    attack_sentences = {a.sentence for a in work.attacks}
    counted = {work.sentence_of(c.span[0]) for c in work.counts if c.role in ("killed", "injured") and not c.claimed}
    dates = [d for d in work.dates if not d.bound]
    scene = None if sentence is None else sentence - 1
    for pool in (
        [d for d in dates if work.sentence_of(d.span[0]) == sentence],
        [d for d in dates if work.sentence_of(d.span[0]) == scene and not d.reported],
        [d for d in dates if work.sentence_of(d.span[0]) in attack_sentences],
        # "Thirteen US service members were also killed on 26 August"
        [d for d in dates if work.sentence_of(d.span[0]) in counted and not d.reported],
        [d for d in dates if _dates_the_attack(work.text, d)],  # "carried out Monday's assault"
        # "RAWALPINDI, 6 September 2023: Early this morning, ...": the lead dates the story
        [d for d in dates if d.span[0] < _lead_end(work.text) and not d.reported],
    ):
        if pool:
            return min(pool, key=lambda d: (not _dates_the_attack(work.text, d), d.reported, d.span[0]))
    return None


def _lead_end(text: str) -> int:
    """Where a report's lead paragraph ends (at most its first 400 characters)."""
    blank = BLANK_LINE.search(text, 40)
    return min(400, blank.start() if blank else len(text))


ATTACK_AFTER = rule("assemble.attack_after")


def _dates_the_attack(text: str, d: DateMention) -> bool:
    """"the 30 January bombing", "Friday's attack": a date that names the attack itself."""
    return ATTACK_AFTER.match(text, d.span[1]) is not None


def acled_type(mode: AttackMention | None, targets: set[str], category: str) -> str:
    if mode is None:
        return category
    if mode.attack_type is AttackType.ARMED_ASSAULT:
        return _acled_sub_event(AttackType.ARMED_ASSAULT, forces=bool(targets & FORCES))
    if mode.acled == GENERIC_ACLED or mode.acled is None:
        return _acled_sub_event(AttackType.BOMBING, forces=False)  # a blast whose kind is not told
    return mode.acled


def _acled_sub_event(kind: AttackType, *, forces: bool) -> str:
    code = attack_types().acled(kind, forces=forces)
    return code.sub_event_type if code else "Attack"


def _default_type(work: Work) -> AttackType:
    """An attack whose means the text does not name: people killed or attacked by hand or gun.

    ACLED's default for a violent event with no weapon named is "Attack"; GTD's is armed
    assault. A text that names no violence at all stays "other".
    """
    return AttackType.ARMED_ASSAULT if VIOLENCE.search(work.text) else AttackType.OTHER


def _perpetrator(work: Work, sentence: int | None) -> tuple[str | None, Certainty, tuple[int, int] | None]:
    """The best-attested actor: a claim anywhere in the stretch, other attributions only near
    the attack itself (a raid "carried out by the Taliban" paragraphs later is another story)."""
    victims = set(work.victim_actors)
    near = [
        p for p in work.perpetrators
        if p.certainty is Certainty.CLAIMED or sentence is None
        or abs(work.sentence_of(p.span[0]) - sentence) <= ACTOR_REACH
    ]
    ranked = sorted(
        near,
        key=lambda p: (CERTAINTY_RANK[p.certainty], p.key in victims, p.span[0]),
    )
    if not ranked:
        return None, Certainty.UNKNOWN, None
    best = ranked[0]
    return best.key, best.certainty, best.span


def _main_event(work: Work, mode: AttackMention | None) -> ExtractedEvent:
    sentence = mode.sentence if mode else None
    targets = list(dict.fromkeys(t for t, _ in work.targets))
    event = ExtractedEvent(
        attack_type=mode.attack_type if mode else _default_type(work),
        acled_sub_event_type=acled_type(mode, set(targets), work.category),
        suicide=any(a.suicide for a in work.attacks),
        targets=targets,
        claims=list(work.claims),
        victims=list(dict.fromkeys(name for name, _ in work.victims)),
    )
    if work.victims:
        event.spans["victims"] = work.victims[0][1]
    if mode:
        event.spans["attack_type"] = mode.span
    _place(work, event, sentence)
    _date(work, event, sentence)
    _counts(work, event)
    key, certainty, span = _perpetrator(work, sentence)
    event.perpetrator, event.certainty = key, certainty
    if span:
        event.spans["perpetrator"] = span
    return event


def _place(work: Work, event: ExtractedEvent, sentence: int | None) -> None:
    place = best_place(work, sentence)
    if place:
        event.location = place.location
        event.spans["location"] = place.span


def _add(a: Count | None, b: Count) -> Count:
    if a is None:
        return b

    def plus(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y

    return Count(plus(a.low, b.low), plus(a.best, b.best), plus(a.high, b.high), a.span)


def _date(work: Work, event: ExtractedEvent, sentence: int | None) -> None:
    found = pick_date(work, sentence)
    if found and found.date:
        event.date, event.date_precision, event.date_resolution = found.date, found.precision, found.how
        event.spans["date"] = found.span
    elif work.anchor_span and work.anchor and work.published is None:
        event.date, event.date_precision, event.date_resolution = work.anchor, DatePrecision.DAY, "dateline"
        event.spans["date"] = work.anchor_span


def _figures(counts: list[CountMention]) -> list[CountMention]:
    """The counts to use: a one-death floor only where no figure of the dead is given at all."""
    dead = ("killed", "combatants_killed", "perpetrators_killed")
    if any(c.role in dead and not c.floor for c in counts):
        return [c for c in counts if not c.floor]
    return counts


def _counts(work: Work, event: ExtractedEvent) -> None:
    # In a strike from the air or from afar, the militants it killed are its dead; in a ground
    # operation ("a soldier and 13 terrorists were killed during the operation") they are
    # counted apart from the soldiers and civilians, as attackers are.
    strike = event.attack_type in (AttackType.AIRSTRIKE, AttackType.INDIRECT_FIRE)
    roles = {"killed": "killed", "injured": "injured", "kidnapped": "kidnapped",
             "perpetrators_killed": "perpetrators_killed"}
    for role, attr in roles.items():
        found = pick_count(_figures(work.counts), role, work.text)
        if found:
            setattr(event, attr, found)
            event.spans[attr] = found.span or (0, 0)
    if strike and event.perpetrators_killed is not None:
        # in a raid or strike the militants killed are among its dead, not attackers who died
        event.killed = _add(event.killed, event.perpetrators_killed)
        event.spans["killed"] = event.spans.pop("perpetrators_killed")
        event.perpetrators_killed = None
    if strike and event.injured is None:
        # likewise the militants a strike wounded ("killed 5 militants and wounded 3 others")
        wounded = pick_count(work.counts, "perpetrators_injured")
        if wounded:
            event.injured, event.spans["injured"] = wounded, wounded.span or (0, 0)
    combatants = pick_count(work.counts, "combatants_killed")
    if combatants:
        attr = "killed" if strike else "perpetrators_killed"
        if getattr(event, attr) is None:
            setattr(event, attr, combatants)
            event.spans[attr] = combatants.span or (0, 0)


def _salient_first(work: Work, found: list[AttackMention]) -> list[AttackMention]:
    """The main mode is the first told with a toll, else with a place, else the first at all:
    in a long piece, "public executions" in passing is not the attack the stretch reports."""
    counted = {work.sentence_of(c.span[0]) for c in work.counts}
    placed = {work.sentence_of(p.span[0]) for p in work.places if p.location.precision < COUNTRY}
    for sentences in (counted, placed):
        lead = next((m for m in found if m.sentence in sentences or m.sentence + 1 in sentences), None)
        if lead is not None:
            # suicide bombers who also shoot make a suicide bombing with a shooting, not a shooting
            lead = next((m for m in found if m.attack_type is AttackType.SUICIDE_BOMBING
                         and abs(m.sentence - lead.sentence) <= PART_REACH), lead)
            return [lead, *(m for m in found if m is not lead)]
    return found


def _one_attack(work: Work, offset: int) -> list[ExtractedEvent]:
    found = _salient_first(work, modes(work.attacks))
    # parts of one attack are told together; a mode many sentences away is background
    found = [m for m in found if not found or abs(m.sentence - found[0].sentence) <= PART_REACH]
    main = _main_event(work, found[0] if found else None)
    events = [main]
    for mode in found[1:]:
        part = ExtractedEvent(
            attack_type=mode.attack_type,
            acled_sub_event_type=acled_type(mode, set(main.targets), work.category),
            suicide=mode.suicide,
            date=main.date, date_precision=main.date_precision, date_resolution=main.date_resolution,
            location=main.location, perpetrator=main.perpetrator, certainty=main.certainty,
            targets=list(main.targets), part_of=offset,
            spans={"attack_type": mode.span},
        )
        events.append(part)
    return events


def assemble(work: Work) -> list[ExtractedEvent]:
    """One event (with its parts) per stretch of text that tells one attack."""
    stretches = segments(work)
    if len(stretches) == 1:
        return _one_attack(work, 0)
    groups: list[list[ExtractedEvent]] = []
    classes = {a.attack_type: a.attack_class for a in work.attacks}
    for span in stretches:
        part = subset(work, span)
        if not part.attacks:
            if groups:
                # figures or a claim told apart from the attack words: they belong to the attack before
                _merge(groups[-1][0], _one_attack(part, 0)[0])
            continue
        made = _one_attack(part, 0)
        if made[0].location is None:
            made[0].location = _country_only(work)
        if made[0].date is None and groups and groups[-1][0].date:
            if SAME_DAY_AFTER.match(work.text, span[0]):
                _same_day_as(made, groups[-1][0])
            elif (earlier := EARLIER_ATTACK.search(work.text, span[0], span[1])) is not None:
                _earlier_than(made, groups[-1][0], earlier)
        same = next((g for g in groups if _same_attack(g[0], made[0], classes)), None)
        if same is not None:
            _merge(same[0], made[0])  # the attack told again further down
        else:
            groups.append(made)
    if not groups:
        return _one_attack(work, 0)
    events: list[ExtractedEvent] = []
    for group in groups:
        for event in group[1:]:
            event.part_of = len(events)
        events.extend(group)
    return events


def attach_cover_claims(work: Work, events: list[ExtractedEvent]) -> None:
    """An attribution of what Y claims to X goes on every attack of the text Y claimed."""
    for cover, claim in work.cover_claims:
        for event in events:
            claimed = any(c.kind is ClaimKind.RESPONSIBILITY and c.claimant == cover for c in event.claims)
            if event.part_of is None and claimed and claim not in event.claims:
                event.claims.append(claim)


# "Hours later, two suicide bombers attacked ...": the next attack told is on the same day
SAME_DAY_AFTER = rule("assemble.same_day_after")


# "The attack comes a week after a suicide bombing at a Shia mosque in Kunduz": that other
# attack, dated back from the one just told
EARLIER_ATTACK = rule("assemble.earlier_attack")
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _earlier_than(events: list[ExtractedEvent], later: ExtractedEvent, hit: re.Match[str]) -> None:
    n = int(hit["n"]) if hit["n"].isdigit() else SMALL_NUMBERS[hit["n"].lower()]
    weeks = hit["unit"].lower().startswith("week")
    day = dt.date.fromisoformat(str(later.date)) - dt.timedelta(days=n * (7 if weeks else 1))
    for event in events:
        event.date, event.date_precision = day, DatePrecision.WEEK if weeks else DatePrecision.DAY
        event.date_resolution = f"{hit['n']} {hit['unit']} before the attack told before"


def _same_day_as(events: list[ExtractedEvent], before: ExtractedEvent) -> None:
    for event in events:
        event.date, event.date_precision = before.date, before.date_precision
        event.date_resolution = "same day as the attack told before"


def _same_attack(a: ExtractedEvent, b: ExtractedEvent, classes: dict[AttackType, str]) -> bool:
    """Told twice: same kind of attack, same place, and no two different days. `classes`: the
    class of each attack type the text tells (an event without attack words is "other")."""
    class_a, class_b = classes.get(a.attack_type, str(a.attack_type)), classes.get(b.attack_type, str(b.attack_type))
    if class_a != class_b or a.location is None or b.location is None:
        return False
    if a.location.precision >= COUNTRY or a.location.name != b.location.name:
        return False
    if a.date and b.date and a.date_precision is b.date_precision and a.date != b.date:
        return False
    # a shared place is not enough in a city with many attacks: a shared figure or day must agree,
    # unless the later telling adds nothing of its own ("... not involved in the Mastung bombing")
    same_toll = a.killed is not None and b.killed is not None and a.killed.best == b.killed.best
    same_day = a.date is not None and a.date == b.date and a.date_precision is DatePrecision.DAY
    bare = (b.killed is None and b.injured is None and b.date is None) or (
        a.killed is None and a.injured is None and a.date is None)
    return same_toll or same_day or bare


def _merge(into: ExtractedEvent, other: ExtractedEvent) -> None:
    """Fill what the first telling lacks from the second; claims from both stand side by side."""
    for attr in ("killed", "injured", "perpetrators_killed", "kidnapped", "date", "perpetrator"):
        if getattr(into, attr) is None and getattr(other, attr) is not None:
            setattr(into, attr, getattr(other, attr))
            if attr == "date":
                into.date_precision, into.date_resolution = other.date_precision, other.date_resolution
            if attr == "perpetrator":
                into.certainty = other.certainty
            if attr in other.spans:
                into.spans[attr] = other.spans[attr]
    into.claims.extend(c for c in other.claims if c not in into.claims)
    into.targets.extend(t for t in other.targets if t not in into.targets)
    into.victims.extend(v for v in other.victims if v not in into.victims)


def _country_only(work: Work) -> Location | None:
    """Where a stretch names no place: the country the text is about, at country precision."""
    countries = [p.location for p in work.places if p.location.precision >= COUNTRY]
    return countries[0] if countries else None


class EventAssembler(Component):
    """Events from the mentions found by the earlier components."""

    name = "tasdiq.assemble"
    version = "v3"
    # every field: each stretch is assembled from a view that copies the whole work (segment.subset)
    reads = ("text", "title", "published", "anchor", "anchor_span", "doc", "sentences", "attacks", "targets",
             "dates", "places", "counts", "actors", "perpetrators", "claims", "victim_actors", "category", "victims",
             "cover_claims", "roles")
    writes = ("events",)

    def process(self, work: Work) -> None:
        work.events = assemble(work)
        attach_cover_claims(work, work.events)
