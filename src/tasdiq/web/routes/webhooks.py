"""Webhooks for saved-search alerts (`tasdiq.workspace.webhooks`): add, list, remove, deliveries.

Each user manages their own hooks through the API; the hosts a hook may reach are the admin's
allow-list (TASDIQ_WEBHOOK_HOSTS), empty by default, so a hook is refused until an admin allowed
its host. Admins also have a page, `/admin/webhooks`: every user's hooks with their latest
delivery, a form to add one of their own, a test delivery and removal of any hook.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from tasdiq.errors import InputError
from tasdiq.model import Webhook, WebhookDelivery
from tasdiq.web.deps import Admin, AdminWrite, Db, Principal, Viewer, ViewerWrite, web
from tasdiq.web.filters import ID_MAX, PathId
from tasdiq.web.render import page
from tasdiq.web.routes.api import ERRORS
from tasdiq.workspace import alerts, webhooks

router = APIRouter(prefix="/api/v1", tags=["webhooks"], responses=ERRORS)
page_router = APIRouter(include_in_schema=False)


class WebhookIn(BaseModel):
    url: str = Field(..., min_length=1, max_length=2000, description="http(s) address on a host the admin allowed.")
    saved_search_id: Annotated[int, Field(ge=1, le=ID_MAX)] | None = Field(
        None, description="One of your saved searches; none: all of them.")


class DeliveryOut(BaseModel):
    id: int
    status: str
    attempts: int
    http_status: int | None
    error: str | None
    created_at: dt.datetime | None
    delivered_at: dt.datetime | None
    next_attempt_at: dt.datetime | None


class WebhookOut(BaseModel):
    id: int
    url: str
    saved_search_id: int | None
    active: bool
    last_delivery: DeliveryOut | None = None


class WebhookMade(WebhookOut):
    secret: str = Field(..., description="Shown this once: the HMAC-SHA256 key of the X-Tasdiq-Signature header.")


def _delivery(d: WebhookDelivery) -> DeliveryOut:
    return DeliveryOut(id=d.id or 0, status=d.status, attempts=d.attempts, http_status=d.http_status,
                       error=d.last_error, created_at=d.created_at, delivered_at=d.delivered_at,
                       next_attempt_at=d.next_attempt_at)


def _hook(hook: Webhook, last: WebhookDelivery | None) -> WebhookOut:
    return WebhookOut(id=hook.id or 0, url=hook.url, saved_search_id=hook.saved_search_id, active=hook.active,
                      last_delivery=_delivery(last) if last else None)


@router.post("/webhooks", response_model=WebhookMade)
def add_webhook(request: Request, session: Db, principal: ViewerWrite, body: WebhookIn) -> WebhookMade:
    """POST your saved searches' new matches, signed, to this address (its host must be allowed)."""
    hook, secret = webhooks.add(session=session, owner=principal.name, url=body.url,
                                hosts=web(request).store.settings.allowed_webhook_hosts,
                                saved_search_id=body.saved_search_id)
    return WebhookMade(**_hook(hook, None).model_dump(), secret=secret)


@router.get("/webhooks", response_model=list[WebhookOut])
def list_webhooks(session: Db, principal: Viewer) -> list[WebhookOut]:
    """Your webhooks, each with its latest delivery."""
    return [_hook(hook, last) for hook, last in webhooks.hooks_of(session, principal.name)]


@router.get("/webhooks/{webhook_id}/deliveries", response_model=list[DeliveryOut])
def webhook_deliveries(session: Db, principal: Viewer, webhook_id: PathId) -> list[DeliveryOut]:
    """What each delivery of one of your webhooks became, newest first."""
    return [_delivery(d) for d in webhooks.deliveries(session, owner=principal.name, hook_id=webhook_id)]


@router.delete("/webhooks/{webhook_id}", status_code=204)
def remove_webhook(session: Db, principal: ViewerWrite, webhook_id: PathId) -> Response:
    """Stop sending to this webhook; its pending deliveries are dropped."""
    webhooks.remove(session=session, owner=principal.name, hook_id=webhook_id)
    return Response(status_code=204)


# -- the admin page ---------------------------------------------------------------------------

def _admin_page(request: Request, session: Db, principal: Principal, *, status: int = 200, secret: str = "",
                made: int | None = None, problem: str = "", url: str = "") -> Response:
    response = page(request, "webhooks.html", principal=principal, hooks=webhooks.hooks_of(session, None),
                    searches=alerts.searches_of(session, principal.name),
                    hosts=sorted(web(request).store.settings.allowed_webhook_hosts),
                    secret=secret, made=made, problem=problem, url=url, nav="webhooks")
    response.status_code = status
    return response


@page_router.get("/admin/webhooks", response_class=HTMLResponse)
def webhooks_page(request: Request, session: Db, principal: Admin) -> Response:
    return _admin_page(request, session, principal)


@page_router.post("/admin/webhooks", response_class=HTMLResponse)
def add_webhook_form(request: Request, session: Db, principal: AdminWrite,
                     url: Annotated[str, Form(max_length=2000)],
                     saved_search_id: Annotated[str, Form(max_length=20)] = "") -> Response:
    """A hook of the admin's own; its secret is on the answer page, this once."""
    try:
        hook, secret = webhooks.add(session=session, owner=principal.name, url=url,
                                    hosts=web(request).store.settings.allowed_webhook_hosts,
                                    saved_search_id=int(saved_search_id) if saved_search_id.isdigit() else None)
    except InputError as refused:  # the form again, with the address as typed and why it was refused
        return _admin_page(request, session, principal, status=400, problem=refused.problem, url=url)
    return _admin_page(request, session, principal, secret=secret, made=hook.id)


@page_router.post("/admin/webhooks/{webhook_id}/test")
def test_webhook_form(request: Request, session: Db, principal: AdminWrite, webhook_id: PathId,
                      background: BackgroundTasks) -> Response:
    """Queue a test delivery and send it after this answer, as alerts are sent."""
    webhooks.queue_test(session=session, owner=None, hook_id=webhook_id)
    background.add_task(webhooks.deliver_due, store=web(request).store)
    return RedirectResponse(f"/admin/webhooks#hook-{webhook_id}", status_code=303)


@page_router.post("/admin/webhooks/{webhook_id}/delete")
def delete_webhook_form(session: Db, principal: AdminWrite, webhook_id: PathId) -> Response:
    webhooks.remove(session=session, owner=None, hook_id=webhook_id)
    return RedirectResponse("/admin/webhooks", status_code=303)
