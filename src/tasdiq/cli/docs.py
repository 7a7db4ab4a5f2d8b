"""The CLI reference (docs/cli.md), generated from the commands themselves.

`python -m tasdiq.cli.docs > docs/cli.md` writes it; tests/test_docs.py fails when the file
no longer matches the commands, so an option cannot be added without being documented.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click
import typer.main

from tasdiq.cli.main import app


def _walk(command: click.Command, path: list[str]) -> Iterator[tuple[list[str], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from _walk(command.commands[name], [*path, name])


def _param_line(param: click.Parameter) -> str:
    if isinstance(param, click.Argument):
        return f"- `{param.human_readable_name}` (argument)"
    assert isinstance(param, click.Option)
    names = ", ".join(f"`{opt}`" for opt in [*param.opts, *param.secondary_opts])
    help_text = " ".join((param.help or "").split())
    return f"- {names}: {help_text}" if help_text else f"- {names}"


def render() -> str:
    root = typer.main.get_command(app)
    lines = [
        "# The `tasdiq` command",
        "",
        "Generated from the commands by `python -m tasdiq.cli.docs`; do not edit by hand.",
        "Global options (before the command): `--data-dir`, `--database-url`, `--as`, `--version`.",
        "",
    ]
    for path, command in _walk(root, ["tasdiq"]):
        if len(path) == 1:
            continue
        lines.append(f"{'#' * min(len(path), 4)} `{' '.join(path)}`")
        lines.append("")
        text = (command.help or "").strip()
        if text:
            lines.extend([text, ""])
        params = [p for p in command.params if p.name != "help"]
        if params and not isinstance(command, click.Group):
            lines.extend(_param_line(p) for p in params)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
