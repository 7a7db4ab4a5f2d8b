"""Account administration (admins only): list users, add one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tasdiq.model.enums import Role
from tasdiq.web.accounts import create_user, list_users
from tasdiq.web.deps import Admin, AdminWrite, Db
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
