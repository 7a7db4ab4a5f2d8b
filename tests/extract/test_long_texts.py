"""Long texts (features, columns): what binds to an attack, and what is only background."""

from __future__ import annotations

import datetime as dt

from tasdiq.model.enums import ClaimKind


def test_hard_wrapped_lines_are_read_as_running_prose(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "When a bomb killed nine people at a bus station in Kabul last spring, officials blamed ISIS-K, and\n"
        "the Haqqanis said they had nothing\nto do with it."
    )
    claims = {(c.kind, c.subject) for c in extract(text).events[0].claims}
    assert (ClaimKind.DENIAL, "HAQQANI") in claims


def test_this_bombing_refers_back_to_the_attack_already_told(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber killed 30 people at a mosque in Peshawar on Friday. The old guard in Kabul, "
        "in my view, stands behind this bombing."
    )
    doc = extract(text, dt.date(2022, 3, 7))
    assert len([e for e in doc.events if e.part_of is None]) == 1
    assert doc.events[0].location is not None and doc.events[0].location.admin1 == "PK-KP"
