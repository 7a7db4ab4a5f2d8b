"""Analyse: what the incidents add up to, for the report, the dashboard and the API.

Every function reads the store through the caller's session and writes nothing. Start from
a `Selection` (`select_incidents(session=, period=)`), then:

- `by_month`, `by_province`, `by_target`, `by_attack_type`, `total`  -> Tally rows
- `by_perpetrator(session=, selection=)` -> PerpetratorTables (claimed and attributed apart)
- `status_counts(selection)`, `data_quality(session=, selection=)`
- `claimed_versus_verified(session=, period=)` -> ClaimantSummary per claimant
- `build_report(session=, period=)` -> Report; `render.markdown` / `render.html` write it.

The counting rules are in docs/analyse.md and, in words for readers, in data/methods.md.
"""

from tasdiq.analyse.claimants import ClaimantSummary, claimed_versus_verified
from tasdiq.analyse.perpetrators import PerpetratorTables, by_perpetrator
from tasdiq.analyse.quality import DataQuality, data_quality, independent_sources, status_counts
from tasdiq.analyse.report import Report, build_report, methods
from tasdiq.analyse.selection import IncidentRow, Period, Selection, select_incidents
from tasdiq.analyse.tables import Tally, by_attack_type, by_month, by_province, by_target, total

__all__ = [
    "ClaimantSummary",
    "DataQuality",
    "IncidentRow",
    "Period",
    "PerpetratorTables",
    "Report",
    "Selection",
    "Tally",
    "build_report",
    "by_attack_type",
    "by_month",
    "by_perpetrator",
    "by_province",
    "by_target",
    "claimed_versus_verified",
    "data_quality",
    "independent_sources",
    "methods",
    "select_incidents",
    "status_counts",
    "total",
]
