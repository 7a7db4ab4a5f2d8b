"""The JSON API under /api/v1, described at /api/v1/openapi.json.

Response models come from `tasdiq.web.schemas` (derived from the model dataclasses). Reads
need the viewer role, writes analyst or reviewer; cookie callers send `X-CSRF-Token`,
token callers (`Authorization: Bearer`) do not need to.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field, create_model
from sqlalchemy.sql.elements import ColumnElement
from starlette.concurrency import run_in_threadpool

from tasdiq.errors import NotFound
from tasdiq.model import Claim, Mention, Source, Verification
from tasdiq.model.enums import CheckKind, CheckResult, ClaimKind, Role
from tasdiq.store.schema import table_of
from tasdiq.web import actions, dashboard, exports, geo, queries, schemas, views
from tasdiq.web.deps import AnalystUpload, AnalystWrite, Db, ReviewerWrite, Viewer, web
from tasdiq.web.filters import IncidentFilter, IncidentListQuery, PageQuery, PathId, QueryId
from tasdiq.web.highlight import viewer_text
from tasdiq.web.routes.jobs import enqueue_pipeline
from tasdiq.web.schemas import (
    INCIDENT_LIST_EXCLUDE,
    SOURCE_LIST_EXCLUDE,
    ClaimOut,
    IncidentOut,
    LinkOut,
    MentionOut,
    SourceOut,
    VerificationOut,
    to_dict,
)
from tasdiq.web.uploads import ingest_uploads


class ErrorOut(BaseModel):
    detail: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Well-formed input the domain refuses (the reason says why)"},
    401: {"model": ErrorOut, "description": "No valid session or token"},
    403: {"model": ErrorOut, "description": "The role does not allow this, or a cookie call lacks its CSRF token"},
    404: {"model": ErrorOut, "description": "No such record"},
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)
Filters = Annotated[IncidentFilter, Query()]
Paging = Annotated[PageQuery, Query()]

IncidentDetailOut = create_model(
    "IncidentDetailOut",
    incident=(IncidentOut, ...),
    links=(list[LinkOut], ...),  # type: ignore[valid-type]
    mentions=(list[MentionOut], ...),  # type: ignore[valid-type]
    claims=(list[ClaimOut], ...),  # type: ignore[valid-type]
    verifications=(list[VerificationOut], ...),  # type: ignore[valid-type]
)


class Me(BaseModel):
    username: str
    role: str


class CheckIn(BaseModel):
    """One check; its criterion is the check's published definition (tasdiq.verify), not free text."""

    check: CheckKind
    result: CheckResult
    precision_m: float | None = Field(None, gt=0, le=1e7, description="A geolocation pass states it, in metres.")
    value: str | None = Field(None, max_length=1000, description="A count check states the number counted.")
    note: str | None = Field(None, max_length=4000)


class LinkDecisionOut(BaseModel):
    incident_id: int
    link_id: int
    decision: str


class UploadResult(BaseModel):
    name: str
    status: str
    problem: str | None = None
    sources: list[int] = []
    evidence: list[int] = []
    # The background job extracting and linking what this upload added (see /jobs/{id}).
    job: int | None = None


