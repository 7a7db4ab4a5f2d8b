"""The analyst's summary: every analysis over one period, gathered once for any renderer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sqlalchemy.orm import Session

from tasdiq.analyse.claimants import ClaimantSummary, claimed_versus_verified
from tasdiq.analyse.perpetrators import PerpetratorTables, by_perpetrator
from tasdiq.analyse.quality import DataQuality, data_quality, status_counts
from tasdiq.analyse.selection import Period, select_incidents
from tasdiq.analyse.tables import Tally, by_attack_type, by_month, by_province, by_target, by_year, total


@dataclass(frozen=True)
class Report:
    period: Period
    generated_at: dt.datetime
    total: Tally
    status: dict[str, int]
    quality: DataQuality
    by_month: tuple[Tally, ...]
    by_year: tuple[Tally, ...]
    by_province: tuple[Tally, ...]
    by_target: tuple[Tally, ...]
    by_attack_type: tuple[Tally, ...]
    perpetrators: PerpetratorTables
    claimants: tuple[ClaimantSummary, ...]


@cache
def methods() -> tuple[str, ...]:
    """The counting rules in words, one paragraph each (data/methods.md)."""
    text = resources.files("tasdiq.analyse").joinpath("data", "methods.md").read_text(encoding="utf-8")
    return tuple(p.strip() for p in text.split("\n\n") if p.strip())


def build_report(*, session: Session, period: Period | None = None, now: dt.datetime | None = None) -> Report:
    selection = select_incidents(session=session, period=period)
    return Report(
        period=selection.period,
        generated_at=now or dt.datetime.now(dt.UTC),
        total=total(selection),
        status=status_counts(selection),
        quality=data_quality(session=session, selection=selection),
        by_month=by_month(selection),
        by_year=by_year(selection),
        by_province=by_province(selection),
        by_target=by_target(selection),
        by_attack_type=by_attack_type(selection),
        perpetrators=by_perpetrator(session=session, selection=selection),
        claimants=claimed_versus_verified(session=session, period=selection.period),
    )
