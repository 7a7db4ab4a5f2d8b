"""Roles before names: the part each actor named in a text plays in its clause.

Proximity alone makes the victim the attacker: "a senior Taliban official was killed in a
bombing" puts "Taliban" right before "killed", and a cue list reads that as the Taliban
killing. The dependency parse (already computed by the language step) says who did what to
whom, so every actor mention gets one role from its clause before any perpetrator is named:
- perpetrator: subject of an attack verb, agent of a passive one, owner of "a Taliban attack";
- victim: object or passive subject of an attack verb, object of "an attack on";
- claimant: subject of "claimed responsibility";
- speaker: subject of say / describe / blame / deny, or the body a spokesman speaks for;
- investigator: subject of "is investigating", "arrested";
- background: anything else (named, but not in the attack's clause).

The rules are data (`rules/roles.toml`: word lists, dependency labels, examples). A name that
modifies a noun ("Taliban gunmen", "members of the TTP", "the Taliban minister") stands in
that noun's clause: the rules are tried on the name's own token and then on each noun it
modifies, nearest first. `actors.py` reads the roles: a victim, a speaker or an investigator
is never named as perpetrator from proximity cues, and a perpetrator role names a group the
cue words missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tasdiq.errors import InputError
from tasdiq.extract.component import ActorMention, Component, RoleMention, Work
from tasdiq.extract.lexicon import rule_table, rule_words

# Dependency labels by which a name passes its clause role to the noun it modifies:
# "Taliban gunmen" (compound), "the TTP's fighters" (poss), "members of the TTP" (pobj of
# "of", below), "Haqqani, the Taliban minister" (appos), "ISKP and the TTP" (conj).
MODIFIES = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj"})
# "members of the TTP", "fighters from ISKP", "29 suspects, including members of Daesh"
PART_OF = frozenset({"of", "from", "including"})
TIED_BY = frozenset({"to", "with"})
CLIMB = 4  # steps up from a name: "a senior commander of the Taliban's Quetta shura"
REACH = 6  # steps up from a misattached phrase's noun to its passive verb
CLAUSE_DEPS = frozenset({"ROOT", "advcl", "acl", "relcl", "xcomp", "ccomp", "pcomp", "csubj"})
VERB_CHILDREN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent"})
# What a verb "has no object" means for a `bare` rule: no object, clause or attribute
# ("claimed that ...", "claimed to have ..."); a prepositional phrase ("claimed via Amaq") is no object.
COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative"})
ROLES = ("perpetrator", "victim", "claimant", "speaker", "investigator", "background")


@dataclass(frozen=True)
class RoleRule:
    ident: str
    role: str
    deps: frozenset[str]
    via: frozenset[str]
    heads: frozenset[str]
    objects: frozenset[str]
    not_in: frozenset[str]
    bare: bool
    near: frozenset[str]
    reach: bool
    examples: tuple[tuple[str, str, str], ...]


def words(name: str) -> frozenset[str]:
    """A word list of `rules/roles.toml` (`[words]`), lower-cased."""
    return rule_words("roles", name)


@cache
def role_rules() -> tuple[RoleRule, ...]:
    """The declared role rules of `rules/roles.toml`, in file order."""
    table = {k: v for k, v in rule_table("roles").items() if k != "words"}

    def listed(rule: dict[str, Any], key: str, ident: str) -> frozenset[str]:
        name = rule.get(key)
        return frozenset() if name is None else words(str(name))

    rules = []
    for name, rule in table.items():
        ident = f"roles.{name}"
        if rule.get("role") not in ROLES:
            raise InputError(ident, f"unknown role {rule.get('role')!r} (known: {', '.join(ROLES)})")
        rules.append(RoleRule(
            ident=ident, role=rule["role"], deps=frozenset(rule.get("deps", ())),
            via=frozenset(rule.get("via", ())), heads=listed(rule, "heads", ident),
            objects=listed(rule, "object", ident), not_in=listed(rule, "not_in", ident),
            bare=bool(rule.get("bare", False)), near=listed(rule, "near", ident), reach=bool(rule.get("reach", False)),
            examples=tuple((str(s), str(n), str(r)) for s, n, r in rule.get("examples", ())),
        ))
    return tuple(rules)


def _governor(token: Any, rule: RoleRule) -> Any | None:
    """The word that governs `token` in the way `rule` asks, or None."""
    if token.dep_ not in rule.deps:
        return None
    if rule.via:
        prep = token.head
        if prep.lower_ not in rule.via:
            return None
        return _misattached(prep.head) if rule.reach else prep.head
    return token.head


def _verb(token: Any) -> bool:
    """A verb by its place in the parse (the pipeline runs no tagger): it heads a clause, or has
    a subject, an auxiliary or an agent of its own."""
    return token.dep_ in CLAUSE_DEPS or any(c.dep_ in VERB_CHILDREN for c in token.children)


def _misattached(noun: Any) -> Any | None:
    """The passive verb a prepositional phrase hung on `noun` belongs to: "kidnapped while
    conducting a survey in Herat by the Taliban" (the parser's "by" hangs on "survey"). Climbs
    through nouns and prepositions, and through a subjectless adverbial clause ("while
    conducting"); any other verb on the way owns the phrase itself."""
    if _verb(noun):
        return None
    token = noun
    for _ in range(REACH):
        if token.head is token:
            return None
        token = token.head
        if not _verb(token):
            continue
        if any(c.dep_ == "auxpass" for c in token.children):
            return token
        if token.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
    return None


def _fits(token: Any, rule: RoleRule, path: list[Any]) -> bool:
    """Whether `rule` gives `token` its role; `path` holds the words from the name up to it
    ("Taliban" -> "insurgents" -> "officers" in "five officers and two Taliban insurgents")."""
    governor = _governor(token, rule)
    if governor is None or any(t.lower_ in rule.not_in for t in path):
        return False
    if rule.near and not any(t.lower_ in rule.near for t in governor.subtree):
        return False
    if governor.lower_ not in rule.heads and not (token.dep_ == "nsubj" and _shared(governor, rule.heads)):
        return False
    if not rule.objects or any(c.dep_ == "dobj" and c.lower_ in rule.objects for c in governor.children):
        return True
    return rule.bare and not any(c.dep_ in COMPLEMENTS for c in governor.children)


def _shared(verb: Any, heads: frozenset[str]) -> bool:
    """A verb co-ordinated with `verb` that shares its subject is one of `heads`: "drugged and
    killed", "stopped the van and shot the driver" (not one with its own subject or a passive:
    "arrived and were killed")."""
    return any(c.dep_ == "conj" and c.lower_ in heads
               and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children)
               for c in verb.children)


