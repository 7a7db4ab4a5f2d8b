"""Images of text (a photographed statement, a screenshot of a claim) read by OCR into a Source.

The image stays the original and its Evidence row; the OCR text becomes a Source on the same
SHA-256, marked as derived (`text_from: ocr`) with the engine's confidence, and the evidence
is linked to it. A photograph of a street yields a few low-confidence "words": below
`MIN_WORDS` words or `MIN_CONFIDENCE` the image is left as evidence only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tasdiq.errors import InputError
from tasdiq.ingest.pipeline import normalised_text_sha256
from tasdiq.ingest.readers.ocr import open_image, read_image, tesseract
from tasdiq.model import Evidence, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols

MIN_WORDS = 5
MIN_CONFIDENCE = 50.0
LOCATOR = "ocr"


def ocr_available() -> bool:
    return tesseract() is not None


def read_scan(store: Store, *, evidence_id: int, actor: str) -> int | None:
    """OCR an image kept as evidence; the id of the Source made from its text, or None when
    it holds no readable text. Raises InputError for an image that cannot be read."""
    with store.session(actor=actor) as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None or evidence.kind != "image":
            return None
        sha256, name = evidence.sha256, evidence.name
        done = session.scalars(select(cols(Source).id).where(cols(Source).sha256 == sha256,
                                                             cols(Source).locator == LOCATOR)).first()
        if done is not None:
            return int(done)
    ocr = read_image(name, open_image(name, store.objects.read(sha256)))
    if ocr.words < MIN_WORDS or ocr.confidence < MIN_CONFIDENCE:
        return None
    with store.session(actor=actor) as session:
        source = Source(sha256=sha256, locator=LOCATOR, kind="other", title=None, text=ocr.text,
                        text_sha256=normalised_text_sha256(ocr.text), extra=ocr.extra() | {"scan": name},
                        ingested_at=dt.datetime.now(dt.UTC))
        session.add(source)
        session.flush()
        evidence = session.get(Evidence, evidence_id)
        if evidence is not None and evidence.source_id is None:
            evidence.source_id = source.id
        return source.id


def read_scans(store: Store, *, evidence_ids: list[int], actor: str) -> tuple[list[int], list[str]]:
    """OCR each image; the new source ids and one line per image that could not be read."""
    sources, problems = [], []
    for evidence_id in evidence_ids:
        try:
            source_id = read_scan(store, evidence_id=evidence_id, actor=actor)
        except InputError as exc:
            problems.append(str(exc))
            continue
        if source_id is not None:
            sources.append(source_id)
    return sources, problems
