"""State forces and their operations: whether a text leads with an operation of a state's
force (a raid, an arrest, a kill-or-capture, an air strike) rather than an attack by militants,
and which actor the force is. Shared by the relevance filter and the operation reader.

The cues are declared rules (`rules/operations.toml`); which actor a force is comes from the
actor registry: the state force the text names ("coalition forces", "ISPR"), or the
authorities of the country on the day (`ActorRegistry.authority`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tasdiq.extract.component import ActorMention
from tasdiq.extract.lexicon import rule
from tasdiq.reference.actors import registry

Span = tuple[int, int]
# An operation must be told in the report's opening: further down, forces "arresting
# suspects" after an attack are the aftermath, not the news.
LEAD_CHARS = 700
# How far a clause runs past a force for its act.
ACT_CHARS = 120
CLAUSE = rule("operations.clause_end")
FORCE, ACT, PASSIVE = rule("operations.force"), rule("operations.act"), rule("operations.passive")
PASSIVE_AUX, ACTED_ON, COUNTED = rule("operations.passive_aux"), rule("operations.acted_on"), rule("operations.counted")
SPEAKING, SAID_IT = rule("operations.speaking"), rule("operations.said_it")
SAYS_PASSIVE = rule("operations.says_passive")
AIR, ATTACKERS, ATTACK_WORDS = rule("operations.air"), rule("operations.attackers"), rule("operations.attack_words")
SEPARATE = rule("operations.separate")
# A strike named by the state that flew it, and that state's actor key ("a U.S. air strike" -> US).
STRIKE = rule("operations.strike")
STRIKE_FORCES = [
    ("US", rule("operations.strike_force_us")), ("NATO", rule("operations.strike_force_nato")),
    ("AFG_GOV", rule("operations.strike_force_afg_gov")), ("PAK_GOV", rule("operations.strike_force_pak_gov")),
]
RELEASE_HEAD = rule("operations.release_head")
BODY_SENTENCE = rule("operations.body_sentence")
# How far into a text a release's header may run.
HEAD_CHARS = 600
PASSIVE_OPERATION, AGAINST_GROUP = rule("operations.passive_operation"), rule("operations.against_armed_group")


@dataclass(frozen=True)
class Operation:
    """The clause that tells a state force's operation: its force phrase and its act."""

    force: Span
    act: Span
    # "U.S. forces conducted a strike" is the force's own account; "a U.S. drone strike killed"
    # names the state that struck, as others tell it.
    own_account: bool = True

    @property
    def start(self) -> int:
        return min(self.force[0], self.act[0])


def _clause_end(text: str, pos: int) -> int:
    m = CLAUSE.search(text, pos)
    return m.start() + 1 if m else len(text)


def _agent(text: str, force: Span, act: Span) -> bool:
    """The force does the act: not "police officers were killed", "ten security personnel
    killed", "the army says ... those killed", nor "killed by a bomb"; but "the CTD said on
    Thursday it had arrested ..." tells its own act, unless its clause tells the attack it
    answered."""
    if COUNTED.search(text, max(0, force[0] - 40), force[0]) or ACTED_ON.match(text, act[1]):
        return False
    if SAID_IT.search(text, force[1], act[0]):
        # "... said they had killed all four attackers who stormed a police station": the answer
        # to an attack the same clause tells, not an operation of the force's own
        return ATTACKERS.search(text, act[1], _clause_end(text, act[1])) is None
    return not (PASSIVE_AUX.search(text, force[1], act[0]) or SPEAKING.search(text, force[1], act[0]))


def _speaking_force(text: str, passive_start: int) -> Span | None:
    """The force that says the passive operation that follows ("The Counter Terrorism Department
    said four terrorists were killed in an intelligence-based operation")."""
    lo = max(0, passive_start - ACT_CHARS)
    forces = [f for f in FORCE.finditer(text, lo, passive_start) if not CLAUSE.search(text, f.end(), passive_start)]
    if forces and SAYS_PASSIVE.search(text[forces[-1].end() : passive_start]):
        return forces[-1].span()
    return None


