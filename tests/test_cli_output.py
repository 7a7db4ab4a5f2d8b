"""Tables printed into a log or a pipe keep their rows whole (not squeezed into 80 columns)."""

from __future__ import annotations

import hashlib

from typer.testing import CliRunner

from tasdiq.cli.main import app
from tasdiq.model import Source
from tasdiq.store import Store

TITLE = "A rather long title of a report about an attack near the railway line in the Bolan Pass district"


def test_a_table_printed_to_a_pipe_keeps_each_row_on_one_line(sqlite_store: Store) -> None:
    digest = hashlib.sha256(b"text").hexdigest()
    with sqlite_store.session() as s:
        s.add(Source(sha256=digest, title=TITLE, publisher="Quetta Desk", text="text", text_sha256=digest))
    result = CliRunner().invoke(app, ["--data-dir", str(sqlite_store.settings.home), "sources", "list"])
    assert result.exit_code == 0, result.stderr
    assert any(TITLE in line for line in result.stdout.splitlines())
