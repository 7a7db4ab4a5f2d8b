"""schemathesis against /api/v1/openapi.json: generated requests never get a server error,
and answers match the published schema.

Driven through schemathesis' Python API (one pytest case per operation, Hypothesis inside)
rather than its pytest plugin, so each operation runs against a freshly seeded store.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tasdiq.model.enums import Role
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig

from .seed import Seeded, seed


def _operation_labels() -> list[str]:
    # Describing the API touches no database: an app over an empty folder is enough.
    app = create_app(store=Store(Settings(home=Path(tempfile.gettempdir()) / "tasdiq-openapi-only")),
                     config=WebConfig(secret_key="labels-only"))
    schema = schemathesis.openapi.from_dict(app.openapi())
    return [result.ok().label for result in schema.get_all_operations()]


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Seeded]]:
    # One seeded store for all operations: seeding (argon2 for four users) is the slow part.
    store = Store(Settings(home=tmp_path_factory.mktemp("api-schema")))
    store.ensure_schema()
    seeded = seed(store)
    yield create_app(store=store, config=WebConfig(secret_key="schema-test")), seeded
    store.dispose()


@pytest.mark.parametrize("label", _operation_labels())
def test_generated_api_calls_get_no_server_error_and_match_the_schema(
    label: str, seeded_app: tuple[FastAPI, Seeded]
) -> None:
    app, seeded = seeded_app
    operation = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app).find_operation_by_label(label)
    assert operation is not None
    # An admin token reaches every operation, writes included (token callers need no CSRF).
    # Status-code conformance is left out: 401/403/404 are deliberate answers, not drift.
    headers = {"Authorization": f"Bearer {seeded.tokens[Role.ADMIN]}"}

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def call(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=headers, checks=[not_a_server_error, response_schema_conformance])

    call()
