"""Perpetrators and claims: who did it, who says so, who denies it, who confessed.

Each actor mention is read in its sentence against the cue list `data/claim_cues.tsv`:
the words right before or after the name decide whether the actor claims, is blamed,
is suspected, denies, is said to have acted, or was the target. Two rules guard against
the worst error a monitor can make (naming the victim as the attacker):
- an actor standing as the object of an attack ("an attack on a police convoy",
  "Frontier Corps soldiers were killed") is a victim and never a perpetrator;
- a state force is named as perpetrator only when the text blames it or it carries out
  a strike or an operation itself.
No actor is ever named that the text does not name: candidates come only from names in it.

Who makes an attribution is the actor or person who says it: a group named before the
cue, else a person the paragraph has speaking ("Saleh also said ... 'The Taliban is behind
today's bombing'"), else a kind of source (officials, analysts). A text arguing that one
group hides behind another's claims ("the Haqqanis are ... hiding behind the ISIS-K
fiction") attributes to the first every attack the second claimed in it; said in the
writer's own voice, the claimant is the columnist, and the claim is marked unverifiable.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tasdiq.extract import refs
from tasdiq.extract.component import ActorMention, Component, PerpetratorMention, RoleMention, Work
from tasdiq.extract.lexicon import compiled, governing, labelled_patterns, local_branches, rows, rule
from tasdiq.extract.segment import generic_statement, paragraph_start
from tasdiq.extract.types import ExtractedClaim, Span
from tasdiq.model.enums import AttackType, Certainty, ClaimKind

ANCHORED = ("agent", "victim", "confession")  # cues that must touch the name
RELEASER = rule("actors.releaser")
NEAR = 90  # characters between a name and its cue
ROLE_ORDER = ("responsibility", "denial", "spokesman", "confession", "attribution", "suspected", "victim", "agent")
CLAIM_ROLES = ("responsibility", "denial", "confession", "attribution", "suspected")
PERPETRATOR_ROLES = ("responsibility", "spokesman", "attribution", "suspected", "agent", "confession")
STATE_STRIKES = frozenset({AttackType.AIRSTRIKE, AttackType.SECURITY_OPERATION})
FREE_NAME = rule("actors.free_name")


@dataclass(frozen=True)
class Role:
    role: str
    certainty: Certainty
    cue: Span


@cache
def _cues() -> list[tuple[str, str, Certainty, re.Pattern[str]]]:
    return [(r[0], r[1], Certainty(r[2]), compiled(r[3])) for r in rows("claim_cues.tsv")]


COORDINATION = rule("actors.coordination")
PARENT_OF_NEXT = rule("actors.parent_of_next")
APPOSITION = rule("actors.apposition")

# "A, not (some independent) B, ...": B is set against A, and what follows is said of A.
NEGATED = rule("actors.negated")
NEGATED_NAME = rule("actors.negated_name")
BARE_END = rule("actors.bare_end")
LEADING_THE = rule("actors.leading_the")
# The words before a name that make it the object of what came before ("blamed", "on").
GOVERNING = ("attribution", "victim")


def _right_context(
    text: str, m: ActorMention, sent: Span, others: list[ActorMention], *, governed: bool = False
) -> tuple[int, int]:
    """Where the words that say what `m` did start and end: past a co-ordinated or apposed
    name, so that in "A and B claimed" and "A, a faction of B, claimed" A claims too, and past
    a name set against it ("it is A, not B, who ..."). A name that is the object of a verb
    (`governed`: "Washington blamed A, and B denied it") shares nothing with the next clause."""
    start = m.span[1]
    following = sorted((o for o in others if o.span[0] >= m.span[1]), key=lambda o: o.span[0])
    while following:
        gap_end = following[0].span[0]
        gap = text[start:gap_end]
        if COORDINATION.match(gap) and not governed:
            start = following[0].span[1]
        elif NEGATED.match(gap) or APPOSITION.match(gap):
            comma = text.find(",", following[0].span[1], sent[1])
            if comma < 0:
                break
            start = comma + 1
        else:
            break
        following = [o for o in following[1:] if o.span[0] >= start]
    end = min([sent[1], *(o.span[0] for o in following)])
    return start, max(start, min(end, start + NEAR))


def _set_aside(text: str, m: ActorMention, sent: Span, others: list[ActorMention]) -> bool:
    """A name whose words are said of another: "the TTP splinter group Jamaat-ul-Ahrar" (the
    splinter group acted), "not some independent ISIS-K cell" (what follows is not said of it)."""
    nxt = min((o for o in others if o.span[0] >= m.span[1]), key=lambda o: o.span[0], default=None)
    if nxt is not None and PARENT_OF_NEXT.match(text[m.span[1] : nxt.span[0]]):
        return True
    left_bound = max([sent[0], *(o.span[1] for o in others if o.span[1] <= m.span[0])])
    return bool(NEGATED_NAME.search(text[max(left_bound, m.span[0] - NEAR) : m.span[0]]))


def _roles_of(text: str, m: ActorMention, sent: Span, others: list[ActorMention]) -> list[Role]:
    """Every role the cue words around one actor mention give it, strongest first."""
    if _set_aside(text, m, sent, others):
        return []
    left_bound = max([sent[0], *(o.span[1] for o in others if o.span[1] <= m.span[0])])
    before = text[max(left_bound, m.span[0] - NEAR) : m.span[0]]
    found: list[tuple[int, Role]] = []
    governed = False
    for kind, where, certainty, rx in _cues():
        if where == "after":
            hits = list(rx.finditer(before))
            if hits and (kind not in ANCHORED or hits[-1].end() == len(before)):
                h = hits[-1]
                off = m.span[0] - len(before)
                found.append((ROLE_ORDER.index(kind), Role(kind, certainty, (off + h.start(), off + h.end()))))
                governed |= kind in GOVERNING and h.end() >= len(BARE_END.sub("", before))
    a_start, a_end = _right_context(text, m, sent, others, governed=governed)
    after = text[a_start:a_end]
    for kind, where, certainty, rx in _cues():
        if where == "before":
            hit = rx.search(after)
            if hit and (kind not in ANCHORED or hit.start() == 0):
                cue = (a_start + hit.start(), a_start + hit.end())
                found.append((ROLE_ORDER.index(kind), Role(kind, certainty, cue)))
    roles = [r for _, r in sorted(found, key=lambda f: f[0])]
    if _as_government(text, m):
        # "a Taliban government spokesman said all three attackers were killed": the state
        # speaking about an attack on its watch, not the group claiming it
        roles = [r for r in roles if r.role != "spokesman"]
    if RELEASER.match(text[m.span[1] : m.span[1] + 20]):
        # "confessions aired by Taliban-controlled media": the releaser, not the confessor
        roles = [r for r in roles if r.role != "confession"]
    return roles


def _clause_role(work: Work, m: ActorMention) -> RoleMention | None:
    return next((r for r in work.roles if r.span == m.span), None)


def _with_clause_role(roles: list[Role], clause: RoleMention | None, *, state: bool = False) -> list[Role]:
    """The cue-word roles, corrected by the clause (`roles.py`): a victim, speaker or
    investigator did not do it however close an attack verb stands ("a Taliban official was
    killed"; "Pakistani officials described the attack"), and the subject of an attack verb
    did, however far the verb ("Islamic State militants, including ..., launched an attack").
    A group (never a `state`) saying its own people did it claims it ("the BLA said its Majeed
    Brigade carried out the attack"), as does the subject of "claimed both attacks"."""
    if clause is None or clause.cue is None:
        return roles
    if clause.role in ("victim", "speaker", "investigator") and not (clause.own_deed and not state):
        # a group's own spokesman describing the attack claims it, unless what he reports is
        # done by another party he names by its epithet ("said the khawarij attacked")
        own_voice = clause.role == "speaker" and not clause.of_others
        overruled = ("agent",) if own_voice else ("agent", "spokesman")
        if clause.role == "victim":
            # "gunmen killed two suspected TTP militants": the cue word "suspected" stands near
            # the name, but the clause has them attacked
            overruled = (*overruled, "suspected")
        kept = [r for r in roles if r.role not in overruled]
        if clause.role == "victim" and not any(r.role == "victim" for r in kept):
            kept.append(Role("victim", Certainty.UNKNOWN, clause.cue))
        return sorted(kept, key=lambda r: ROLE_ORDER.index(r.role))
    claims = clause.role == "claimant" or (clause.role == "speaker" and clause.own_deed and not state)
    if claims and not any(r.role in ("responsibility", "denial") for r in roles):
        # "The Islamic State group claimed both attacks": the parse finds the claim the cue
        # words missed for the noun between name and verb
        kept = [r for r in roles if r.role not in ("agent", "spokesman")]
        return sorted([*kept, Role("responsibility", Certainty.CLAIMED, clause.cue)],
                      key=lambda r: ROLE_ORDER.index(r.role))
    if clause.role == "perpetrator" and not any(r.role in PERPETRATOR_ROLES for r in roles):
        kept = [r for r in roles if r.role != "victim"]
        return sorted([*kept, Role("agent", Certainty.ATTRIBUTED, clause.cue)], key=lambda r: ROLE_ORDER.index(r.role))
    return roles


def _as_government(text: str, m: ActorMention) -> bool:
    name = text[m.span[0] : m.span[1]]
    return bool(AFGHAN_STATE.search(name) or AFGHAN_STATE.match(text, m.span[1]))


def _role_of(text: str, m: ActorMention, sent: Span, others: list[ActorMention]) -> Role | None:
    roles = _roles_of(text, m, sent, others)
    return roles[0] if roles else None


def _channel(text: str, sent: Span) -> str | None:
    words = text[sent[0] : sent[1]]
    for label, rx in labelled_patterns("claim_channels.tsv"):
        if rx.search(words):
            return label
    return None


def _claimant(work: Work, sent: Span, before: int, subject: str) -> str | None:
    """Who makes an attribution: a named actor before the cue and the name it is about
    (in "it is A, not B, who stand behind it" B says nothing), else a person the
    paragraph has speaking, else a kind of source."""
    text = work.text
    for a in work.actors:
        if sent[0] <= a.span[0] < before and a.key != subject:
            return a.key
    speaker = _speaker(work, sent)
    if speaker is not None:
        return speaker
    words = text[sent[0] : sent[1]]
    for label, rx in labelled_patterns("claimants.tsv"):
        if rx.search(words):
            return label
    return None


SAYS = rule("actors.says")


def _speaker(work: Work, sent: Span) -> str | None:
    """The person the paragraph has speaking up to this sentence ("Saleh also said ..."), by
    the fullest form of the name the text gives ("Amrullah Saleh")."""
    if work.doc is None:
        return None
    start = paragraph_start(work.text, sent[0])
    persons = [e for e in work.doc.ents if e.label_ == "PERSON" and e.end_char <= sent[1]]
    speaking = [e for e in persons if e.start_char >= start and SAYS.match(work.text, e.end_char)]
    if not speaking:
        return None
    name: str = speaking[-1].text
    fuller: list[str] = [e.text for e in persons if e.text != name and e.text.split()[-1] == name.split()[-1]]
    return max(fuller, key=len, default=name)


COVER = rule("actors.cover")
COVER_GAP = 160  # characters between the group and the one it hides behind


def _releaser(text: str, actors: list[ActorMention], subject: str) -> str | None:
    """The party whose own media aired a confession ("Taliban-affiliated media")."""
    for a in actors:
        if a.key != subject and RELEASER.match(text[a.span[1] : a.span[1] + 20]):
            return a.key
    return None


def _confession_flags(text: str, sent: Span, claimant: str | None) -> tuple[str, ...]:
    cues = dict(labelled_patterns("party_media.tsv"))
    flags: list[str] = []
    if (claimant is not None and claimant not in ("officials", "analysts", "columnist")) or cues["party"].search(
        text[sent[0] : sent[1]]
    ):
        flags.append("released_by_party")
    if cues["coercion"].search(text):
        flags.append("possible_coercion")
    return tuple(flags)


def _is_members_group(text: str, a: ActorMention, cues: dict[str, re.Pattern[str]]) -> bool:
    """The group a captive belongs to: "an ISIS-K operative", "a member of the TTP"."""
    return bool(cues["member_after"].match(text[a.span[1] : a.span[1] + 20])
                or cues["member_before"].search(text[max(0, a.span[0] - 30) : a.span[0]]))



AFGHAN_STATE = rule("actors.afghan_state")
# Those who free a captive held him ("released after two weeks in captivity by the Taliban"), unless
# they are a state's force: captives "freed by Afghan special forces" were rescued.
RELEASER_RULE = "roles.perpetrator_releaser"
EPITHET = rule("actors.epithet")
STATE_VOICE = rule("actors.state_voice")
TALIBAN_VOICE = rule("actors.taliban_voice")

OFFICIAL_SPOKESMAN = rule("actors.official_spokesman")


def _governing(work: Work, key: str, country: str | None) -> bool:
    """A group governing the country on the day (the Taliban in Afghanistan after August 2021,
    declared in the actor registry) speaks as its authorities."""
    day = work.published or work.anchor
    return day is not None and any(g.actor == key and g.country == country and day >= g.since for g in governing())


def localise(key: str, mention: ActorMention, country: str | None, text: str = "") -> str:
    """A bare "Taliban" in Pakistan is the Pakistani Taliban, unless the words after it make
    it the government in Kabul ("the Taliban foreign ministry's spokesman")."""
    branch = local_branches().get(country or "")
    if mention.generic and branch and not AFGHAN_STATE.match(text, mention.span[1]):
        return refs.actor_key(branch) or key
    return key


def main_country(work: Work) -> str | None:
    countries = Counter(p.location.country for p in work.places if p.location.country)
    return countries.most_common(1)[0][0] if countries else None


class ActorFinder(Component):
    """Perpetrator candidates with certainty, and claims kept side by side."""

    name = "tasdiq.actors"
    version = "v4"
    reads = ("text", "published", "anchor", "sentences", "actors", "roles", "attacks", "places", "doc")
    writes = ("perpetrators", "claims", "victim_actors", "cover_claims")

    def process(self, work: Work) -> None:
        country = main_country(work)
        types = {a.attack_type for a in work.attacks}
        for m in work.actors:
            sent = work.sentences[m.sentence] if work.sentences else (0, len(work.text))
            others = [o for o in work.actors if o is not m and o.key != m.key]
            clause = None if _set_aside(work.text, m, sent, others) else _clause_role(work, m)
            key = localise(m.key, m, country, work.text)
            if clause is not None and clause.rule == RELEASER_RULE and refs.is_state_force(key):
                clause = None  # "the hostages were freed by Afghan special forces": a rescue
            official = _governing(work, key, country) or OFFICIAL_SPOKESMAN.match(work.text, m.span[1]) is not None
            # a state or the authorities saying "they killed ..." report an operation, not a claim
            state = official or refs.is_state_force(key)
            roles = _with_clause_role(_roles_of(work.text, m, sent, others), clause, state=state)
            if refs.is_state_force(key) and not types & STATE_STRIKES:
                # "security forces said they killed five militants": the state's response to
                # the attack, never its claim of it (the attack is not a strike or operation)
                roles = [r for r in roles if r.role != "responsibility"]
            if official:
                # the Taliban's spokesman after August 2021, or "a spokesman for the province",
                # speaks for the authorities reporting an attack, not for a group claiming it
                roles = [r for r in roles if r.role != "spokesman"]
            if not roles:
                continue
            if roles[0].role == "victim":
                work.victim_actors.append(key)
                continue
            if generic_statement(work.text, sent):
                continue  # "ISIS usually claims ...": about attacks in general, not this one
            seen: set[str] = set()
            for role in roles:
                if role.role in CLAIM_ROLES and role.role not in seen:
                    seen.add(role.role)
                    self._claim(work, key, m, role, sent)
            acting = [r for r in roles if r.role in PERPETRATOR_ROLES]
            if acting and not (roles[0].role == "denial" and len(acting) == 0):
                self._perpetrator(work, key, m, acting[0], types)
        self._captive_confessions(work)
        self._epithets(work, country)
        self._free_names(work)
        self._cover_claims(work)
        # two names of one group in one sentence ("the Islamic State's Khorasan branch, ISIS-K,
        # claimed it") make one claim, not two
        work.claims = list(dict.fromkeys(work.claims))
        self._branches_over_parents(work)

    def _branches_over_parents(self, work: Work) -> None:
        """"A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed the bombing": where a
        group and its branch (the registry's parent chain) take the same part in one sentence,
        the branch did it and the parent is named to say whose branch it is: one claim, the
        branch's. A headline's "Islamic State claims ..." and the body's "ISKP claimed" are two
        claims of one side, kept; the perpetrator is the branch, the finer name."""
        work.claims = [c for c in work.claims if not any(
            o.kind is c.kind and o.span == c.span and c.subject and o.subject
            and refs.is_branch_of(o.subject, c.subject) for o in work.claims)]
        work.perpetrators = [p for p in work.perpetrators if not any(
            o.certainty == p.certainty and refs.is_branch_of(o.key, p.key) for o in work.perpetrators)]
        self._joint_attackers(work)

    def _joint_attackers(self, work: Work) -> None:
        """"Islamic State and Taliban fighters jointly attacked a post": two groups of different
        sides named together as the attackers. An event has one perpetrator, and naming the first
        would say the other took no part, so neither is named; each stays as an attribution."""
        told = sorted((p for p in work.perpetrators if p.certainty is Certainty.ATTRIBUTED), key=lambda p: p.span)
        joint = {(a, b) for a, b in pairwise(told) if a.key != b.key and not refs.same_side(a.key, b.key)
                 and COORDINATION.match(work.text[a.span[1] : b.span[0]])}
        if not joint:
            return
        named = {p for pair in joint for p in pair}
        for p in sorted(named, key=lambda p: p.span):
            sent = work.sentences[work.sentence_of(p.span[0])] if work.sentences else (0, len(work.text))
            work.claims.append(ExtractedClaim(ClaimKind.ATTRIBUTION, None, p.key, _channel(work.text, sent), (), sent))
        work.perpetrators = [p for p in work.perpetrators if p not in named]

    def _captive_confessions(self, work: Work) -> None:
        """A captive shown saying he did it confesses, even where the text never says "confess"."""
        cues = dict(labelled_patterns("confession_cues.tsv"))
        confessed = {c.span for c in work.claims if c.kind is ClaimKind.CONFESSION}
        for hit in cues["captive_says"].finditer(work.text):
            sent = work.sentences[work.sentence_of(hit.start())] if work.sentences else (0, len(work.text))
            if sent in confessed:
                continue
            inside = [a for a in work.actors if sent[0] <= a.span[0] < sent[1]]
            releaser = _releaser(work.text, inside, "")
            subject = next((a.key for a in inside if a.key != releaser and _is_members_group(work.text, a, cues)), None)
            flags = _confession_flags(work.text, sent, releaser)
            work.claims.append(ExtractedClaim(ClaimKind.CONFESSION, releaser, subject, _channel(work.text, sent),
                                              flags, sent))
            confessed.add(sent)

    def _claim(self, work: Work, key: str, m: ActorMention, role: Role, sent: Span) -> None:
        text = work.text
        channel = _channel(text, sent)
        if role.role == "responsibility":
            work.claims.append(ExtractedClaim(ClaimKind.RESPONSIBILITY, key, key, channel, (), sent))
        elif role.role == "denial":
            work.claims.append(ExtractedClaim(ClaimKind.DENIAL, key, key, channel, (), sent))
        elif role.role == "confession":
            claimant = _releaser(text, work.actors, key) or _claimant(work, sent, m.span[0], key)
            work.claims.append(ExtractedClaim(ClaimKind.CONFESSION, claimant, key, channel,
                                              _confession_flags(text, sent, claimant), sent))
        else:
            claimant = _claimant(work, sent, min(role.cue[0], m.span[0]), key)
            flags = ("suspected",) if role.role == "suspected" else ()
            work.claims.append(ExtractedClaim(ClaimKind.ATTRIBUTION, claimant, key, channel, flags, sent))

    def _perpetrator(self, work: Work, key: str, m: ActorMention, role: Role, types: set[AttackType]) -> None:
        if refs.is_state_force(key):
            # a state force is the perpetrator only of its own strikes and operations, or when blamed
            if role.role in ("suspected", "confession", "spokesman"):
                return
            if role.role == "agent" and not (types & STATE_STRIKES):
                return
        work.perpetrators.append(PerpetratorMention(key, role.certainty, m.span))

    def _epithets(self, work: Work, country: str | None) -> None:
        """"Khwarij": ISPR's word for TTP-aligned militants in Pakistan, the Taliban's for ISKP in
        Afghanistan. Read by who speaks (`actors.state_voice`, `actors.taliban_voice`) and where,
        it is the speaker's attribution, kept as a claim flagged `epithet`; the group becomes the
        perpetrator only where the text also names it, since the epithet itself names no group
        (a release that says only "khwarij" attributes nothing a reader could check)."""
        hit = EPITHET.search(work.text)
        if hit is None:
            return
        voices = {"PK": (STATE_VOICE, "TTP", "PAK_GOV"), "AF": (TALIBAN_VOICE, "ISKP", "TALIBAN")}
        voice = voices.get(country or "")
        if voice is None or not voice[0].search(work.text):
            return
        _, key, speaker = voice
        sent = work.sentences[work.sentence_of(hit.start())] if work.sentences else (0, len(work.text))
        work.claims.append(ExtractedClaim(ClaimKind.ATTRIBUTION, speaker, key, _channel(work.text, sent),
                                          ("epithet",), sent))
        named = {localise(a.key, a, country, work.text) for a in work.actors}
        # "Daesh" in a Taliban statement is the Islamic State's Khorasan province
        if named & ({key, "IS"} if key == "ISKP" else {key}) and not any(p.key == key for p in work.perpetrators):
            work.perpetrators.append(PerpetratorMention(key, Certainty.ATTRIBUTED, (hit.start(), hit.end())))

    def _cover_claims(self, work: Work) -> None:
        """"X ... hiding behind the Y fiction": X is said to be behind what Y claims."""
        for sent in work.sentences:
            inside = [a for a in work.actors if sent[0] <= a.span[0] < sent[1]]
            for real, cover in pairwise(inside):
                gap = work.text[real.span[1] : cover.span[0]]
                if real.key == cover.key or len(gap) > COVER_GAP or not COVER.search(gap):
                    continue
                claimant = _speaker(work, sent) or "columnist"
                claim = ExtractedClaim(ClaimKind.ATTRIBUTION, claimant, real.key, None, ("unverifiable",), sent)
                work.cover_claims.append((cover.key, claim))

    def _free_names(self, work: Work) -> None:
        """Groups the registry does not list, when they claim an attack in so many words."""
        if any(c.kind is ClaimKind.RESPONSIBILITY for c in work.claims):
            return
        for hit in FREE_NAME.finditer(work.text):
            name = hit.group(1).strip(" ,-")
            name = LEADING_THE.sub("", name)
            if len(name) < 4 or not name[0].isupper() or refs.actor_key(name):
                continue
            span = (hit.start(1), hit.start(1) + len(hit.group(1)))
            sent = work.sentences[work.sentence_of(hit.start())] if work.sentences else span
            channel = _channel(work.text, sent)
            work.claims.append(ExtractedClaim(ClaimKind.RESPONSIBILITY, name, name, channel, (), span))
            work.perpetrators.append(PerpetratorMention(name, Certainty.CLAIMED, span))
            return
