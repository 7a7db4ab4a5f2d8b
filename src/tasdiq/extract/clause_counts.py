"""Figures read from the clause: the counted people are the subject of what was done to them.

The cue-word counts (`counts.py`) take a number's role from a victim word a few words away.
Incident notes put the verb far from the figure ("Seven national NGO staff, six females and
one male, were shot and killed by gunmen") or use the verbs of their own trade ("were
beaten", "was stabbed", "was shot" for a wound). Where the cue words gave a number no role,
the dependency parse does: the number counts the noun it modifies, and that noun is the
passive subject of a verb (with its co-ordinated verbs: "abducted ... and found dead") whose
words, from the lists in `rules/clause_counts.toml`, say killed, kidnapped or injured.
Only a role the cue words found no figure for anywhere in the text is filled: where they
found one, a second reading of the same toll ("18 killed" in a headline, "Eighteen people
... were killed" below it) would be summed with it as if it were another attack's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tasdiq.extract.component import Component, CountMention, Work
from tasdiq.extract.lexicon import rule_words
from tasdiq.extract.numbers import numbers_in

ORDER = ("killed", "kidnapped", "injured")
# Roles of counts.py that already tell a role's figure: the fighters' dead are the dead of a
# report that counts only them ("forces killed two insurgents ... one was identified as ...").
SAME_FIGURE = {"killed": {"killed", "combatants_killed", "perpetrators_killed", "combined"},
               "injured": {"injured", "combined"}, "kidnapped": {"kidnapped"}}
VERB_PARTS = frozenset({"conj", "acomp", "oprd", "advmod", "xcomp", "ccomp", "dobj"})


def _subject(token: Any) -> Any | None:
    """The passive subject the number counts. A number inside an apposition ("seven staff, six
    females and one male, were killed") is a breakdown of the figure, not another one."""
    if token.dep_ != "nummod":
        return None  # "one was later identified as Fedahi": a person of a figure already given
    noun = token.head
    if noun.dep_ != "nsubjpass" or noun.lower_ in rule_words("clause_counts", "combatants"):
        return None
    return noun


def _clause_words(verb: Any) -> Iterator[str]:
    """The verb, the verbs co-ordinated with it, and the words that complete them ("found dead")."""
    yield verb.lower_
    for part in verb.children:
        if part.dep_ in VERB_PARTS:
            yield part.lower_
            yield from (c.lower_ for c in part.children if c.dep_ in VERB_PARTS)


def clause_role(verb: Any) -> str | None:
    """killed / kidnapped / injured, from the words of the verb's clause."""
    found = set(_clause_words(verb))
    return next((role for role in ORDER if found & rule_words("clause_counts", role)), None)


def _one_person(token: Any) -> bool:
    """A person's noun after "a", "an" or "another": one person, no figure written."""
    return (token.dep_ == "nsubjpass"
            and token.lower_ in rule_words("clause_counts", "persons")
            and any(c.dep_ == "det" and c.lower_ in rule_words("clause_counts", "one_of") for c in token.children))


def _body_found(token: Any) -> bool:
    """"The body of the driver was recovered": one dead, unless the body is an attacker's."""
    if token.dep_ != "nsubjpass" or token.lower_ not in rule_words("clause_counts", "body"):
        return False
    if token.head.lower_ not in rule_words("clause_counts", "found"):
        return False
    whose = [w for p in token.children if p.lower_ == "of" for w in p.children if w.dep_ == "pobj"]
    return bool(whose) and whose[0].lower_ not in rule_words("clause_counts", "combatants")


def _joined(token: Any) -> list[Any] | None:
    """The persons joined to the subject by "and" ("a woman and her daughter"), or None when
    something else is joined ("a policeman and two civilians": a figure this reader leaves alone)."""
    joined = []
    for part in (c for c in token.children if c.dep_ == "conj"):
        if part.lower_ not in rule_words("clause_counts", "persons") or any(c.dep_ == "nummod" for c in part.children):
            return None
        more = _joined(part)
        if more is None:
            return None
        joined += [part, *more]
    return joined


def _singular_verb(verb: Any) -> bool:
    """"A tribal elder and chief of the peace committee was killed": two titles of one man."""
    return any(c.dep_ in {"auxpass", "aux"} and c.lower_ in rule_words("clause_counts", "singular_aux")
               for c in verb.children)


def passive_subjects(doc: Any) -> Iterator[Any]:
    """The tokens whose dependency is nsubjpass, the only ones a person or a body is counted
    from: read from the parse's array, not by making a Python token of every word (a third of
    this step's CPU went to the tokens of words that could not count)."""
    deps = doc.to_array("DEP")
    label = doc.vocab.strings["nsubjpass"]
    for index in (deps == label).nonzero()[0]:
        yield doc[int(index)]


def single_persons(doc: Any) -> list[CountMention]:
    """One for each person told singly as the passive subject of a harm verb ("a woman and her
    daughter were killed" are two), or whose body was found."""
    out: list[CountMention] = []
    for token in passive_subjects(doc):
        body = _body_found(token)
        role = "killed" if body else clause_role(token.head) if _one_person(token) else None
        joined = [] if body or _singular_verb(token.head) else _joined(token)
        if role is not None and joined is not None:
            first = min((c.idx for c in token.children if c.dep_ == "det"), default=token.idx)
            last = max([token, *joined], key=lambda t: t.idx)
            n = 1 + len(joined)
            out.append(CountMention(role, n, n, n, (first, last.idx + len(last.text))))
    return out


def clause_counts(doc: Any, text: str) -> list[CountMention]:
    """Figures whose counted noun is the passive subject of a harm verb, with that role; and
    persons told one at a time ("a driver was stabbed")."""
    out: list[CountMention] = single_persons(doc)
    for num in numbers_in(text):
        span = None if num.vague else doc.char_span(num.start, num.end, alignment_mode="expand")
        subject = None if span is None else _subject(span.root)
        role = None if subject is None else clause_role(subject.head)
        if role is not None:
            out.append(CountMention(role, num.value, num.value, num.value, (num.start, num.end)))
    return out


class ClauseCounts(Component):
    """Adds the figures the cue words left without a role, read from the parse."""

    name = "tasdiq.clause_counts"
    version = "v2"
    reads = ("text", "doc", "counts")
    writes = ("counts",)

    def process(self, work: Work) -> None:
        if work.doc is None:
            return
        read = {c.role for c in work.counts if not c.floor}
        # a figure the cue words already gave a role ("nine others were injured", the
        # attackers' wounded) is not read again
        taken = {c.span[0] for c in work.counts if c.role == "perpetrators_injured"}
        work.counts = [*work.counts, *(
            c for c in clause_counts(work.doc, work.text)
            if not SAME_FIGURE[c.role] & read and c.span[0] not in taken
        )]
