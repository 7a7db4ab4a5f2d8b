"""Write src/tasdiq/store/sqlite_schema.sql: what the migrations build in an empty SQLite store.

usage: python tools/sqlite_schema.py   (after adding a migration; tests/test_schema.py says when)
A new SQLite store replays this script instead of running the migrations (tasdiq.store.fresh).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from tasdiq.settings import Settings
from tasdiq.store.db import Store
from tasdiq.store.fresh import SCRIPT, schema_script


def migrated_script() -> str:
    """The script, derived from a scratch store brought to the head by alembic itself."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Settings(home=Path(tmp)))
        store.migrate()
        store.dispose()
        with sqlite3.connect(store.settings.sqlite_path) as conn:
            return schema_script(conn)


def main() -> None:
    SCRIPT.write_text(migrated_script(), encoding="utf-8")
    print(f"wrote {SCRIPT}")


if __name__ == "__main__":
    main()
