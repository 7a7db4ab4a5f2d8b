"""Documentation that is derived from the code must match it."""

from __future__ import annotations

from pathlib import Path

from tasdiq.cli.docs import render

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_matches_the_commands() -> None:
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert documented == render(), "docs/cli.md is stale: run `python -m tasdiq.cli.docs > docs/cli.md`"


def test_every_command_has_help() -> None:
    from typing import Any

    import typer.main

    from tasdiq.cli.main import app

    def walk(command: Any, path: str) -> list[str]:
        missing = [] if (command.help or "").strip() else [path]
        for name, sub in getattr(command, "commands", {}).items():
            missing += walk(sub, f"{path} {name}")
        return missing

    assert walk(typer.main.get_command(app), "tasdiq") == []
