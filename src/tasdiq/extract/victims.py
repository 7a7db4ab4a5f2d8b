"""Named victims: people the text says were killed, shot, abducted or assassinated.

Only names the statistical recogniser tags as persons, and only where the words around
them make them the object of the attack ("the assassination of X", "X was shot dead").

Foreign nationals counted as a group ("13 US servicemen were killed", "five Chinese
engineers were wounded") are kept too, written the same way whatever the wording
("13 US troops"): outlets that differ on the whole toll repeat that group exactly, so it
tells one attack from another the way a name does (`groups.py`, `data/victim_groups.tsv`).
"""

from __future__ import annotations

from tasdiq.extract.component import Component, Work
from tasdiq.extract.groups import victim_groups
from tasdiq.extract.lexicon import rule

BEFORE = rule("victims.before")
AFTER = rule("victims.after")


class VictimFinder(Component):
    """Persons named as the ones attacked, with their spans."""

    name = "tasdiq.victims"
    version = "v2"
    reads = ("text", "doc", "sentences")
    writes = ("victims",)

    def process(self, work: Work) -> None:
        if work.doc is None:
            return
        work.victims.extend(victim_groups(work.text, work.sentences))
        for ent in work.doc.ents:
            if ent.label_ != "PERSON":
                continue
            before = work.text[max(0, ent.start_char - 80) : ent.start_char]
            after = work.text[ent.end_char : ent.end_char + 80]
            if BEFORE.search(before) or AFTER.match(after):
                work.victims.append((ent.text, (ent.start_char, ent.end_char)))
