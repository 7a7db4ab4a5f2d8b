"""`/favicon.ico`: browsers ask for it on every first visit; a 404 there fills logs with noise."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from tasdiq.web.context import STATIC_DIR

router = APIRouter(include_in_schema=False)


@router.get("/favicon.ico")
def favicon() -> Response:
    # An SVG under the .ico name: every browser we serve reads it by its content type.
    return Response((STATIC_DIR / "favicon.svg").read_bytes(), media_type="image/svg+xml",
                    headers={"cache-control": "public, max-age=86400"})
