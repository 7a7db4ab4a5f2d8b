"""The audit chain: every write to the store, hashed onto the one before it.

Entries are appended automatically by a session hook (`install_audit_hook`) for every
insert, update and delete of an audited entity, so no code path can write without leaving
a trace. Each entry's `hash` is the SHA-256 of its canonical JSON, which includes its own id
and the previous entry's hash: editing, deleting or reordering any entry breaks the chain at
that entry, and `verify_chain` names it.

A long unit of work (a link and what it re-derives) appends its entries at its end instead
(`appended_at_end`), so it holds the chain's head, which every writer waits for, only while
those entries are written and it commits: the same entries in the same order, none lost.

The chain proves integrity only relative to its head. `tasdiq audit verify` prints the head
hash; recording it elsewhere (a ticket, a signed message) anchors the history up to then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction, attributes

from tasdiq.errors import AuditChainBroken
from tasdiq.model.entities import AuditEntry, Entity
from tasdiq.store.copy import insert_many
from tasdiq.store.schema import TABLES, audit_head

GENESIS = "0" * 64
_SCALAR_TYPES = frozenset({str, int, float, bool})
AUDIT = TABLES[AuditEntry]


def _plain(value: Any) -> Any:
    """A JSON-safe, backend-independent form of a column value."""
    if value is None or type(value) in _SCALAR_TYPES:
        return value  # the common case first: audit hashing runs for every row written
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_COLUMNS: dict[type[Entity], tuple[str, ...]] = {}


def _columns(entity: type[Entity]) -> tuple[str, ...]:
    # cached: `dataclasses.fields` rebuilds its tuple on every call, a fifth of a snapshot's cost
    found = _COLUMNS.get(entity)
    if found is None:
        found = _COLUMNS[entity] = tuple(f.name for f in dataclasses.fields(entity))
    return found


def snapshot(obj: Entity) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in _columns(type(obj))}


def entry_hash(
    *,
    id: int,
    at: dt.datetime | str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    body = {
        "id": id,
        "at": _plain(at),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        # Already plain: every caller passes `snapshot()` output or JSON read back from a row.
        "before": before,
        "after": after,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class _Pending:
    action: str
    obj: Entity
    before: dict[str, Any] | None


def _before_image(obj: Entity) -> dict[str, Any]:
    """The row as it was before this flush's changes to `obj`."""
    state = attributes.instance_state(obj)
    image = snapshot(obj)
    for name in image:
        history = state.attrs[name].history
        if history.deleted:
            image[name] = _plain(history.deleted[0])
    return image


def _collect(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    pending: list[_Pending] = session.info.setdefault("audit_pending", [])
    for obj in session.new:
        if isinstance(obj, Entity) and obj.__audited__:
            pending.append(_Pending("insert", obj, None))
    for obj in session.dirty:
        if isinstance(obj, Entity) and obj.__audited__ and session.is_modified(obj):
            pending.append(_Pending("update", obj, _before_image(obj)))
    for obj in session.deleted:
        if isinstance(obj, Entity) and obj.__audited__:
            pending.append(_Pending("delete", obj, _before_image(obj)))


def _write(session: Session, flush_context: UOWTransaction) -> None:
    pending: list[_Pending] = session.info.pop("audit_pending", [])
    if not pending:
        return
    actor = str(session.info.get("actor", "system"))
    append_entries(
        session.connection(),
        actor=actor,
        items=[
            (
                p.action,
                type(p.obj).__tablename__,
                str(p.obj.id),
                p.before,
                None if p.action == "delete" else snapshot(p.obj),
            )
            for p in pending
        ],
    )


Item = tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]


@dataclass
class _Held:
    """Entries a unit of work made on `connection`, appended when it ends (`appended_at_end`)."""

    connection: Connection
    groups: list[tuple[str, list[Item]]] = field(default_factory=list)


_HELD: ContextVar[_Held | None] = ContextVar("tasdiq_audit_held", default=None)


