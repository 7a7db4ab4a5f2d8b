"""Who governs is policy declared as data (the actor registry; branches in extract/data/authorities.toml), not code."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract import Extractor
from tasdiq.extract.lexicon import governing, local_branches

SPOKESMAN = ("A roadside bomb killed four people in Jalalabad, Nangarhar province, on Monday. Taliban "
             "spokesman Zabihullah Mujahid said the attack on the market was under investigation.")


def _perpetrators(extractor: Extractor, text: str, published: dt.date) -> list[str | None]:
    return [e.perpetrator for e in extractor.extract(text=text, published=published).events]


def test_the_taliban_govern_afghanistan_from_the_declared_date() -> None:
    (rule,) = [g for g in governing() if g.country == "AF"]
    assert (rule.actor, rule.since) == ("TALIBAN", dt.date(2021, 8, 15))


def test_a_taliban_spokesman_before_the_takeover_speaks_for_the_group(extractor: Extractor) -> None:
    assert _perpetrators(extractor, SPOKESMAN, dt.date(2019, 5, 1)) == ["TALIBAN"]


def test_a_taliban_spokesman_after_the_takeover_speaks_for_the_authorities(extractor: Extractor) -> None:
    assert _perpetrators(extractor, SPOKESMAN, dt.date(2022, 5, 1)) == [None]


def test_a_bare_taliban_in_pakistan_is_the_branch_declared_for_pakistan(extractor: Extractor) -> None:
    assert local_branches()["PK"] == "Pakistani Taliban"
    text = "A bomb killed six soldiers in Bannu, Khyber Pakhtunkhwa. The Taliban claimed responsibility."
    assert _perpetrators(extractor, text, dt.date(2022, 5, 1)) == ["TTP"]
