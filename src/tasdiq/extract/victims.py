"""Named victims: people the text says were killed, shot, abducted or assassinated.

Only names the statistical recogniser tags as persons, and only where the words around
them make them the object of the attack ("the assassination of X", "X was shot dead").
"""

from __future__ import annotations

import re

from tasdiq.extract.component import Component, Work

BEFORE = re.compile(
    r"\b(?:assassinat\w+|killing|murder|abduction|kidnapping|shooting|beheading|execution) of (?:the )?"
    r"(?:[\w-]+ ){0,4}$"
    r"|\b(?:shot dead|shot and killed|gunned down|killed|assassinated|abducted|kidnapped|beheaded|executed|murdered)"
    r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$",
    re.IGNORECASE,
)
AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:killed|shot|assassinated|gunned down|abducted|"
    r"kidnapped|beheaded|executed|wounded|injured|murdered)\b",
    re.IGNORECASE,
)


class VictimFinder(Component):
    """Persons named as the ones attacked, with their spans."""

    name = "tasdiq.victims"
    version = "v1"
    reads = ("text", "doc")
    writes = ("victims",)

    def process(self, work: Work) -> None:
        if work.doc is None:
            return
        for ent in work.doc.ents:
            if ent.label_ != "PERSON":
                continue
            before = work.text[max(0, ent.start_char - 80) : ent.start_char]
            after = work.text[ent.end_char : ent.end_char + 80]
            if BEFORE.search(before) or AFTER.match(after):
                work.victims.append((ent.text, (ent.start_char, ent.end_char)))
