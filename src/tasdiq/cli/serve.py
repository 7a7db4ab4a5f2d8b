"""`tasdiq serve`: the web app and API on this machine."""

from __future__ import annotations

import typer

from tasdiq.cli.common import handle_errors, out, state


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default: nothing is exposed)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    secure_cookies: bool = typer.Option(
        False, "--secure-cookies", envvar="TASDIQ_WEB_SECURE_COOKIES", help="Mark cookies Secure (behind HTTPS)."
    ),
    workers: int = typer.Option(1, min=1, help="Worker processes (each keeps its own login throttle)."),
) -> None:
    """Serve the web app (pages and /api/v1) from the store in the data folder."""
    import uvicorn

    from tasdiq.web.app import create_app
    from tasdiq.web.config import WebConfig

    with handle_errors():
        store = state(ctx).store(create=False)
        config = WebConfig(secure_cookies=secure_cookies)
        app = create_app(store=store, config=config)
        out.print(f"serving {store.describe()} at http://{host}:{port}/ (Ctrl-C to stop)", markup=False)
        if workers > 1:
            out.print("note: several workers need TASDIQ_WEB_SECRET_KEY or a shared data folder", markup=False)
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
