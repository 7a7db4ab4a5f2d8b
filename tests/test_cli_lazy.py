"""Each command's module is imported when the command runs: start-up pays for one stage, not all."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tasdiq.cli.lazy import commands_of
from tasdiq.cli.main import COMMANDS, app

CLI = Path(__file__).resolve().parent.parent / "src" / "tasdiq" / "cli"


def test_command_table_names_exactly_what_each_module_registers() -> None:
    modules = {p.stem for p in CLI.glob("*.py") if re.search(r"^def register\(", p.read_text(), re.M)}
    assert set(COMMANDS.values()) == modules
    for module in modules:
        assert set(commands_of(module)) == {name for name, m in COMMANDS.items() if m == module}, module


def test_a_command_runs_with_only_its_own_stage_imported() -> None:
    probe = (
        "import sys\n"
        "from tasdiq.cli.main import app\n"
        "try:\n"
        "    app(['extract', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('tasdiq.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.splitlines()[-1].split())
    assert "tasdiq.cli.extract" in loaded
    for other in ("tasdiq.cli.export", "tasdiq.exchange", "tasdiq.media", "tasdiq.web", "tasdiq.link"):
        assert other not in loaded, other


def test_a_command_not_yet_imported_still_shows_in_help_and_runs() -> None:
    listed = CliRunner().invoke(app, ["--help"])
    assert listed.exit_code == 0
    assert all(re.search(rf"^│ {name}\s", listed.stdout, re.M) for name in COMMANDS)
    restore_help = CliRunner().invoke(app, ["restore", "--help"])
    assert restore_help.exit_code == 0
    assert "restore" in restore_help.stdout.lower()
