"""Write a new Alembic migration from the difference between the model and the migrations.

usage: python tools/new_migration.py "message"
Runs against a scratch SQLite database brought to the current head.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from tasdiq.settings import Settings
from tasdiq.store.db import Store, alembic_config


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Settings(home=Path(tmp)))
        cfg = alembic_config(store.engine)
        command.upgrade(cfg, "head")
        script = command.revision(cfg, message=message, autogenerate=True)
        revision = script[0] if isinstance(script, list) else script
        if revision is not None:
            # Commands tell an up-to-date store from this constant, without loading alembic.
            print(f"now set HEAD_REVISION in src/tasdiq/store/db.py to {revision.revision!r}, and once the migration\n"
                  "is final run tools/sqlite_schema.py (the script new SQLite stores are made by)")


if __name__ == "__main__":
    main()
