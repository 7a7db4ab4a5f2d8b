"""The one CSV writer of every export: cells that a spreadsheet would run as a formula are
neutralised (OWASP, "CSV Injection").

A publisher named `=cmd|' /C calc'!A0` is text to us but a formula to Excel or LibreOffice
when the export is opened there. A cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading apostrophe, which spreadsheets show as text. A plain number
("-12", "-3.5", "+1e3") is left alone: it cannot call anything, and coordinates and
differences must stay numbers for whoever reads the file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise(cell: str) -> str:
    if cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


class SafeWriter:
    """`csv.writer` with every string cell neutralised; write rows of already-formatted cells."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, cells: Iterable[Any]) -> None:
        self._writer.writerow([neutralise(c) if isinstance(c, str) else c for c in cells])


def writer(out: TextIO) -> SafeWriter:
    return SafeWriter(out)
