"""Webhooks for saved-search alerts (`tasdiq.workspace.webhooks`): add, list, remove, deliveries.

Each user manages their own hooks; the hosts a hook may reach are the admin's allow-list
(TASDIQ_WEBHOOK_HOSTS), empty by default, so a hook is refused until an admin allowed its host.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from tasdiq.model import Webhook, WebhookDelivery
from tasdiq.web.deps import Db, Viewer, ViewerWrite, web
from tasdiq.web.filters import ID_MAX, PathId
from tasdiq.web.routes.api import ERRORS
from tasdiq.workspace import webhooks

router = APIRouter(prefix="/api/v1", tags=["webhooks"], responses=ERRORS)


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
