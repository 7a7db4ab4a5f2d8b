"""Closed vocabularies are stored as their text and read back as enum members; a value the
vocabulary does not declare never reaches a row."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from tasdiq.model import Claim, Incident
from tasdiq.model.enums import AttackType, ClaimKind, IncidentStatus
from tasdiq.store import Store
from tasdiq.store.schema import table_of


def test_an_incident_reads_back_its_attack_type_and_status_as_enums(store: Store) -> None:
    with store.session() as s:
        s.add(Incident(title="t", attack_type=AttackType.SUICIDE_BOMBING, date=dt.date(2022, 1, 1)))
    with store.session() as s:
        incident = s.scalars(select(Incident)).one()
        raw = s.execute(select(table_of(Incident).c.attack_type)).scalar_one()
    assert incident.attack_type is AttackType.SUICIDE_BOMBING and incident.status is IncidentStatus.REPORTED
    assert raw is AttackType.SUICIDE_BOMBING  # Core reads give the enum too


def test_storing_an_undeclared_attack_type_fails_and_stores_nothing(store: Store) -> None:
    with pytest.raises(StatementError, match="is not a declared AttackType"), store.session() as s:
        s.add(Incident(title="t", attack_type="car_bomb"))  # type: ignore[arg-type]
    with store.session() as s:
        assert s.scalars(select(Incident)).all() == []


def test_a_claim_kind_given_as_text_is_stored_as_the_declared_value(store: Store) -> None:
    with store.session() as s:
        s.add(Claim(kind="denial", subject="TTP"))  # type: ignore[arg-type]
    with store.session() as s:
        assert s.scalars(select(Claim)).one().kind is ClaimKind.DENIAL
