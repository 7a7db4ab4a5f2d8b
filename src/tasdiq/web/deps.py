"""Request dependencies: the database session, who is asking, and one guard per role.

Every route declares one of `viewer`, `analyst`, `reviewer`, `admin` (reads) or the
matching `*_write` (writes, which also check the CSRF token when the caller came with a
session cookie; bearer-token callers are exempt because a browser never sends a token by
itself). A hidden button is not access control: these run on the server for every call.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Request
from fastapi.concurrency import contextmanager_in_threadpool, run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from tasdiq.model import User
from tasdiq.model.enums import Role
from tasdiq.store import Store
from tasdiq.web import queries
from tasdiq.web.accounts import token_digest, user_for_token
from tasdiq.web.context import WebContext
from tasdiq.web.security import CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE, Known, csrf_matches

bearer = HTTPBearer(auto_error=False, description="An API token from `tasdiq users token NAME`.")


class LoginRequired(Exception):
    """No valid session or token: pages redirect to the login form, the API answers 401."""


class Forbidden(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Principal:
    user_id: int
    name: str
    role: Role
    via: Literal["cookie", "token"]
    csrf: str

    def may(self, needed: Role) -> bool:
        return self.role.allows(needed)


def web(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.web
    return ctx


READ_METHODS = frozenset({"GET", "HEAD"})


@contextlib.contextmanager
def read_session(store: Store) -> Iterator[Session]:
    """A session that only reads: it begins deferred on SQLite, so page views run side by side,
    and it is rolled back at the end, so a read route cannot write even by mistake."""
    session = store.sessionmaker(bind=store.engine.execution_options(tasdiq_read_only=True))
    session.info["actor"] = "web"
    session.info["read_only"] = True
    try:
        yield session
    finally:
        session.rollback()
        session.close()


async def db(request: Request) -> AsyncIterator[Session]:
    """The request's session. Reads open and close it on the event loop (no lock waits, no
    I/O until the route's first query, which runs in the route's thread). A write first
    takes a writer slot on the event loop (web/writers.py: no thread and no lock held while
    it queues), then enters and leaves its session in a thread, because BEGIN IMMEDIATE and
    COMMIT may wait for another process's lock, at most `lock_wait_s`."""
    ctx = web(request)
    if request.method in READ_METHODS:
        with read_session(ctx.store) as session:
            yield session
        return
    async with ctx.writers.slot():
        try:
            unit = ctx.store.session(actor="web", lock_wait_s=ctx.config.lock_wait_s)
            async with contextmanager_in_threadpool(unit) as session:
                yield session
        finally:
            queries.clock.invalidate()  # this app's own writes show at once


async def read_db(request: Request) -> AsyncIterator[Session]:
    """A read-only session for a POST that only reads (the login form checks a password:
    argon2 is CPU work that must not hold the write lock, nor a writer slot)."""
    with read_session(web(request).store) as session:
        yield session


# "function" scope: the session commits before the response leaves. With the default
# ("request") a write's redirect reached the browser before the COMMIT, and the page it
# loaded next could still show the old state (the browser test caught it, intermittently).
Db = Annotated[Session, Depends(db, scope="function")]
ReadDb = Annotated[Session, Depends(read_db, scope="function")]




def _known(user: User | None) -> Known | None:
    if user is None or user.id is None or not user.active:
        return None
    return Known(user.id, user.username, Role(user.role), user.session_epoch)


def _from_token(request: Request, session: Session, token: str, *, record_use: bool) -> Principal | None:
    if record_use:  # a write: look the token up afresh and stamp its use
        known = _known(user_for_token(session=session, token=token, record_use=True))
    else:
        known = web(request).identities.get(("token", token_digest(token)),
                               lambda: _known(user_for_token(session=session, token=token, record_use=False)))
    return Principal(known.user_id, known.name, known.role, "token", "") if known else None


def _from_cookie(request: Request, session: Session) -> Principal | None:
    data = web(request).signer.load(request.cookies.get(SESSION_COOKIE))
    if data is None:
        return None
    known = web(request).identities.get(("user", str(data.user_id)), lambda: _known(session.get(User, data.user_id)))
    if known is None or known.epoch != data.epoch:  # logged out, or the role changed, since this cookie
        return None
    return Principal(known.user_id, known.name, known.role, "cookie", data.csrf)


def _resolve(request: Request, session: Session, credentials: HTTPAuthorizationCredentials | None,
             *, writing: bool) -> Principal | None:
    if credentials is not None:
        return _from_token(request, session, credentials.credentials, record_use=writing)
    return _from_cookie(request, session)


async def optional_principal(
    request: Request, session: Db, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal | None:
    # A read resolves from the identity cache on the event loop (a miss is one indexed read);
    # a write may wait for the SQLite lock, so it goes to a thread.
    writing = request.method not in READ_METHODS
    if writing:
        principal = await run_in_threadpool(_resolve, request, session, credentials, writing=True)
    else:
        principal = _resolve(request, session, credentials, writing=False)
    if principal is not None:
        session.info["actor"] = principal.name  # the audit chain records who wrote
    return principal


async def unslotted_principal(
    request: Request, session: ReadDb, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal | None:
    """The principal of a write that takes its writer slot itself, and only for its writes (an
    upload parses first). Looked up on a read session, so a bearer token's use is not stamped."""
    return _resolve(request, session, credentials, writing=False)


async def _csrf_given(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.headers.get("content-type", "").startswith(("application/x-www-form-urlencoded", "multipart/")):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


def _guard(needed: Role, *, write: bool, resolve: Callable[..., Coroutine[Any, Any, Principal | None]]
           = optional_principal) -> Callable[..., Coroutine[Any, Any, Principal]]:
    # A default, not an Annotated hint: hints are strings here (postponed annotations), read
    # from the module's names, and `resolve` is this call's own.
    async def check(request: Request, principal: Principal | None = Depends(resolve)) -> Principal:
        if principal is None:
            raise LoginRequired()
        if not principal.may(needed):
            raise Forbidden(f"this needs the {needed.value} role; you are {principal.role.value}")
        if write and principal.via == "cookie" and not csrf_matches(principal.csrf, await _csrf_given(request)):
            raise Forbidden("missing or wrong CSRF token: reload the page and try again")
        return principal

    check.__name__ = f"require_{needed.value}{'_write' if write else ''}"
    return check


Viewer = Annotated[Principal, Depends(_guard(Role.VIEWER, write=False))]
Analyst = Annotated[Principal, Depends(_guard(Role.ANALYST, write=False))]
Reviewer = Annotated[Principal, Depends(_guard(Role.REVIEWER, write=False))]
Admin = Annotated[Principal, Depends(_guard(Role.ADMIN, write=False))]
ViewerWrite = Annotated[Principal, Depends(_guard(Role.VIEWER, write=True))]
AnalystWrite = Annotated[Principal, Depends(_guard(Role.ANALYST, write=True))]
ReviewerWrite = Annotated[Principal, Depends(_guard(Role.REVIEWER, write=True))]
AdminWrite = Annotated[Principal, Depends(_guard(Role.ADMIN, write=True))]
# A write that takes writer slots itself (`ctx.writers.slot()`) around its writes only.
AnalystUpload = Annotated[Principal, Depends(_guard(Role.ANALYST, write=True, resolve=unslotted_principal))]
