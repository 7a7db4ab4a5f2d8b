"""The incident filters, declared once and shared by the list page, the map and the API."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import BaseModel, Field, field_validator, model_validator

from tasdiq.model.enums import AttackType, IncidentStatus
from tasdiq.reference.places import province_code

MAX_LIMIT = 200
# Ids fit in 53 bits (exact in JavaScript); a larger number is refused as invalid input
# instead of overflowing SQLite's 64-bit INTEGER deep in a query.
ID_MAX = 2**53
PathId = Annotated[int, Path(ge=1, le=ID_MAX)]
QueryId = Annotated[int | None, Query(ge=1, le=ID_MAX)]


class IncidentSort(StrEnum):
    DATE_DESC = "-date"
    DATE_ASC = "date"
    KILLED_DESC = "-killed"
    KILLED_ASC = "killed"
    PROVINCE = "province"
    UPDATED_DESC = "-updated"


class IncidentFilter(BaseModel):
    """Which incidents; every field is optional and they combine with AND."""

    q: str | None = Field(None, max_length=500, description=(
        'Words the incident or one of its reports holds: "a phrase", OR, -word to exclude.'))
    date_from: dt.date | None = Field(None, description="On or after this date.")
    date_to: dt.date | None = Field(None, description="On or before this date.")
    province: str | None = Field(None, max_length=60, description=(
        "ISO 3166-2 code (AF-KAB, PK-KP) or the province's name (Kabul, Khyber Pakhtunkhwa)."))
    country: str | None = Field(None, max_length=2, description="AF or PK.")
    actor: str | None = Field(None, max_length=200, description=(
        "An actor key or name (ISKP, Islamic State Khorasan): incidents naming it or one of its branches; "
        "other text is matched as part of the perpetrator summary."))
    attack_type: AttackType | None = None
    target: str | None = Field(None, max_length=100, description="A target category, e.g. civilians.")
    status: IncidentStatus | None = None
    # How the dashboard counts perpetrators, not which incidents: the other filters ignore it.
    group_branches: bool | None = Field(None, description=(
        "Dashboard: count a group's branches under it (ISKP under IS, the Haqqani Network under the Taliban)."))

    @model_validator(mode="before")
    @classmethod
    def _drop_blanks(cls, data: Any) -> Any:
        # An HTML form submits untouched fields as "", which means "any", not an error.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    @field_validator("province")
    @classmethod
    def _province_code(cls, value: str | None) -> str | None:
        return province_code(value) if value else value

    def as_query(self) -> dict[str, str]:
        """The non-empty filters as query-string parameters (for links that keep them)."""
        return {k: str(v) for k, v in self.model_dump(mode="json").items() if v not in (None, "")}


class IncidentListQuery(IncidentFilter):
    sort: IncidentSort = IncidentSort.DATE_DESC
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=10_000_000)


class PageQuery(BaseModel):
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=10_000_000)
