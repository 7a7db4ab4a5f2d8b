"""One linker at a time per store: every link on PostgreSQL holds one advisory lock.

Two linkers at once would each miss the incidents the other is starting and could start two
for one attack. On PostgreSQL many processes can write at once (a batch's workers, the client,
`tasdiq link` run by hand, the web app's jobs), so every link's transaction first takes this
lock, held until it commits or rolls back; the second key is the schema's hash, so stores in
different schemas of one database never wait for each other. SQLite has one writer at a time
already. A batch worker *tries* the lock instead and skips when another holds it
(`tasdiq.batch.linking`).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

LINK_LOCK = 0x7A5D_0001 & 0x7FFF_FFFF
_KEYS = "(:key, hashtext(current_schema()))"


def _on_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def hold_link_lock(session: Session) -> None:
    """Wait for the linking lock, for the rest of the session's transaction (PostgreSQL)."""
    if _on_postgres(session):
        session.execute(text(f"SELECT pg_advisory_xact_lock{_KEYS}"), {"key": LINK_LOCK})


def try_link_lock(session: Session) -> bool:
    """Take the linking lock if it is free, for the rest of the transaction; False if another
    holds it (always True where there is no lock to take: SQLite)."""
    if not _on_postgres(session):
        return True
    return bool(session.scalar(text(f"SELECT pg_try_advisory_xact_lock{_KEYS}"), {"key": LINK_LOCK}))