def operations(text: str, limit: int | None = None) -> list[Operation]:
    """Each clause in which a state force acts ("the security force arrested ...") or in which
    an operation is told in the passive, in order."""
    end = len(text) if limit is None else min(limit, len(text))
    found: list[Operation] = []
    for force in FORCE.finditer(text, 0, end):
        act = ACT.search(text, force.end(), min(_clause_end(text, force.end()), force.end() + ACT_CHARS))
        if act is not None and _agent(text, force.span(), act.span()):
            found.append(Operation(force.span(), act.span()))
    for m in STRIKE.finditer(text, 0, end):
        found.append(Operation(m.span("force"), m.span("act"), own_account=False))
    for m in PASSIVE.finditer(text, 0, end):
        agent = FORCE.search(text, m.start(), _clause_end(text, m.end())) or PASSIVE_OPERATION.search(
            text, m.start(), m.end())
        speaker = _speaking_force(text, m.start()) if agent is None else agent.span()
        if speaker is not None:
            found.append(Operation(speaker, m.span()))
    return sorted(found, key=lambda o: o.start)


def lead_operation(text: str) -> Operation | None:
    """The operation a report leads with, if it leads with one and not with militants' attack."""
    ops = operations(text, LEAD_CHARS)
    # a release's title ("Joint Patrol Detains IED Maker") announces the operation its body tells
    body = release_body_start(text)
    ops = [o for o in ops if o.start >= body] or ops
    if not ops:
        return None
    first = ops[0]
    told_first = ATTACKERS.search(text, 0, first.start) or ATTACK_WORDS.search(text, 0, first.start)
    return None if told_first is not None else first


def against_armed_group(text: str, op: Operation) -> bool:
    """The operation's clause names the armed group's people it went after ("detained several
    suspected insurgents"), not smugglers or protesters."""
    start = min(op.force[0], op.act[0])
    return AGAINST_GROUP.search(text, start, _clause_end(text, max(op.force[1], op.act[1]))) is not None


def release_body_start(text: str) -> int:
    """Where a press release's body starts: after its last header line ("For Immediate Release",
    the release number); 0 for a text without one."""
    end = 0
    for m in RELEASE_HEAD.finditer(text, 0, HEAD_CHARS):
        if BODY_SENTENCE.search(text, end, m.start()):
            # the number of a second release told below the first one's body ("... during the
            # operation.\n2012-05-S-029\nKABUL, ...") heads that release, not this text
            break
        end = m.end()
    return end


def air_means(text: str, start: int, end: int) -> Span | None:
    m = AIR.search(text, start, end)
    return m.span() if m else None


def separate_event(text: str, start: int, end: int) -> bool:
    """The words of a report that tell a further event ("In a separate engagement ...")."""
    return SEPARATE.search(text, start, end) is not None


def force_actor(op: Operation, actors: Sequence[ActorMention], text: str, country: str | None,
                day: dt.date | None) -> str | None:
    """The actor a force is: a state force the text names in the force's clause ("coalition
    forces", "security forces of the Islamic Emirate"), else the authorities of the country on
    the day. None where the text never names that actor: a bare "security forces" names no one."""
    named = _striking_force(text, op)
    if named is not None:
        return named
    # The force's own words, up to its act: "An Afghan and coalition security force detained a
    # Taliban leader" names the Taliban as the one detained, never as the force.
    end = op.act[0] if op.act[0] > op.force[0] else _clause_end(text, op.force[1])
    authority = registry().authority(country, day) if country and day else None
    for m in actors:
        if op.force[0] <= m.span[0] < end and _is_state(m.key, authority):
            return m.key
    return authority if authority in {m.key for m in actors} else None


def _is_state(key: str, authority: str | None) -> bool:
    """A state's force, or the group that governs the country on the day (the Taliban's forces
    after August 2021, not in a 2011 release about a Taliban leader)."""
    reg = registry()
    return key in reg.actors and (reg.is_state_force(key) or key == authority)


def _striking_force(text: str, op: Operation) -> str | None:
    """The state a force phrase opens with ("a U.S. drone strike", "NATO forces", "an Afghan and
    coalition security force"): its actor key."""
    for key, rx in STRIKE_FORCES:
        if rx.match(text, *op.force):
            return key
    return None
