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


def test_design_lists_every_entity_once() -> None:
    import re

    from tasdiq.model import entities

    design = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    sentence = design.split("Every noun is one dataclass in `model/entities.py`:", 1)[1].split(". ", 1)[0]
    listed = re.findall(r"\w+", sentence)
    declared = [
        name
        for name, value in vars(entities).items()
        if isinstance(value, type) and issubclass(value, entities.Entity) and value is not entities.Entity
    ]
    assert sorted(listed) == sorted(declared), "docs/DESIGN.md's domain model list differs from model/entities.py"
