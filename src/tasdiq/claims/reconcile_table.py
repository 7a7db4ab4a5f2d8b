"""The reconciliation as tables: the column order here is documented and pinned by tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from tasdiq import csvsafe
from tasdiq.claims.reconcile import Inflation, Match, Reconciliation

# Do not reorder: golden files and users' spreadsheets depend on it (docs/claims.md).
MATCH_COLUMNS = (
    "category", "claimant", "channel", "bulletin_row", "bulletin_date", "claimed_date", "claimed_place",
    "claimed_admin1", "claimed_target", "claimed_killed", "claimed_injured", "incident_id", "incident_date",
    "incident_place", "incident_admin1", "incident_targets", "incident_status", "incident_killed_best",
    "incident_injured_best", "date_gap_days", "match_basis",
)
INFLATION_COLUMNS = (
    "claimant", "group_by", "group", "pairs", "claimed_killed", "verified_killed", "excess_killed", "inflation_ratio",
)


def match_row(m: Match, claimant: str | None) -> dict[str, Any]:
    c, i = m.claim, m.incident
    return {
        "category": m.category,
        "claimant": c.claimant if c else (claimant or ""),
        "channel": c.channel if c else None,
        "bulletin_row": c.row if c else None,
        "bulletin_date": c.bulletin_date if c else None,
        "claimed_date": c.date if c else None,
        "claimed_place": c.place if c else None,
        "claimed_admin1": c.admin1 if c else None,
        "claimed_target": c.target if c else None,
        "claimed_killed": c.claimed_killed if c else None,
        "claimed_injured": c.claimed_injured if c else None,
        "incident_id": i.id if i else None,
        "incident_date": i.date if i else None,
        "incident_place": i.place_name if i else None,
        "incident_admin1": i.admin1 if i else None,
        "incident_targets": "|".join(i.targets) if i else None,
        "incident_status": i.status if i else None,
        "incident_killed_best": i.killed_best if i else None,
        "incident_injured_best": i.injured_best if i else None,
        "date_gap_days": m.date_gap_days,
        "match_basis": m.basis,
    }


def inflation_row(row: Inflation, claimant: str | None) -> dict[str, Any]:
    return {
        "claimant": claimant or "",
        "group_by": row.group_by,
        "group": row.group,
        "pairs": row.pairs,
        "claimed_killed": row.claimed_killed,
        "verified_killed": row.verified_killed,
        "excess_killed": row.excess_killed,
        "inflation_ratio": f"{row.ratio:.2f}" if row.ratio is not None else None,
    }


def match_rows(recon: Reconciliation) -> Iterator[dict[str, Any]]:
    return (match_row(m, recon.claimant) for m in recon.rows)


def inflation_rows(recon: Reconciliation) -> Iterator[dict[str, Any]]:
    return (inflation_row(r, recon.claimant) for r in recon.inflation)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def write_csv(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], fh: TextIO) -> None:
    writer = csvsafe.writer(fh)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])


def to_dict(recon: Reconciliation) -> dict[str, Any]:
    return {
        "claimant": recon.claimant,
        "window_days": recon.window_days,
        "verified_from": recon.verified_from,
        "counts": recon.counts,
        "rows": list(match_rows(recon)),
        "inflation": list(inflation_rows(recon)),
    }
