"""An analyst's work on one incident: the hypothesis matrix (ACH), splitting and merging.

Forms on the incident page post here (CSRF-checked, analyst and up); each calls the stage
library (`tasdiq.claims` for ACH, `tasdiq.link.decisions` for split and merge) and returns
to the part of the page it changed.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse, Response

from tasdiq import claims
from tasdiq.link import decisions
from tasdiq.model.enums import AchRating
from tasdiq.web import actions
from tasdiq.web.deps import AnalystWrite, Db
from tasdiq.web.filters import ID_MAX, PathId

router = APIRouter(include_in_schema=False)
FormId = Annotated[int, Form(ge=1, le=ID_MAX)]


def _to(incident_id: int, anchor: str) -> Response:
    return RedirectResponse(f"/incidents/{incident_id}#{anchor}", status_code=303)


@router.post("/incidents/{incident_id}/ach/rate")
def rate(session: Db, principal: AnalystWrite, incident_id: PathId, hypothesis_id: FormId, item_id: FormId,
         rating: Annotated[AchRating, Form()]) -> Response:
    actions.rate_cell(session=session, incident_id=incident_id, hypothesis_id=hypothesis_id, item_id=item_id,
                      rating=rating.value, analyst=principal.name)
    return _to(incident_id, "ach")


@router.post("/incidents/{incident_id}/ach/hypotheses")
def add_hypothesis(session: Db, principal: AnalystWrite, incident_id: PathId,
                   label: Annotated[str, Form(min_length=1, max_length=300)],
                   actor: Annotated[str | None, Form(max_length=100)] = None) -> Response:
    claims.add_hypothesis(session=session, incident_id=incident_id, label=label, actor=actor or None)
    return _to(incident_id, "ach")


@router.post("/incidents/{incident_id}/ach/items")
def add_item(session: Db, principal: AnalystWrite, incident_id: PathId,
             description: Annotated[str, Form(min_length=1, max_length=1000)],
             weight: Annotated[float, Form(gt=0, le=100)] = 1.0,
             credibility: Annotated[int | None, Form(ge=1, le=6)] = None) -> Response:
    claims.add_item(session=session, incident_id=incident_id, description=description, weight=weight,
                    credibility=credibility)
    return _to(incident_id, "ach")


@router.post("/incidents/{incident_id}/ach/seed")
def seed(session: Db, principal: AnalystWrite, incident_id: PathId) -> Response:
    """One hypothesis per actor the claims name, plus 'other or unknown'; one item per claim and report."""
    claims.seed_hypotheses(session=session, incident_id=incident_id, include_other=True)
    claims.seed_items(session=session, incident_id=incident_id)
    return _to(incident_id, "ach")


@router.post("/incidents/{incident_id}/split")
def split(session: Db, principal: AnalystWrite, incident_id: PathId,
          mention_id: Annotated[list[int], Form(default_factory=list)]) -> Response:
    new_id = actions.split_off(session=session, incident_id=incident_id, mention_ids=mention_id,
                               analyst=principal.name)
    return _to(new_id, "sources")


@router.post("/incidents/{incident_id}/merge")
def merge(session: Db, principal: AnalystWrite, incident_id: PathId, other: FormId) -> Response:
    """`other` is the same attack: everything on it moves here and it goes."""
    decisions.merge(session=session, into=incident_id, other=other, analyst=principal.name)
    return _to(incident_id, "sources")
