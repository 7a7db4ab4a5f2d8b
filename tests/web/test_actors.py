"""Actor pages on both backends: own claims, attributions, the claimed-versus-verified record,
and a branch rolled into its parent on request."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model.enums import Role
from tasdiq.workspace.actors import family

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]


def test_a_branch_rolls_into_its_parent_only_on_request() -> None:
    assert family("IS", rollup=False) == {"IS"}
    assert "ISKP" in family("IS", rollup=True)
    assert "IS" not in family("ISKP", rollup=True)


def test_the_iskp_page_shows_its_claim_record_and_incidents(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    page = client.get("/actors/ISKP").text
    own = page.split('id="own-claims"')[1].split("</section>")[0]
    assert "via Amaq" in own and f'/incidents/{seeded.incident_ids[0]}"' in own
    record = page.split('id="record"')[1].split("</section>")[0]
    assert "islamic_state_khorasan" in record and "No claims bulletin" not in record
    assert '/actors/IS">Islamic State</a>' in page  # its parent


def test_the_parent_page_counts_the_branch_only_when_rolled_up(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    alone = client.get("/actors/IS").text
    rolled = client.get("/actors/IS", params={"rollup": "true"}).text
    assert "<h2>What it claimed <small>0</small></h2>" in alone
    assert "<h2>What it claimed <small>1</small></h2>" in rolled and 'id="rolled-up"' in rolled


def test_an_unknown_actor_is_a_404(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    assert client.get("/actors/NOBODY").status_code == 404
