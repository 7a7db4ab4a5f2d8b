"""Saved searches and the in-app inbox: new sources and incidents that match reach their owner.

`check(session=...)` looks, for every saved search, at the sources and incidents written
since it last looked (ids above `seen_*_id`), runs the search over those only, and files an
inbox item per match. It runs after an upload in the web app and from `tasdiq alerts check`
(for example after a scheduled ingest); nothing is missed between runs, because each search
remembers the newest id it saw. Where its owner added a webhook (`workspace.webhooks`), the
same matches are queued for it in the same transaction and sent by `webhooks.deliver_due`
once that transaction has committed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tasdiq.errors import InputError, NotFound
from tasdiq.model import InboxItem, Incident, SavedSearch, Source
from tasdiq.store import search as index
from tasdiq.store.schema import cols
from tasdiq.workspace import webhooks

MAX_NEW = 200  # per search and run: a search matching half the store is a browse, not an alert


def save(*, session: Session, owner: str, name: str, query: dict[str, Any]) -> SavedSearch:
    """Keep a search; it alerts on what arrives from now on, not on what is already there."""
    label = name.strip()
    if not label or len(label) > 200:
        raise InputError("name", "1 to 200 characters")
    q = str(query.get("q") or "")
    index.parse(q)  # refuses a query with nothing to find now, not at every later check
    kept = {k: v for k, v in query.items() if k in ("q", "date_from", "date_to", "publisher", "province", "country")
            and v not in (None, "")}
    saved = SavedSearch(owner=owner, name=label, query=kept, created_at=dt.datetime.now(dt.UTC),
                        seen_source_id=_newest(session, Source), seen_incident_id=_newest(session, Incident))
    session.add(saved)
    session.flush()
    return saved


def _newest(session: Session, entity: type[Source] | type[Incident]) -> int:
    return int(session.scalar(select(func.max(cols(entity).id))) or 0)


def check(*, session: Session, public_url: str = "") -> int:
    """File inbox items for what arrived since each saved search last looked; returns how many.

    Webhook deliveries are only queued here: send them with `webhooks.deliver_due` after commit."""
    filed = 0
    newest = {index.Kind.SOURCE: _newest(session, Source), index.Kind.INCIDENT: _newest(session, Incident)}
    for saved in session.scalars(select(SavedSearch).order_by(cols(SavedSearch).id)):
        matches: list[webhooks.Match] = []
        for kind, seen in ((index.Kind.SOURCE, saved.seen_source_id), (index.Kind.INCIDENT, saved.seen_incident_id)):
            if newest[kind] > seen:
                matches += _file(session, saved, kind, seen)
        saved.seen_source_id, saved.seen_incident_id = newest[index.Kind.SOURCE], newest[index.Kind.INCIDENT]
        webhooks.queue(session=session, saved=saved, matches=matches, public_url=public_url)
        filed += len(matches)
    session.flush()
    return filed


def _file(session: Session, saved: SavedSearch, kind: index.Kind, seen: int) -> list[webhooks.Match]:
    q = saved.query
    base = index.filters(kind, date_from=_date(q.get("date_from")), date_to=_date(q.get("date_to")),
                         publisher=q.get("publisher"), province=q.get("province"), country=q.get("country"))
    sql = " AND ".join(part for part in (base.sql, "t.id > :f_seen") if part)
    among = index.Condition(sql, {**base.params, "f_seen": seen})
    # A condition on the row needs the join on SQLite, which `among` brings in.
    found = index.ranked_ids(session, kind=kind, query=str(q.get("q", "")), among=among, limit=MAX_NEW,
                             order=index.Order.NEWEST)
    titles = _titles(session, kind, [i for i, _ in found])
    now = dt.datetime.now(dt.UTC)
    matches = [webhooks.Match(kind.value, ident, titles.get(ident, "")) for ident, _ in found]
    for match in matches:
        session.add(InboxItem(owner=saved.owner, saved_search_id=saved.id or 0, kind=match.kind, ref_id=match.id,
                              title=match.title, at=now))
    return matches


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _titles(session: Session, kind: index.Kind, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    label: ColumnElement[Any]
    if kind is index.Kind.SOURCE:  # an untitled report is named by its first words
        c = cols(Source)
        label = func.coalesce(func.nullif(c.title, ""), func.substr(c.text, 1, 100))
    else:
        c = cols(Incident)
        label = c.title
    return {int(i): str(t or "").replace("\n", " ") for i, t in session.execute(select(c.id, label)
                                                                              .where(c.id.in_(ids)))}


def inbox(session: Session, owner: str, *, limit: int = 100) -> list[tuple[InboxItem, SavedSearch]]:
    c = cols(InboxItem)
    rows = session.execute(select(InboxItem, SavedSearch).join(SavedSearch, cols(SavedSearch).id == c.saved_search_id)
                           .where(c.owner == owner).order_by(c.read, c.id.desc()).limit(limit))
    return [(i, s) for i, s in rows]


def searches_of(session: Session, owner: str) -> list[SavedSearch]:
    c = cols(SavedSearch)
    return list(session.scalars(select(SavedSearch).where(c.owner == owner).order_by(c.id)))


def mark_read(*, session: Session, owner: str, item_ids: list[int]) -> int:
    c = cols(InboxItem)
    items = list(session.scalars(select(InboxItem).where(c.owner == owner, c.id.in_(item_ids))))
    for item in items:
        item.read = True
    return len(items)


def delete_search(*, session: Session, owner: str, search_id: int) -> None:
    saved = session.get(SavedSearch, search_id)
    if saved is None or saved.owner != owner:
        raise NotFound("saved search", search_id)
    session.delete(saved)
