"""Fixtures of the linking tests (the helpers are in newsroom.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newsroom import Reports

from tasdiq.store import Store


@pytest.fixture
def reports(store: Store) -> Iterator[Reports]:
    yield Reports(store)
