"""The CLI reference (docs/cli.md), generated from the commands themselves.

`python -m tasdiq.cli.docs > docs/cli.md` writes it; tests/test_docs.py fails when the file
no longer matches the commands, so an option cannot be added without being documented.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import typer.main

from tasdiq.cli.main import app


# Typer ships its own copy of click, so commands are recognised by shape, not by class.
def _walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    yield path, command
    for name in sorted(getattr(command, "commands", {})):
        yield from _walk(command.commands[name], [*path, name])


def _help(param: Any) -> str:
    text = " ".join((getattr(param, "help", None) or "").split())
    return f": {text}" if text else ""


def _param_line(param: Any) -> str:
    if param.param_type_name == "argument":
        return f"- `{str(param.name).upper()}` (argument){_help(param)}"
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
        if params and not hasattr(command, "commands"):
            lines.extend(_param_line(p) for p in params)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
