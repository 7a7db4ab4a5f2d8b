"""One Extractor per test session: loading spaCy and the gazetteer takes a few seconds."""

from __future__ import annotations

import datetime as dt

import pytest

from tasdiq.extract import DocumentExtraction, Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor: Extractor):  # type: ignore[no-untyped-def]
    def run(text: str, published: dt.date | None = None) -> DocumentExtraction:
        return extractor.extract(text=text, published=published)

    return run
