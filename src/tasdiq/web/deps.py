"""Request dependencies: the database session, who is asking, and one guard per role.

Every route declares one of `viewer`, `analyst`, `reviewer`, `admin` (reads) or the
matching `*_write` (writes, which also check the CSRF token when the caller came with a
session cookie; bearer-token callers are exempt because a browser never sends a token by
itself). A hidden button is not access control: these run on the server for every call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from tasdiq.model import User
from tasdiq.model.enums import Role
from tasdiq.store import Store
from tasdiq.web.accounts import user_for_token
from tasdiq.web.context import WebContext
from tasdiq.web.security import CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE, csrf_matches

bearer = HTTPBearer(auto_error=False, description="An API token from `tasdiq users token NAME`.")


class LoginRequired(Exception):
    """No valid session or token: pages redirect to the login form, the API answers 401."""


class Forbidden(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Principal:
    user: User
    role: Role
    via: Literal["cookie", "token"]
    csrf: str

    @property
    def name(self) -> str:
        return self.user.username

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
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def db(request: Request) -> Iterator[Session]:
    store = web(request).store
    if request.method in READ_METHODS:
        with read_session(store) as session:
            yield session
    else:
        with store.session(actor="web") as session:
            yield session


Db = Annotated[Session, Depends(db)]


def _from_token(session: Session, token: str, *, record_use: bool) -> Principal | None:
    user = user_for_token(session=session, token=token, record_use=record_use)
    return Principal(user, Role(user.role), "token", "") if user else None


def _from_cookie(request: Request, session: Session) -> Principal | None:
    data = web(request).signer.load(request.cookies.get(SESSION_COOKIE))
    if data is None:
        return None
    user = session.get(User, data.user_id)
    if user is None or not user.active:
        return None
    return Principal(user, Role(user.role), "cookie", data.csrf)


def optional_principal(
    request: Request, session: Db, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal | None:
    if credentials is not None:
        principal = _from_token(session, credentials.credentials, record_use=request.method not in READ_METHODS)
    else:
        principal = _from_cookie(request, session)
    if principal is not None:
        session.info["actor"] = principal.name  # the audit chain records who wrote
    return principal


async def _csrf_given(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.headers.get("content-type", "").startswith(("application/x-www-form-urlencoded", "multipart/")):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


def _guard(needed: Role, *, write: bool) -> Callable[..., Coroutine[Any, Any, Principal]]:
    async def check(
        request: Request, principal: Annotated[Principal | None, Depends(optional_principal)]
    ) -> Principal:
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
