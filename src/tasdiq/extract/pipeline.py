"""The extractor: components in order, run over batches of texts.

Order (each reads only what earlier ones write, checked at construction):
chrome -> relevance -> anchor -> language -> places -> attacks -> anaphora -> roles -> actors -> counts
-> clause counts -> context -> dates -> victims -> assemble -> operations.
Texts the relevance filter dismisses skip everything after it, so the spaCy model never
sees them; the model itself loads on the first relevant text, not at import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from tasdiq.extract.actors import ActorFinder
from tasdiq.extract.anaphora import AnaphoraResolver
from tasdiq.extract.assemble import EventAssembler
from tasdiq.extract.attacks import AttackFinder
from tasdiq.extract.chrome import ChromeFilter
from tasdiq.extract.clause_counts import ClauseCounts
from tasdiq.extract.component import Component, Work, check_order
from tasdiq.extract.context import ContextFilter
from tasdiq.extract.counts import CountFinder
from tasdiq.extract.dates import AnchorFinder, DateFinder
from tasdiq.extract.language import LanguageAnalyser
from tasdiq.extract.native import read_native
from tasdiq.extract.operations import OperationReader
from tasdiq.extract.places import PlaceResolver
from tasdiq.extract.relevance import RelevanceFilter
from tasdiq.extract.roles import RoleReader
from tasdiq.extract.types import DocumentExtraction
from tasdiq.extract.victims import VictimFinder

BATCH = 64
# A single line break after a full line of prose is a hard wrap, not a boundary: the cue
# patterns read "had nothing to do with" across it. Replaced by a space, so offsets (and
# every span) stay those of the original text.


def default_components() -> list[Component]:
    return [
        ChromeFilter(),
        RelevanceFilter(),
        AnchorFinder(),
        LanguageAnalyser(),
        PlaceResolver(),
        AttackFinder(),
        AnaphoraResolver(),
        RoleReader(),
        ActorFinder(),
        CountFinder(),
        ClauseCounts(),
        ContextFilter(),
        DateFinder(),
        VictimFinder(),
        EventAssembler(),
        OperationReader(),
    ]


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class Extractor:
    """Reads report texts and returns their attack events, each value with its span."""

    def __init__(self, components: Sequence[Component] | None = None) -> None:
        self.components = list(components) if components is not None else default_components()
        check_order(self.components)

    @property
    def versions(self) -> dict[str, str]:
        return {c.name: c.version for c in self.components}

    def extract(self, *, text: str, published: dt.date | None = None, title: str | None = None) -> DocumentExtraction:
        return self._run([Work(text=text, published=_as_date(published), title=title)])[0]

    def extract_many(self, records: Iterable[Mapping[str, Any]]) -> Iterator[DocumentExtraction]:
        """Records with `text` and optional `published` / `title`, extracted in batches, in order."""
        it = iter(records)
        while batch := list(islice(it, BATCH)):
            works = [
                Work(text=str(r.get("text") or ""), published=_as_date(r.get("published")),
                     title=r.get("title"))
                for r in batch
            ]
            yield from self._run(works)

    def _run(self, works: list[Work]) -> list[DocumentExtraction]:
        # Dari, Pashto, Urdu and Arabic texts take the native path (tasdiq.extract.native);
        # the English components never see them
        native = [read_native(w.text, w.published) for w in works]
        english = [w for w, n in zip(works, native, strict=True) if n is None]
        for comp in self.components:
            comp.process_batch(english)
        versions = self.versions
        for w in english:
            for event in w.events:
                event.components = dict(versions)
        return [
            n if n is not None else
            DocumentExtraction(category=w.category, is_attack=w.relevant, events=w.events if w.relevant else [],
                               components=dict(versions))
            for w, n in zip(works, native, strict=True)
        ]
