"""Rendering pages: one helper that gives every template the same context."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse

from tasdiq.model.enums import Role
from tasdiq.web.deps import Principal, web


def page(request: Request, template: str, *, principal: Principal | None, status_code: int = 200,
         csrf: str | None = None, **context: Any) -> HTMLResponse:
    """Render `template`; personal details show only when the role allows them."""
    response: HTMLResponse = web(request).templates.TemplateResponse(
        request,
        template,
        {
            "principal": principal,
            "csrf": csrf if csrf is not None else (principal.csrf if principal else ""),
            "show_personal": bool(principal and principal.may(Role.ANALYST)),
            "Role": Role,
            **context,
        },
        status_code=status_code,
    )
    return response


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})
