"""Issue 16: an upload of good and bad files ingests every good one and reports each file.

On SQLite and PostgreSQL (the `seeded` fixture takes `store`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select

from tasdiq.model import Source
from tasdiq.model.enums import Role
from tasdiq.store.schema import cols

from .seed import Seeded

ClientAs = Callable[[Role | None], tuple[TestClient, str]]
# A WARC record whose Content-Length is not a number: warcio raised ValueError, the upload a 500.
BAD_WARC = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nhello world!\r\n\r\n"
FIRST = b"Gunmen attacked a police post near Kunduz before dawn, killing four officers.\n"
THIRD = b"A grenade thrown into a market in Peshawar wounded eleven people on Friday.\n"


def test_upload_of_good_bad_good_ingests_both_good_files_and_shows_each_result(
    client_as: ClientAs, seeded: Seeded
) -> None:
    client, csrf = client_as(Role.ANALYST)
    files = [("files", ("first.txt", FIRST, "text/plain")), ("files", ("bad.warc", BAD_WARC, "application/warc")),
             ("files", ("third.txt", THIRD, "text/plain"))]
    response = client.post("/upload", data={"csrf_token": csrf}, files=files)
    assert response.status_code == 200, response.text[:300]
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td>", response.text)
    refused = "failed: record 1: Content-Length &#39;12x&#39; is not a number"
    assert rows == [("first.txt", "new"), ("bad.warc", refused), ("third.txt", "new")]
    with seeded.store.session() as session:
        texts = set(session.scalars(select(cols(Source).text)))
    assert {FIRST.decode().strip(), THIRD.decode().strip()} <= texts
