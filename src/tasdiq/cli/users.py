"""`tasdiq users add|list|token`: accounts for the web app and tokens for scripts."""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.web.accounts import create_user, get_user, issue_token, list_users, parse_role

users_app = typer.Typer(help="Web accounts (viewer, analyst, reviewer, admin) and API tokens.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password: str = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return password


@users_app.command("add")
def add(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option("viewer", help="viewer, analyst, reviewer or admin."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Add a user; the password is asked for (or read from stdin) and stored as an argon2 hash."""
    with handle_errors():
        cli = state(ctx)
        parsed = parse_role(role)
        password = _read_password(password_stdin)
        with cli.store().session(actor=cli.settings.actor) as session:
            user = create_user(session=session, username=username, password=password, role=parsed)
            result = {"id": user.id, "username": user.username, "role": user.role}
        if as_json:
            print_json(result)
        else:
            out.print(f"added {result['username']} ({result['role']})", markup=False)


@users_app.command("list")
def list_(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """List users and their roles."""
    with handle_errors():
        with state(ctx).store(create=False).session() as session:
            rows = [
                {"id": u.id, "username": u.username, "role": u.role, "active": u.active, "created_at": u.created_at}
                for u in list_users(session=session)
            ]
        if as_json:
            print_json(rows)
            return
        table = Table("id", "user", "role", "active")
        for r in rows:
            table.add_row(str(r["id"]), str(r["username"]), str(r["role"]), "yes" if r["active"] else "no")
        out.print(table)


@users_app.command("token")
def token(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose token."),
    name: str = typer.Option("script", help="What the token is for (shown in listings)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Issue an API token (for `Authorization: Bearer`); it is shown once and stored only as a hash."""
    with handle_errors():
        cli = state(ctx)
        with cli.store(create=False).session(actor=cli.settings.actor) as session:
            plain = issue_token(session=session, user=get_user(session=session, username=username), name=name)
        if as_json:
            print_json({"username": username, "name": name, "token": plain})
        else:
            out.print(plain, markup=False)
            err.print("store it now: it cannot be shown again", markup=False)
