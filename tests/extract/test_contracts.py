"""Component contracts are honoured, not only declared (spaCy's `analyze_pipes`, checked).

The pipeline runs over a sample of report texts with every field access on `Work` recorded;
a component that reads or writes a field it does not declare fails here. The imports test
keeps components apart: a helper two components share lives in a shared module.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import ClassVar

import tasdiq.extract
from tasdiq.extract.component import Component, TracedWork, Work, trace_contracts, undeclared
from tasdiq.extract.pipeline import default_components

# Our own sample, written to reach every component's branches: claims and denials, a
# dateline, relative dates, several attacks in one text, a named victim, a text that is not
# about an attack, a title, and one with no publication date.
SAMPLE: list[tuple[str, dt.date | None, str | None]] = [
    ("KABUL, March 3, 2022 - A suicide bomber killed at least 12 worshippers and wounded 30 others at a "
     "Shia mosque in Kunduz on Friday, officials said. Islamic State Khorasan claimed responsibility "
     "through its Amaq agency. The Taliban denied that the group controls any territory.", None, None),
    ("Gunmen shot dead district judge Abdul Wali Rahimi in Jalalabad, Nangarhar province, yesterday. "
     "No group claimed the killing, but police blamed the Taliban. In a separate attack, a roadside "
     "bomb hit a police vehicle in Khost, wounding two officers.", dt.date(2020, 6, 14), "Judge killed"),
    ("PESHAWAR: Militants stormed a checkpoint in North Waziristan on the night of 4/5 June, killing "
     "six soldiers, the army said. Five attackers were also killed. Tehrik-i-Taliban Pakistan claimed "
     "the assault in a statement, while a spokesman for the province said the toll rose to eight.",
     dt.date(2023, 6, 6), None),
    ("The cricket board announced the squad for the coming series on Tuesday; the captain said the "
     "team was ready.", dt.date(2022, 1, 10), "Squad named"),
    ("A drone strike on a compound in Kunar killed three suspected militants, a spokesman for the "
     "governor said. Two days ago, a grenade attack on a market in Asadabad injured nine people. "
     "The Haqqani network was suspected of the grenade attack.", dt.date(2019, 9, 20), None),
    ("A video released by the army showed a captive ISKP operative saying he had planted the bomb "
     "that killed 14 passengers on a bus in Quetta, Balochistan, last week.", dt.date(2021, 2, 2), None),
    ("2013-02-S-041\nKABUL, Afghanistan (Feb. 14, 2013)\n\nAfghan and coalition forces detained a Haqqani "
     "facilitator in Zurmat district, Paktiya province, yesterday, killing two insurgents. In a separate "
     "attack elsewhere, gunmen ambushed a convoy in Khost, killing three soldiers.", None, None),
    ("Home | World | Pakistan | Opinion\nShare this article\nA bomb killed nine people at a bus stand in "
     "Parachinar on Saturday. The same stand was attacked in 2019, when 20 people were killed.\n"
     "Related stories\nTwin bombings kill 57 in Quetta\n", dt.date(2024, 9, 22), None),
]


def _traced_run() -> tuple[list[Component], dict[str, dict[str, set[str]]]]:
    components = default_components()
    works = [TracedWork(text=text, published=published, title=title) for text, published, title in SAMPLE]
    traced = trace_contracts(components, works)
    return components, undeclared(components, traced)


def test_every_component_touches_only_the_work_fields_it_declares() -> None:
    _, broken = _traced_run()
    assert broken == {}


def test_the_sample_reaches_every_component() -> None:
    components = default_components()
    works = [TracedWork(text=text, published=published, title=title) for text, published, title in SAMPLE]
    traced = trace_contracts(components, works)
    assert all(traced[c.ident].reads for c in components), "a component read nothing: the sample misses it"
    assert any(w.events for w in works) and not all(w.relevant for w in works)


class _Peeker(Component):
    """Declares that it reads the text only, then looks at the publication date too."""

    name = "test.peeker"
    version = "v0"
    reads: ClassVar[tuple[str, ...]] = ("text",)
    writes: ClassVar[tuple[str, ...]] = ("category",)
    relevant_only = False

    def process(self, work: Work) -> None:
        work.category = "Peeked" if work.published else work.category
        work.targets.append(("civilians", (0, 1)))


def test_a_component_reading_and_writing_undeclared_fields_is_reported() -> None:
    works = [TracedWork(text="Anything at all.", published=dt.date(2022, 1, 1))]
    peeker = _Peeker()
    assert undeclared([peeker], trace_contracts([peeker], works)) == {
        "test.peeker.v0": {"reads": {"published", "targets"}, "writes": {"targets"}},
    }


# --- imports: no component module imports another component module's helpers ---------------

EXTRACT = Path(tasdiq.extract.__file__).parent
# Modules that define a pipeline component; everything else in extract/ is shared
# (component, segment, lexicon, numbers, refs, types ...) or drives the pipeline.
DRIVERS = {"pipeline", "service", "jsonl", "__init__"}


def _component_modules() -> set[str]:
    return {type(c).__module__.rsplit(".", 1)[1] for c in default_components()}


def _extract_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tasdiq.extract."):
            found.add(node.module.rsplit(".", 1)[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "tasdiq.extract":
            found.update(alias.name for alias in node.names)
    return found


def test_no_component_module_imports_another_component_module() -> None:
    components = _component_modules()
    crossing = {
        (path.stem, imported)
        for path in EXTRACT.glob("*.py") if path.stem in components
        for imported in _extract_imports(path) if imported in components and imported != path.stem
    }
    assert crossing == set()


def test_shared_modules_import_no_component_module() -> None:
    components = _component_modules()
    crossing = {
        (path.stem, imported)
        for path in EXTRACT.glob("*.py") if path.stem not in components | DRIVERS
        for imported in _extract_imports(path) if imported in components
    }
    assert crossing == set()
