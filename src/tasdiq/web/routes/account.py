"""Your own account (every role): change your password, see and revoke your API tokens.
An admin's reset of someone else's password is in routes/admin.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tasdiq.errors import NotFound
from tasdiq.model import User
from tasdiq.web.accounts import change_password, revoke_tokens, tokens_of
from tasdiq.web.deps import Db, Viewer, ViewerWrite, web
from tasdiq.web.filters import PathId
from tasdiq.web.render import page
from tasdiq.web.security import SESSION_COOKIE

router = APIRouter(include_in_schema=False)


def _me(session: Db, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:  # deleted since the guard resolved it
        raise NotFound("user", user_id)
    return user


@router.get("/account", response_class=HTMLResponse)
def account(request: Request, session: Db, principal: Viewer) -> Response:
    tokens = tokens_of(session=session, user=_me(session, principal.user_id))
    return page(request, "account.html", principal=principal, tokens=tokens, message=None, nav="account")


@router.post("/account/password")
def password(
    request: Request,
    session: Db,
    principal: ViewerWrite,
    current: Annotated[str, Form(max_length=1000)],
    new: Annotated[str, Form(max_length=1000)],
) -> Response:
    change_password(session=session, user=_me(session, principal.user_id), current=current, new=new)
    web(request).identities.forget(principal.user_id)
    response = RedirectResponse("/login", status_code=303)  # the session just ended: sign in anew
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/account/tokens/{token_id}/revoke")
def revoke(request: Request, session: Db, principal: ViewerWrite, token_id: PathId) -> Response:
    revoke_tokens(session=session, user=_me(session, principal.user_id), token_id=token_id)
    web(request).identities.forget(principal.user_id)
    return RedirectResponse("/account", status_code=303)
