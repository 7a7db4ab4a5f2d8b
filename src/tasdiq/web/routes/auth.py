"""Log in and out. The login form carries a CSRF token bound to a signed pre-session cookie."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tasdiq.model import User
from tasdiq.web.accounts import authenticate, end_sessions
from tasdiq.web.deps import Db, ReadDb, ViewerWrite, web
from tasdiq.web.render import page
from tasdiq.web.security import PRESESSION_COOKIE, SESSION_COOKIE, SessionData, csrf_matches, new_csrf

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # Only paths on this site: "//evil.example" and "https://..." would be open redirects.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _set_cookie(request: Request, response: Response, name: str, value: str) -> None:
    cfg = web(request).config
    response.set_cookie(name, value, max_age=cfg.session_max_age_s, httponly=True, samesite="lax",
                        secure=cfg.secure_cookies, path="/")


def _login_form(request: Request, *, message: str | None = None, status_code: int = 200,
                next_url: str = "/") -> Response:
    csrf = web(request).signer.load_pre(request.cookies.get(PRESESSION_COOKIE)) or new_csrf()
    response = page(request, "login.html", principal=None, csrf=csrf, message=message, next_url=next_url,
                    status_code=status_code)
    _set_cookie(request, response, PRESESSION_COOKIE, web(request).signer.dump_pre(csrf))
    return response


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    return _login_form(request, next_url=_safe_next(next))


@router.post("/login")
def login(
    request: Request,
    session: ReadDb,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    ctx = web(request)
    if not csrf_matches(ctx.signer.load_pre(request.cookies.get(PRESESSION_COOKIE)), csrf_token):
        return _login_form(request, message="The form expired; please try again.", status_code=403)
    address = request.client.host if request.client else "-"
    wait = ctx.throttle.wait_s(address, username)
    if wait > 0:
        response = _login_form(request, message=f"Too many failed attempts; wait {math.ceil(wait)} s.",
                               status_code=429, next_url=_safe_next(next))
        response.headers["retry-after"] = str(math.ceil(wait))
        return response
    user = authenticate(session=session, username=username, password=password)
    if user is None or user.id is None:
        ctx.throttle.failed(address, username)
        return _login_form(request, message="Wrong user name or password.", status_code=401,
                           next_url=_safe_next(next))
    ctx.throttle.succeeded(address, username)
    if session.is_modified(user):  # argon2 parameters changed: keep the rehash, in its own short write
        _save_rehash(request, user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    # A fresh CSRF seed per login: a token seen before login is useless after it.
    cookie = ctx.signer.dump(SessionData(user.id, new_csrf(), user.session_epoch))
    _set_cookie(request, response, SESSION_COOKIE, cookie)
    response.delete_cookie(PRESESSION_COOKIE, path="/")
    return response


def _save_rehash(request: Request, user: User) -> None:
    ctx = web(request)
    with ctx.store.session(actor=user.username, lock_wait_s=ctx.config.lock_wait_s) as write:
        stored = write.get(User, user.id)
        if stored is not None:
            stored.password_hash = user.password_hash


@router.post("/logout")
def logout(request: Request, session: Db, principal: ViewerWrite) -> Response:
    """Ends the session on the server too: a copy of the cookie is refused from now on (every
    session of this user ends, on every device: one epoch per user, no sessions table)."""
    user = session.get(User, principal.user_id)
    if user is not None and principal.via == "cookie":
        end_sessions(session=session, user=user)
    web(request).identities.forget(principal.user_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
