"""`tasdiq users add|list|token|tokens|revoke|password`: accounts for the web app and tokens for scripts."""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.errors import InputError
from tasdiq.web.accounts import (
    create_user,
    get_user,
    issue_token,
    list_users,
    parse_role,
    reset_password,
    revoke_tokens,
    tokens_of,
)

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
    days: int | None = typer.Option(None, help="Days it works (default TASDIQ_TOKEN_DAYS, 90); 0: until revoked."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Issue an API token (for `Authorization: Bearer`); it is shown once and stored only as a hash."""
    with handle_errors():
        cli = state(ctx)
        lifetime = cli.settings.token_days if days is None else days
        if lifetime < 0:
            raise InputError("--days", "must be 0 (until revoked) or more")
        with cli.store(create=False).session(actor=cli.settings.actor) as session:
            plain = issue_token(session=session, user=get_user(session=session, username=username), name=name,
                                days=lifetime or None)
        if as_json:
            print_json({"username": username, "name": name, "token": plain, "days": lifetime or None})
        else:
            out.print(plain, markup=False)
            err.print("store it now: it cannot be shown again", markup=False)


@users_app.command("tokens")
def tokens(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose tokens."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """List a user's API tokens: name, issued, expires, last used, revoked (never the token)."""
    with handle_errors():
        with state(ctx).store(create=False).session() as session:
            rows = [{"id": t.id, "name": t.name, "created_at": t.created_at, "expires_at": t.expires_at,
                     "last_used": t.last_used, "revoked": t.revoked}
                    for t in tokens_of(session=session, user=get_user(session=session, username=username))]
        if as_json:
            print_json(rows)
            return
        table = Table("id", "name", "issued", "expires", "last used", "revoked")
        for r in rows:
            table.add_row(*(str(r[k] or "") for k in ("id", "name", "created_at", "expires_at", "last_used")),
                          "yes" if r["revoked"] else "no")
        out.print(table)


@users_app.command("revoke")
def revoke(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose token."),
    name: str | None = typer.Option(None, help="Revoke the tokens with this name."),
    token_id: int | None = typer.Option(None, "--id", help="Revoke the token with this id (see `users tokens`)."),
    all_tokens: bool = typer.Option(False, "--all", help="Revoke every token of the user."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Revoke API tokens at once (a server notices within 10 seconds); the change is audited."""
    with handle_errors():
        if not all_tokens and name is None and token_id is None:
            raise InputError("revoke", "say which: --name NAME, --id ID or --all")
        cli = state(ctx)
        with cli.store(create=False).session(actor=cli.settings.actor) as session:
            count = revoke_tokens(session=session, user=get_user(session=session, username=username), name=name,
                                  token_id=token_id)
        if as_json:
            print_json({"username": username, "revoked": count})
        else:
            out.print(f"revoked {count} token(s) of {username}", markup=False)


@users_app.command("password")
def password(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose password to set."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the new password from stdin."),
) -> None:
    """Set a new password for a user (an admin's reset); every session of theirs ends. Audited."""
    with handle_errors():
        cli = state(ctx)
        new = _read_password(password_stdin)
        with cli.store(create=False).session(actor=cli.settings.actor) as session:
            reset_password(session=session, user=get_user(session=session, username=username), new=new)
        out.print(f"password of {username} set; their sessions have ended", markup=False)
