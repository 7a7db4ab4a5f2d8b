"""Personal details on the pages and in the API (issue 16, finding 8): who checked and
reviewed, and the persons a source's text names, are withheld from viewers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model import Verification
from tasdiq.model.enums import Role

from .seed import Seeded

ClientAs = Callable[[Role | None], tuple[TestClient, str]]


def test_incident_page_withholds_check_analyst_and_reviewer_names_from_viewers(
    client_as: ClientAs, seeded: Seeded
) -> None:
    kabul = seeded.incident_ids[0]
    with seeded.store.session(actor="Checker Qadir-Example") as s:
        s.add(Verification(incident_id=kabul, check="chronolocated", result="pass", criteria="shadows",
                           analyst="Checker Qadir-Example", reviewer="Signer Laila-Example",
                           at=dt.datetime.now(dt.UTC)))
    viewer, _ = client_as(Role.VIEWER)
    analyst, _ = client_as(Role.ANALYST)
    seen_by_viewer = viewer.get(f"/incidents/{kabul}").text
    seen_by_analyst = analyst.get(f"/incidents/{kabul}").text
    for name in ("Checker Qadir-Example", "Signer Laila-Example"):
        assert name not in seen_by_viewer  # nor in the audit history's "who"
        assert name in seen_by_analyst


def test_named_victims_in_source_text_are_withheld_from_viewers_on_pages_and_api(
    client_as: ClientAs, seeded: Seeded
) -> None:
    market = seeded.source_ids[0]
    viewer, _ = client_as(Role.VIEWER)
    analyst, _ = client_as(Role.ANALYST)
    pages = viewer.get(f"/sources/{market}").text + viewer.get(f"/incidents/{seeded.incident_ids[0]}").text
    api_text = viewer.get(f"/api/v1/sources/{market}").json()["text"]
    assert "Nadir Ahmad" not in pages and "Nadir Ahmad" not in api_text
    assert "[name withheld]" in pages
    assert "Shopkeeper [name withheld] was among the dead" in api_text
    assert "Nadir Ahmad" in analyst.get(f"/sources/{market}").text
    assert "Nadir Ahmad" in analyst.get(f"/api/v1/sources/{market}").json()["text"]
