"""`tasdiq serve`: the web app and API on this machine."""

from __future__ import annotations

import os

import typer

from tasdiq.cli.common import handle_errors, out, state

# On SIGTERM, requests in flight get this long to finish; then the server stops anyway
# (a long export is told to stop; see web/app.py's lifespan).
GRACE_S = 10


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default: nothing is exposed)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    secure_cookies: bool = typer.Option(
        False, "--secure-cookies", envvar="TASDIQ_WEB_SECURE_COOKIES", help="Mark cookies Secure (behind HTTPS)."
    ),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log every request."),
    workers: int = typer.Option(1, min=1, max=32, help="Worker processes (each keeps its own caches)."),
) -> None:
    """Serve the web app (pages and /api/v1) from the store in the data folder.

    Each server process also runs a background-job worker: uploads are extracted and linked,
    and pages captured, while the analyst watches /jobs (TASDIQ_WEB_JOBS=0 turns it off).
    """
    import uvicorn

    from tasdiq.web.app import create_app
    from tasdiq.web.config import WebConfig, load_or_create_secret

    with handle_errors():
        settings = state(ctx).settings
        store = state(ctx).store(create=False)
        out.print(f"serving {store.describe()} at http://{host}:{port}/ (Ctrl-C to stop)", markup=False)
        if workers == 1:
            app = create_app(store=store, config=WebConfig(secure_cookies=secure_cookies))
            uvicorn.run(app, host=host, port=port, log_level="info", access_log=access_log, proxy_headers=False,
                        server_header=False, timeout_graceful_shutdown=GRACE_S)
            return
        # Worker processes import the app by name and read their settings from the environment.
        load_or_create_secret(settings.home)
        os.environ.update({"TASDIQ_HOME": str(settings.home), "TASDIQ_ACTOR": settings.actor,
                           "TASDIQ_WEB_SECURE_COOKIES": "1" if secure_cookies else "0"})
        if settings.database_url:
            os.environ["TASDIQ_DATABASE_URL"] = settings.database_url
        uvicorn.run("tasdiq.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="info", access_log=access_log, proxy_headers=False, server_header=False,
                    timeout_graceful_shutdown=GRACE_S)