def _page(total: int, paging: PageQuery | IncidentListQuery, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": items}


@router.get("/me", response_model=Me)
def me(principal: Viewer) -> dict[str, str]:
    return {"username": principal.name, "role": principal.role.value}


@router.get("/incidents", response_model=schemas.IncidentPage)
def list_incidents(session: Db, principal: Viewer, q: Annotated[IncidentListQuery, Query()]) -> Response:
    def compute() -> bytes:
        total, rows = queries.incident_page(session, q)
        page = _page(total, q, [to_dict(r, role=principal.role, exclude=INCIDENT_LIST_EXCLUDE) for r in rows])
        return schemas.IncidentPage.model_validate(page).model_dump_json().encode()

    # Serialised once per store version, query and visibility: the list is what every analyst opens.
    key = ("incident-list-json", q.model_dump_json(), principal.may(Role.ANALYST))
    return Response(queries.cached(session, key, compute), media_type="application/json")


@router.get("/incidents/{incident_id}", response_model=IncidentDetailOut)
def get_incident(session: Db, principal: Viewer, incident_id: PathId) -> dict[str, Any]:
    view = views.incident_view(session, incident_id)
    role = principal.role
    return {
        "incident": to_dict(view.incident, role=role),
        "links": [to_dict(lm.link, role=role) for lm in view.linked],
        "mentions": [to_dict(lm.mention, role=role) for lm in view.linked],
        "claims": [to_dict(c, role=role) for c in view.claims],
        "verifications": [to_dict(v, role=role) for v in view.verifications],
    }


@router.get("/mentions", response_model=schemas.MentionPage)
def list_mentions(session: Db, principal: Viewer, paging: Paging, source_id: QueryId = None,
                  max_confidence: float | None = Query(None, description="Only below this confidence.")
                  ) -> dict[str, Any]:
    t = table_of(Mention)
    conds: list[ColumnElement[bool]] = []
    if source_id is not None:
        conds.append(t.c.source_id == source_id)
    if max_confidence is not None:
        conds.append(t.c.confidence < max_confidence)
    total, rows = queries.paged(session, Mention, conds, limit=paging.limit, offset=paging.offset)
    return _page(total, paging, [to_dict(r, role=principal.role) for r in rows])


@router.get("/mentions/{mention_id}", response_model=MentionOut)
def get_mention(session: Db, principal: Viewer, mention_id: PathId) -> dict[str, Any]:
    return to_dict(_get(session, Mention, mention_id, "mention"), role=principal.role)


@router.get("/sources", response_model=schemas.SourcePage)
def list_sources(session: Db, principal: Viewer, paging: Paging,
                 publisher: Annotated[str | None, Query(max_length=300)] = None,
                 kind: Annotated[str | None, Query(max_length=40)] = None) -> dict[str, Any]:
    t = table_of(Source)
    conds: list[ColumnElement[bool]] = []
    if publisher:
        conds.append(t.c.publisher == publisher)
    if kind:
        conds.append(t.c.kind == kind)
    total, rows = queries.paged(session, Source, conds, limit=paging.limit, offset=paging.offset)
    return _page(total, paging, [to_dict(r, role=principal.role, exclude=SOURCE_LIST_EXCLUDE) for r in rows])


@router.get("/sources/{source_id}", response_model=SourceOut)
def get_source(session: Db, principal: Viewer, source_id: PathId) -> dict[str, Any]:
    """The source; for viewers its text has the persons it names withheld, as on the pages."""
    if principal.may(Role.ANALYST):
        return to_dict(_get(session, Source, source_id, "source"), role=principal.role)
    view = views.source_view(session, source_id)
    return to_dict(view.source, role=principal.role) | {
        "text": viewer_text(view.source.text, view.mentions, view.claims)}


@router.get("/claims", response_model=schemas.ClaimPage)
def list_claims(session: Db, principal: Viewer, paging: Paging, incident_id: QueryId = None,
                kind: ClaimKind | None = None, claimant: Annotated[str | None, Query(max_length=300)] = None
                ) -> dict[str, Any]:
    t = table_of(Claim)
    conds: list[ColumnElement[bool]] = []
    if incident_id is not None:
        conds.append(t.c.incident_id == incident_id)
    if kind is not None:
        conds.append(t.c.kind == kind.value)
    if claimant:
        conds.append(t.c.claimant == claimant)
    total, rows = queries.paged(session, Claim, conds, limit=paging.limit, offset=paging.offset)
    return _page(total, paging, [to_dict(r, role=principal.role) for r in rows])


@router.get("/verifications", response_model=schemas.VerificationPage)
def list_verifications(session: Db, principal: Viewer, paging: Paging, incident_id: QueryId = None,
                       result: CheckResult | None = None) -> dict[str, Any]:
    t = table_of(Verification)
    conds: list[ColumnElement[bool]] = []
    if incident_id is not None:
        conds.append(t.c.incident_id == incident_id)
    if result is not None:
        conds.append(t.c.result == result.value)
    total, rows = queries.paged(session, Verification, conds, limit=paging.limit, offset=paging.offset)
    return _page(total, paging, [to_dict(r, role=principal.role) for r in rows])


class MapPointsOut(BaseModel):
    fields: list[str] = Field(description="What each point holds, in order: id, lat, lon, killed, type, precision.")
    types: list[str] = Field(description="Attack types; a point's `type` is an index into this list.")
    points: list[list[float | None]] = Field(description=(
        "[id, lat, lon, killed (null: unknown), type, precision] each; precision is UCDP's: 1 the exact place, "
        "2 within 25 km, 3 the district, 4 the province's centroid, null unknown."))
    truncated: bool = Field(description="More incidents match than `limit`: the deadliest are given.")


class ProvinceCountOut(BaseModel):
    admin1: str
    incidents: int
    killed: int
    injured: int


@router.get("/map/points", response_model=MapPointsOut, summary="Incident points, compact, deadliest first",
            description="Each point is `[id, lat, lon, killed, type, precision]`; titles and dates come from "
                        "`/api/v1/incidents/{id}` when one is clicked.")
def map_points(session: Db, principal: Viewer, f: Filters,
               limit: Annotated[int, Query(ge=1, le=20_000)] = queries.MAP_POINTS_DEFAULT) -> Response:
    return Response(queries.map_points(session, f, limit=limit), media_type="application/json")


@router.get("/map/provinces", response_model=list[ProvinceCountOut],
            summary="Incidents and casualties per province (for the choropleth)")
def map_provinces(session: Db, principal: Viewer, f: Filters) -> Response:
    return Response(queries.province_counts_json(session, f), media_type="application/json")


@router.get("/map/boundaries", summary="Province boundaries of both countries, compact GeoJSON",
            description="Afghanistan's 34 provinces (geoBoundaries ADM1) and Pakistan's 7 first-level units "
                        "(Natural Earth admin-1, FATA inside Khyber Pakhtunkhwa); each feature's `admin1` is "
                        "its ISO 3166-2 code, as incidents carry it.")
def map_boundaries(principal: Viewer) -> Response:
    return Response(geo.province_boundaries(), media_type="application/geo+json",
                    headers={"cache-control": "private, max-age=86400"})


@router.get("/stats", summary="Dashboard figures: by month, province, perpetrator, target; claimed vs verified",
            description="Counted by `tasdiq.analyse` (docs/analyse.md): tallies by month, province, perpetrator "
                        "(claimed and attributed apart), target and attack type; status counts; data quality; "
                        "claimed versus verified per claimant (`tasdiq.claims.reconcile`, date filters only).")
def stats(session: Db, principal: Viewer, f: Filters) -> dict[str, Any]:
    return dashboard.figures(session, f)


@router.get("/exports/incidents", summary="Incidents matching the filters in an exchange format",
            description="Written by `tasdiq.exchange` (docs/exchange.md): `csv` has ACLED's columns, `geojson` "
                        "its rows as properties, `jsonl` one incident with its claims, checks and sources per line, "
                        "`stix` a STIX 2.1 bundle, `csv-ucdp`/`csv-gtd` those datasets' columns. Personal fields "
                        "only for analysts and up. At most 20,000 incidents, in id order. One export per user at a "
                        "time (429 with Retry-After otherwise), stopped after 120 s.")
def export_incidents(request: Request, session: Db, principal: Viewer, f: Filters,
                     format: Annotated[str, Query(json_schema_extra={"enum": list(exports.FORMATS)})] = "jsonl",
                     limit: Annotated[int, Query(ge=1, le=exports.MAX_INCIDENTS)] = 10_000) -> Response:
    with web(request).exports.slot(principal.user_id) as expired:
        body = exports.export_file(session=session, f=f, fmt=format, role=principal.role, limit=limit,
                                   expired=expired)
    return StreamingResponse(exports.chunks(body), media_type=exports.MEDIA_TYPES.get(format, "text/plain"),
                             headers={"content-disposition": f'attachment; filename="{exports.filename(format)}"'})


@router.post("/links/{link_id}/confirm", response_model=LinkDecisionOut)
def api_confirm_link(session: Db, principal: AnalystWrite, link_id: PathId) -> dict[str, Any]:
    incident_id = actions.confirm_link(session=session, link_id=link_id, analyst=principal.name)
    return {"incident_id": incident_id, "link_id": link_id, "decision": "confirm"}


@router.post("/links/{link_id}/reject", response_model=LinkDecisionOut)
def api_reject_link(session: Db, principal: AnalystWrite, link_id: PathId) -> dict[str, Any]:
    incident_id = actions.reject_link(session=session, link_id=link_id, analyst=principal.name)
    return {"incident_id": incident_id, "link_id": link_id, "decision": "reject"}


@router.post("/incidents/{incident_id}/verifications", response_model=VerificationOut, status_code=201)
def api_add_check(request: Request, session: Db, principal: AnalystWrite, incident_id: PathId, body: CheckIn
                  ) -> dict[str, Any]:
    row = actions.add_check(session=session, incident_id=incident_id, check=body.check, result=body.result,
                            precision_m=body.precision_m, value=body.value, note=body.note, analyst=principal.name,
                            second_reviewer=web(request).store.settings.second_reviewer)
    return to_dict(row, role=principal.role)


@router.post("/incidents/{incident_id}/sign-off", response_model=list[VerificationOut])  # type: ignore[valid-type]
def api_sign_off(request: Request, session: Db, principal: ReviewerWrite, incident_id: PathId
                 ) -> list[dict[str, Any]]:
    """A reviewer signs off the incident's current unreviewed checks (never their own)."""
    rows = actions.sign_off(session=session, incident_id=incident_id, reviewer=principal.name,
                            second_reviewer=web(request).store.settings.second_reviewer)
    return [to_dict(r, role=principal.role) for r in rows]


@router.post("/uploads", response_model=list[UploadResult])
async def api_upload(request: Request, principal: AnalystUpload, files: Annotated[list[UploadFile], File()]
                     ) -> list[dict[str, object]]:
    ctx = web(request)  # as in the upload page: each file is parsed first, then takes a writer slot
    results = await ingest_uploads(store=ctx.store, files=files, actor=principal.name,
                                   max_bytes=ctx.config.upload_max_bytes, writers=ctx.writers)
    async with ctx.writers.slot():
        job_id = await run_in_threadpool(enqueue_pipeline, store=ctx.store, results=results, actor=principal.name)
    return [r | {"job": job_id} for r in results]


def _get(session: Db, entity: type[Any], ident: int, kind: str) -> Any:
    obj = session.get(entity, ident)
    if obj is None:
        raise NotFound(kind, ident)
    return obj