def _habitual(verb: Any) -> bool:
    """"usually targets", "has repeatedly targeted", "has carried out similar attacks in the
    past": a habit. "Repeatedly struck the hospital" tells one attack."""
    near = [t for c in verb.children for t in (c, *c.children)]
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return any(t.lower_ in words("habit_words") for t in near) or (
        perfect and any(t.lower_ in words("perfect_habit_words") for t in near))


def speaks_of_others(doc: Any, cue: tuple[int, int]) -> bool:
    """Whether what the speaker at `cue` ("said") reports has another party as its subject,
    named by an epithet ("... said the khawarij attacked worshippers")."""
    found = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if found is None:
        return False
    others = words("other_party")
    reported = [c for c in found.root.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in others for c in reported for s in c.children)


def speaks_of_own_deed(doc: Any, cue: tuple[int, int]) -> bool:
    """Whether what the speaker at `cue` ("said") reports is a deed of its own people: "the
    BLA said its Majeed Brigade carried out the attack", "... said they attacked the post"."""
    found = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if found is None:
        return False
    own = words("own_words")
    for clause in (c for c in found.root.children if c.dep_ == "ccomp"):
        deed = clause.lower_ in words("attack_verbs") or (clause.lower_ in words("light_verbs") and any(
            o.dep_ == "dobj" and o.lower_ in words("attack_nouns") for o in clause.children))
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if deed and any(s.lower_ in own or any(p.dep_ == "poss" and p.lower_ in own for p in s.children)
                        for s in subjects):
            return True
    return False


def _up(token: Any) -> Any | None:
    """The noun a name's token modifies, or None where it stands on its own."""
    if token.dep_ in MODIFIES and token.head is not token:
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ in TIED_BY and token.head.head.lower_ in words("affiliation_words"):
        tied = token.head.head  # "an officer tied to the Taliban": the officer
        return tied.head if tied.dep_ in ("acl", "amod") and tied.head is not tied else None
    if token.dep_ == "pobj" and token.head.lower_ in PART_OF and token.head.head.dep_ not in ("ROOT",):
        head = token.head.head
        # "members of the TTP", "an official of the movement": not "killed of"
        return head if head.lower_ not in ("killed", "wounded", "injured") else None
    return None


def role_of(doc: Any, span: tuple[int, int]) -> tuple[str, str | None, tuple[int, int] | None]:
    """The role of the name at `span` in `doc`, the rule that gave it, and the governing word's span."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None:
        return "background", None, None
    token = found.root
    path = [token]
    for _ in range(CLIMB + 1):
        for rule in role_rules():
            gov = _governor(token, rule)
            if gov is not None and _fits(token, rule, path):
                if rule.role == "perpetrator" and _habitual(gov):
                    return "background", rule.ident, None
                return rule.role, rule.ident, (gov.idx, gov.idx + len(gov))
        token = _up(token)
        if token is None:
            break
        path.append(token)
    return "background", None, None


class RoleReader(Component):
    """Gives every actor mention a clause role from the dependency parse."""

    name = "tasdiq.roles"
    version = "v3"
    reads = ("doc", "actors")
    writes = ("roles",)

    def process(self, work: Work) -> None:
        if work.doc is None:
            return
        work.roles = [_mention_role(work.doc, m) for m in work.actors]


def _mention_role(doc: Any, m: ActorMention) -> RoleMention:
    role, ident, cue = role_of(doc, m.span)
    of_others = role == "speaker" and cue is not None and speaks_of_others(doc, cue)
    own_deed = role == "speaker" and cue is not None and speaks_of_own_deed(doc, cue)
    return RoleMention(m.key, role, m.span, ident, cue, of_others, own_deed)