@contextmanager
def appended_at_end(session: Session) -> Iterator[None]:
    """The block's audit entries (its flushes' and bulk writes' on this session's connection)
    are appended when it ends, in the order they were made, instead of as each write is made.

    Appending takes the chain's head row lock until the transaction commits, and every writer
    waits for that lock: a link that appended as it wrote held it from its first write to its
    commit (up to 26 s at 200,000 reports), and every partition committing meanwhile waited.
    Held to the end, the lock is taken for the append and the commit. If the block raises,
    nothing is appended (the caller's transaction rolls back). Writes on another connection
    meanwhile append as usual; a nested block joins the outer one."""
    if _HELD.get() is not None:
        yield
        return
    held = _Held(session.connection())
    token = _HELD.set(held)
    try:
        yield
        session.flush()  # the block's last ORM changes: their entries are held too
    finally:
        _HELD.reset(token)
    for actor, items in held.groups:
        _append(held.connection, actor=actor, items=items)


def append_entries(conn: Connection, *, actor: str, items: list[Item]) -> None:
    """Append (action, entity, entity_id, before, after) entries to the chain, in order (at the
    end of an `appended_at_end` block that is writing on `conn`)."""
    held = _HELD.get()
    if held is not None and conn is held.connection:
        held.groups.append((actor, items))
        return
    _append(conn, actor=actor, items=items)


def _append(conn: Connection, *, actor: str, items: list[Item]) -> None:
    head = conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update()).one_or_none()
    if head is None:
        conn.execute(insert(audit_head).values(id=1, last_id=0, last_hash=GENESIS))
        last_id, last_hash = 0, GENESIS
    else:
        last_id, last_hash = int(head.last_id or 0), str(head.last_hash)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for action, entity, entity_id, before, after in items:
        last_id += 1
        digest = entry_hash(
            id=last_id,
            at=now,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
            prev_hash=last_hash,
        )
        rows.append(
            {
                "id": last_id,
                "at": now,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": before,
                "after": after,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_hash = digest
    insert_many(conn, AUDIT, rows)  # COPY on PostgreSQL: a partition appends thousands
    conn.execute(update(audit_head).where(audit_head.c.id == 1).values(last_id=last_id, last_hash=last_hash))


def install_audit_hook(session_class: Any) -> None:
    """Audit every flush of sessions made from `session_class`, a new sessionmaker (call once).

    No `event.contains` guard: SQLAlchemy keys its registry by the target's id(), so a new
    sessionmaker at a collected one's address was reported as already hooked, and its flushes
    went unaudited (seen as missing audit entries in a few test runs)."""
    event.listen(session_class, "before_flush", _collect)
    event.listen(session_class, "after_flush", _write)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_hash: str


def _rows(conn: Connection) -> Iterator[Any]:
    result = conn.execution_options(yield_per=5000).execute(select(AUDIT).order_by(AUDIT.c.id))
    yield from result


def verify_chain(conn: Connection) -> ChainReport:
    """Check every entry; raise `AuditChainBroken` naming the first that does not fit."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    for row in _rows(conn):
        if row.id != expected_id:
            raise AuditChainBroken(expected_id, f"missing: the chain jumps to entry {row.id}")
        if row.prev_hash != prev_hash:
            raise AuditChainBroken(row.id, "its previous-hash does not match the entry before it")
        recomputed = entry_hash(
            id=row.id,
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            before=row.before,
            after=row.after,
            prev_hash=row.prev_hash,
        )
        if recomputed != row.hash:
            raise AuditChainBroken(row.id, "its content does not match its hash (the entry was edited)")
        prev_hash, expected_id, count = row.hash, expected_id + 1, count + 1
    head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one_or_none()
    if head is not None and (int(head.last_id or 0), head.last_hash) != (count, prev_hash):
        raise AuditChainBroken(
            count + 1 if int(head.last_id or 0) > count else count,
            f"the chain ends at entry {count} but its head records entry {head.last_id}",
        )
    return ChainReport(entries=count, head_hash=prev_hash)
