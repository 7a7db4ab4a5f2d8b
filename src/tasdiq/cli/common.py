"""What every command shares: the settings from global options, the store, error display."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import typer
from rich.console import Console

from tasdiq.errors import TasdiqError
from tasdiq.settings import Settings
from tasdiq.store import Store

# Printed into a log or a pipe, rich would squeeze tables into 80 columns and wrap every cell;
# there the width is COLUMNS if set, else 160 (a terminal still gets its own width).
LOG_WIDTH = 160


def _width(stream: object) -> int | None:
    if getattr(stream, "isatty", lambda: False)():
        return None
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() else LOG_WIDTH


out = Console(highlight=False, soft_wrap=True, width=_width(sys.stdout))
err = Console(stderr=True, highlight=False, soft_wrap=True, width=_width(sys.stderr))


@dataclass
class CliState:
    settings: Settings

    def store(self, *, create: bool = True) -> Store:
        store = Store.open(self.settings)
        if create:
            store.ensure_schema()
        else:
            store.require_schema()
        return store


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    if not isinstance(obj, CliState):
        obj = CliState(Settings())
        ctx.find_root().obj = obj
    return obj


@contextlib.contextmanager
def handle_errors() -> Iterator[None]:
    """Show a deliberate error as one line on stderr and exit 1; never a traceback."""
    try:
        yield
    except TasdiqError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(1) from None


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")
