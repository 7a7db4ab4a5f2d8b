"""Search: the page `/search` and `GET /api/v1/search`, both over `tasdiq.search`.

What a hit shows is what a viewer may already read on the page it links to: the index holds
no personal field (a source's author, the persons of a claim are not indexed).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError, model_validator

from tasdiq.errors import InputError
from tasdiq.reference.places import province_code
from tasdiq.search import HitKind, SearchAnswer, SearchHit, SearchRequest, search
from tasdiq.store.search import marked_pieces, marked_text
from tasdiq.web import queries
from tasdiq.web.deps import AnalystWrite, Db, Viewer, ViewerWrite, web
from tasdiq.web.render import page, query_string
from tasdiq.web.routes.api import ERRORS
from tasdiq.workspace import alerts, webhooks

api_router = APIRouter(prefix="/api/v1", tags=["search"], responses=ERRORS)
page_router = APIRouter(include_in_schema=False)


class SearchQuery(BaseModel):
    q: str = Field(..., min_length=1, max_length=500, description=(
        'Words to find: "a phrase", OR between two words, -word to leave out.'))
    kind: list[HitKind] = Field(default_factory=list, description="Only these kinds (default: all).")
    date_from: dt.date | None = Field(None, description="Published (sources) or happened (incidents) on or after.")
    date_to: dt.date | None = None
    publisher: str | None = Field(None, max_length=300)
    province: str | None = Field(None, max_length=60, description="ISO code or name; incidents and their claims.")
    country: str | None = Field(None, max_length=2)
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_any(cls, data: Any) -> Any:
        # A form submits untouched fields as "", which means "any", not an error.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    def request(self) -> SearchRequest:
        return SearchRequest(q=self.q, kinds=tuple(self.kind) or tuple(HitKind), date_from=self.date_from,
                             date_to=self.date_to, publisher=self.publisher,
                             province=province_code(self.province) if self.province else None,
                             country=self.country.upper() if self.country else None,
                             limit=self.limit, offset=self.offset)


class HitOut(BaseModel):
    kind: HitKind
    id: str
    title: str
    snippet: str = Field(description="A passage around the words matched, as plain text.")
    marks: list[tuple[int, int]] = Field(description="[start, end) of each matched word in `snippet`.")
    date: dt.date | None
    rank: float
    href: str = Field(description="The page that shows it.")


class SearchOut(BaseModel):
    q: str
    counts: dict[str, int] = Field(description=(
        "Matches per kind, counted up to 1,000 (past it, exactly only when every match was read; else see `about`)."))
    newest_first: list[str] = Field(description=(
        "Kinds with 1,000 matches or more: those come newest first, not ranked (add words or filters to rank)."))
    about: dict[str, int] = Field(default_factory=dict, description=(
        "For the kinds in newest_first: all their matches, estimated from how densely the newest lie "
        "(two significant digits)."))
    limit: int
    offset: int
    items: list[HitOut]


def href(hit: SearchHit) -> str:
    if hit.kind is HitKind.SOURCE:
        return f"/sources/{hit.id}"
    if hit.kind is HitKind.INCIDENT:
        return f"/incidents/{hit.id}"
    if hit.kind is HitKind.CLAIM:
        return f"/incidents/{hit.incident_id}#claims" if hit.incident_id else "/incidents"
    return f"/actors/{hit.id}"


def _out(answer: SearchAnswer, query: SearchQuery) -> SearchOut:
    items = []
    for h in answer.hits:
        plain, marks = marked_text(h.snippet)
        items.append(HitOut(kind=h.kind, id=h.id, title=h.title, snippet=plain, marks=marks, date=h.date,
                            rank=round(h.rank, 6), href=href(h)))
    return SearchOut(q=answer.q, counts=answer.counts, newest_first=answer.newest_first, about=answer.about,
                     limit=query.limit,
                     offset=query.offset, items=items)


def _answer(session: Db, query: SearchQuery) -> SearchAnswer:
    # Kept per store version like the list's pages: paging through hits, a search repeated by
    # colleagues or re-run after reading a hit is answered without the full-text query again.
    return queries.cached(session, ("search", query.model_dump_json()),
                          lambda: search(session=session, request=query.request()))


@api_router.get("/search", response_model=SearchOut)
def search_api(session: Db, principal: Viewer, query: Annotated[SearchQuery, Query()]) -> Response:
    """Sources, incidents, claims and actors matching the words, best first, filters combined."""
    body = queries.cached(session, ("search-json", query.model_dump_json()),
                          lambda: _out(_answer(session, query), query).model_dump_json().encode())
    return Response(body, media_type="application/json")


@page_router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, session: Db, principal: Viewer,
                q: Annotated[str, Query(max_length=500)] = "") -> Response:
    # The page reads the same parameters as the API; an empty box shows the form alone.
    params = {k: v for k, v in request.query_params.multi_items() if k != "q"}
    answer, query = None, None
    if q.strip():
        kinds = [k for k in request.query_params.getlist("kind") if k]
        try:
            query = SearchQuery.model_validate({"q": q, **params, "kind": kinds})
        except ValidationError as exc:
            first = exc.errors()[0]
            raise InputError(".".join(str(p) for p in first["loc"]) or "query", first["msg"]) from None
        answer = _answer(session, query)
    return page(request, "search.html", principal=principal, q=q, query=query, answer=answer, kinds=list(HitKind),
                pieces=marked_pieces, href=href, params=params, query_string=query_string, nav="search")


# -- saved searches and the inbox ------------------------------------------------------------

class SaveSearchIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    q: str = Field(..., min_length=1, max_length=500)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    publisher: str | None = Field(None, max_length=300)
    province: str | None = Field(None, max_length=60)
    country: str | None = Field(None, max_length=2)


class SavedOut(BaseModel):
    id: int
    name: str
    query: dict[str, Any]


class InboxItemOut(BaseModel):
    id: int
    search: str
    kind: str
    ref_id: int
    title: str
    at: dt.datetime | None
    read: bool


def _query_of(body: SaveSearchIn) -> dict[str, Any]:
    query = body.model_dump(mode="json", exclude={"name"})
    if query.get("province"):
        query["province"] = province_code(query["province"])
    return query


@api_router.post("/saved-searches", response_model=SavedOut)
def save_search_api(session: Db, principal: ViewerWrite, body: SaveSearchIn) -> SavedOut:
    """Keep a search: sources and incidents that match it from now on reach your inbox."""
    saved = alerts.save(session=session, owner=principal.name, name=body.name, query=_query_of(body))
    return SavedOut(id=saved.id or 0, name=saved.name, query=saved.query)


@api_router.get("/inbox", response_model=list[InboxItemOut])
def inbox_api(session: Db, principal: Viewer) -> list[InboxItemOut]:
    """New matches of your saved searches, unread first."""
    return [InboxItemOut(id=i.id or 0, search=s.name, kind=i.kind, ref_id=i.ref_id, title=i.title, at=i.at,
                         read=i.read) for i, s in alerts.inbox(session, principal.name)]


@page_router.post("/search/save")
def save_search_form(session: Db, principal: ViewerWrite, name: Annotated[str, Form(max_length=200)],
                     q: Annotated[str, Form(max_length=500)], publisher: Annotated[str, Form(max_length=300)] = "",
                     province: Annotated[str, Form(max_length=60)] = "") -> Response:
    body = SaveSearchIn(name=name, q=q, publisher=publisher or None, province=province or None)
    alerts.save(session=session, owner=principal.name, name=body.name, query=_query_of(body))
    return RedirectResponse("/inbox", status_code=303)


@page_router.get("/inbox", response_class=HTMLResponse)
def inbox_page(request: Request, session: Db, principal: Viewer) -> Response:
    return page(request, "inbox.html", principal=principal, items=alerts.inbox(session, principal.name),
                searches=alerts.searches_of(session, principal.name),
                hooks=webhooks.hooks_of(session, principal.name), nav="inbox")


@page_router.post("/inbox/check")
def inbox_check(request: Request, session: Db, principal: AnalystWrite, background: BackgroundTasks) -> Response:
    store = web(request).store
    alerts.check(session=session, public_url=store.settings.public_url)
    background.add_task(webhooks.deliver_due, store=store)  # after this request's transaction commits
    return RedirectResponse("/inbox", status_code=303)


@page_router.post("/inbox/read")
def inbox_read(session: Db, principal: ViewerWrite,
               item_id: Annotated[list[Annotated[int, Field(ge=1, le=2**53)]], Form()]) -> Response:
    alerts.mark_read(session=session, owner=principal.name, item_ids=item_id)
    return RedirectResponse("/inbox", status_code=303)
