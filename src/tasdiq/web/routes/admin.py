"""Account administration (admins only): list users, add one, change a role or deactivate, reset a password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tasdiq.errors import NotFound
from tasdiq.model import User
from tasdiq.model.enums import Role
from tasdiq.web.accounts import change_account, create_user, list_users, reset_password
from tasdiq.web.deps import Admin, AdminWrite, Db, web
from tasdiq.web.filters import PathId
from tasdiq.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/admin/users", response_class=HTMLResponse)
def users(request: Request, session: Db, principal: Admin) -> Response:
    return page(request, "users.html", principal=principal, users=list_users(session=session), roles=list(Role),
                nav="admin")


@router.post("/admin/users")
def add_user(
    session: Db,
    principal: AdminWrite,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    role: Annotated[Role, Form()],
) -> Response:
    create_user(session=session, username=username, password=password, role=role)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}")
def change_user(
    request: Request,
    session: Db,
    principal: AdminWrite,
    user_id: PathId,
    role: Annotated[Role, Form()],
    active: Annotated[bool, Form()] = False,
) -> Response:
    change_account(session=session, user_id=user_id, role=role, active=active)
    web(request).identities.forget(user_id)  # at once in this process, not after the cache's 10 s
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/password")
def reset_user_password(
    request: Request,
    session: Db,
    principal: AdminWrite,
    user_id: PathId,
    password: Annotated[str, Form(max_length=1000)],
) -> Response:
    """Set a new password for a user who forgot theirs; their sessions end. Audited."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    reset_password(session=session, user=user, new=password)
    web(request).identities.forget(user_id)
    return RedirectResponse("/admin/users", status_code=303)
