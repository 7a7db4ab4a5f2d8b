"""Build the FastAPI app: pages, the /api/v1 API, static files, errors and security headers."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tasdiq.errors import NotFound, PermissionDenied, TasdiqError
from tasdiq.jobs import Worker
from tasdiq.store import Store
from tasdiq.web.config import WebConfig, load_or_create_secret
from tasdiq.web.context import STATIC_DIR, TEMPLATES_DIR, WebContext
from tasdiq.web.deps import Forbidden, LoginRequired, web
from tasdiq.web.exports import ExportSlots
from tasdiq.web.render import page, query_string
from tasdiq.web.security import IdentityCache, LoginThrottle, SessionSigner
from tasdiq.web.writers import StoreBusy, WriterGate, is_busy

API_PREFIX = "/api/v1"
# Everything a page needs comes from this server: no CDN, no tiles, no fonts from elsewhere.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
       "form-action 'self'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


# Pages and API answers carry what a role may see (and personal fields for analysts): no
# browser or proxy cache may keep them. Static files and answers that set their own policy
# (the province shapes) are left alone.
NO_STORE = (b"cache-control", b"no-store")


def _with_cache_control(path: str, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    if path.startswith("/static/") or any(name.lower() == b"cache-control" for name, _ in headers):
        return headers
    return [*headers, NO_STORE]


class SecurityHeaders:
    """Adds the headers above (and Cache-Control) to every HTTP response (a plain ASGI wrapper)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = _with_cache_control(scope["path"], list(message.get("headers", [])))
                message["headers"] = [*headers, *HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def _error(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=status)
    return page(request, "error.html", principal=None, status_code=status, status=status, message=message)


def _busy(request: Request, exc: StoreBusy) -> Response:
    response = _error(request, exc.status, exc.reason)
    response.headers["retry-after"] = str(exc.retry_after_s)
    return response


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "log in or send an API token"}, status_code=401,
                                headers={"WWW-Authenticate": "Bearer"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?{query_string({'next': target})}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, exc.reason)

    @app.exception_handler(TasdiqError)
    async def tasdiq_error(request: Request, exc: TasdiqError) -> Response:
        # 422 stays reserved for request-shape errors (FastAPI's own schema); a domain
        # refusal of well-formed input is a 400 with a one-line reason.
        status = 404 if isinstance(exc, NotFound) else 403 if isinstance(exc, PermissionDenied) else 400
        return _error(request, status, str(exc))

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> Response:
        return _busy(request, exc)

    @app.exception_handler(OperationalError)
    async def operational(request: Request, exc: OperationalError) -> Response:
        # A lock another process held past our wait is "busy, retry"; anything else is a real fault.
        if not is_busy(exc):
            raise exc
        return _busy(request, StoreBusy("the store is busy with another writer; try again shortly",
                                        retry_after_s=web(request).config.retry_after_s))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body", "path"))
        return _error(request, 422, f"{where}: {first.get('msg', 'invalid input')}")


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Sync routes run in a thread pool (40 threads by default). Under load, that many threads
    # queue for the GIL and a request can wait several 5 ms switch intervals per step; a
    # small pool keeps the waiting in the event loop's queue, first come first served.
    anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.web.config.threads
    worker = Worker(app.state.web.store) if app.state.web.config.jobs else None
    if worker is not None:
        worker.start()
    try:
        yield
    finally:
        # Shutting down (SIGTERM): a running export stops at its next incident instead of
        # keeping the process alive for minutes; the job worker finishes its step and stops.
        app.state.web.exports.stopping = True
        if worker is not None:
            worker.stop()


def language_name(code: str | None) -> str:
    """"Urdu (ur)"; a language Tasdiq cannot read says so, on the page, never silently."""
    from tasdiq.extract.native.identify import NAMES

    if not code:
        return "not identified"
    if code in NAMES:
        return f"{NAMES[code]} ({code})"
    return f"{code} (a language Tasdiq cannot read: no events extracted)"


def create_app(*, store: Store, config: WebConfig | None = None) -> FastAPI:
    from tasdiq.web.routes import (
        account,
        admin,
        analysis,
        api,
        assets,
        auth,
        jobs,
        pages,
        review,
        search,
        webhooks,
        workspace,
    )

    config = config or WebConfig()
    secret = config.secret_key or load_or_create_secret(store.settings.home)
    app = FastAPI(
        title="Tasdiq API",
        version="1",
        description="Verified, attributed incident data. Authenticate with `Authorization: Bearer <token>`.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        # The bundled Swagger/ReDoc pages load their scripts from a CDN: off, nothing leaves the machine.
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["language_name"] = language_name
    app.state.web = WebContext(
        store=store,
        config=config,
        signer=SessionSigner(secret, max_age_s=config.session_max_age_s),
        throttle=LoginThrottle(attempts=config.login_attempts, window_s=config.login_window_s),
        templates=templates,
        identities=IdentityCache(),
        exports=ExportSlots(total=config.export_slots, max_s=config.export_max_s,
                            retry_after_s=config.retry_after_s),
        writers=WriterGate(slots=config.write_slots or (1 if store.is_sqlite else 4), queue=config.write_queue,
                           wait_s=config.write_wait_s, retry_after_s=config.retry_after_s),
    )
    _install_errors(app)
    routers = (assets.router, auth.router, account.router, pages.router, review.router, jobs.router, analysis.router,
               admin.router, api.router, search.page_router, search.api_router, workspace.page_router,
               workspace.api_router, webhooks.router, webhooks.page_router)
    for router in routers:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app for `tasdiq serve --workers N`: each worker process builds its own from
    TASDIQ_* settings (the data folder, the database URL) and TASDIQ_WEB_* settings."""
    from tasdiq.settings import Settings

    store = Store(Settings())
    store.require_schema()
    return create_app(store=store, config=WebConfig())
