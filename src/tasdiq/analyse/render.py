"""The report as Markdown or as one self-contained HTML page (inline CSS and SVG, no assets).

Both renderers read the same sections, so the two formats never tell different numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from tasdiq.analyse import svg
from tasdiq.analyse.report import Report, methods
from tasdiq.analyse.tables import Tally

TALLY_HEADER = ("", "incidents", "corroborated or verified", "killed (best)", "killed low–high", "toll unknown",
                "injured")
TOP = 15  # rows shown in a chart; the table lists every row
MAX_MONTHS = 36


@dataclass(frozen=True)
class Section:
    title: str
    note: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    chart: str = ""


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f}%"


def _known(total: int, unknown: int, incidents: int) -> str:
    """A sum, or "unknown" when no incident gave a figure: a zero there would read as no one."""
    return "unknown" if incidents and unknown == incidents else str(total)


def _killed_range(t: Tally) -> str:
    if t.incidents and t.killed_unknown == t.incidents:
        return "unknown"
    # One "at least N" incident leaves the whole sum without an upper bound.
    return f"at least {t.killed_low}" if t.killed_open else f"{t.killed_low}–{t.killed_high}"


def _tally_row(t: Tally) -> tuple[str, ...]:
    return (t.label, str(t.incidents), str(t.verified), _known(t.killed_best, t.killed_unknown, t.incidents),
            _killed_range(t), str(t.killed_unknown), _known(t.injured_best, t.injured_unknown, t.incidents))


def _killed_headline(t: Tally) -> str:
    if t.incidents and t.killed_unknown == t.incidents:
        return f"unknown: no toll for any of the {t.incidents} incident(s)"
    bounds = _killed_range(t) if t.killed_open else f"range {_killed_range(t)}"
    unknown = f"; toll unknown for {t.killed_unknown} incident(s)" if t.killed_unknown else ""
    return f"{t.killed_best} best estimate ({bounds}){unknown}"


def _injured_headline(t: Tally) -> str:
    if t.incidents and t.injured_unknown == t.incidents:
        return f"unknown: no figure for any of the {t.incidents} incident(s)"
    if t.injured_unknown:
        return f"{t.injured_best} where known; figure unknown for {t.injured_unknown} incident(s)"
    return str(t.injured_best)


def _bars(tallies: Sequence[Tally], title: str) -> str:
    shown = [(t.label, float(t.incidents), f"{t.incidents} · {t.killed_best} killed") for t in tallies[:TOP]]
    return svg.bar_chart(shown, title=title) if shown else ""


def _tally_section(title: str, note: str, tallies: Sequence[Tally]) -> Section:
    return Section(title, note, TALLY_HEADER, tuple(_tally_row(t) for t in tallies), _bars(tallies, title))


def headlines(r: Report) -> tuple[tuple[str, str], ...]:
    q, t = r.quality, r.total
    claimed = next((p for p in r.perpetrators.claimed if p.key != "(none)"), None)
    attributed = next((p for p in r.perpetrators.attributed if p.key != "(none)"), None)
    province = r.by_province[0] if r.by_province else None
    return (
        ("Incidents", f"{t.incidents} ({t.verified} corroborated or verified)"),
        ("Killed", _killed_headline(t)),
        ("Injured", _injured_headline(t)),
        ("Most incidents", f"{province.label} ({province.incidents})" if province else "–"),
        ("Most often claimed by", f"{claimed.label} ({claimed.incidents})" if claimed else "no claims"),
        ("Most often attributed to", f"{attributed.label} ({attributed.incidents})" if attributed else "none"),
        ("Single-source incidents", f"{q.single_source} ({_pct(q.share(q.single_source))})"),
        ("Date unknown or only the year", f"{q.unknown_date} ({_pct(q.share(q.unknown_date))})"),
        ("Place only to province or coarser", f"{q.coarse_place} ({_pct(q.share(q.coarse_place))})"),
    )


def _time_section(r: Report) -> Section:
    """By month; by year when the months would be too many to read (over three years)."""
    months = [t for t in r.by_month if t.key != "(undated)"]
    name, tallies = ("month", r.by_month) if len(months) <= MAX_MONTHS else ("year", r.by_year)
    dated = [t for t in tallies if t.key != "(undated)"]
    chart = svg.column_chart([(t.key, float(t.killed_best)) for t in dated], title=f"Killed per {name} (best)",
                             band=[(float(t.killed_low), float(t.killed_high)) for t in dated]) if dated else ""
    note = f"Columns: killed (best) per {name}; whiskers: the low–high range. The table leaves out empty {name}s."
    return Section(f"By {name}", note, TALLY_HEADER, tuple(_tally_row(t) for t in tallies if t.incidents), chart)


def _claimant_section(r: Report) -> Section:
    header = ("claimant", "claims", "matched, verified", "matched, unverified", "nothing found",
              "verified, not claimed", "claimed killed", "verified killed", "ratio")
    rows = tuple((c.claimant, str(c.claimed), str(c.matched_verified), str(c.matched_unverified), str(c.unmatched),
                  str(c.unclaimed_verified), str(c.claimed_killed), str(c.verified_killed),
                  "–" if c.ratio is None else f"{c.ratio:.2f}") for c in r.claimants)
    note = ("Each group's claims bulletin against our incidents; killed figures over the matched, verified "
            "attacks where both are known." if rows else "No claims bulletin has been imported.")
    return Section("Claimed versus verified", note, header, rows)


def _quality_section(r: Report) -> Section:
    q = r.quality
    rows = [("Incidents counted", str(q.incidents), ""),
            ("Date unknown or only the year", str(q.unknown_date), _pct(q.share(q.unknown_date))),
            ("Place only to province or coarser", str(q.coarse_place), _pct(q.share(q.coarse_place))),
            ("One independent source", str(q.single_source), _pct(q.share(q.single_source))),
            ("No linked source (entered by an analyst)", str(q.no_source), _pct(q.share(q.no_source)))]
    if r.period.bounded:
        rows.append(("Undated incidents left out of the period", str(q.undated_left_out), ""))
    return Section("Data quality", "", ("", "incidents", "share"), tuple(rows))


def sections(r: Report) -> tuple[Section, ...]:
    status = tuple((k, str(v)) for k, v in r.status.items())
    return (
        Section("Verification status", "All incidents in the period, debunked included.", ("status", "incidents"),
                status, svg.stacked_bar([(k, v) for k, v in r.status.items() if v], title="Verification status")),
        _time_section(r),
        _tally_section("By province", "", r.by_province),
        _tally_section("Claimed by", "Groups claiming responsibility or confessing, in their own words.",
                       r.perpetrators.claimed),
        _tally_section("Attributed to", "The latest analyst assessment, else whom others named.",
                       r.perpetrators.attributed),
        _tally_section("By target", "An incident with several targets is in each of their rows.", r.by_target),
        _tally_section("By attack type", "", r.by_attack_type),
        _claimant_section(r),
        _quality_section(r),
    )


def _title(r: Report) -> str:
    return f"Attacks: summary report, {r.period.describe()}"


# ---- Markdown ---------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]


def markdown(r: Report) -> str:
    lines = [f"# {_title(r)}", "", f"Generated {r.generated_at:%Y-%m-%d %H:%M} UTC.", ""]
    lines += [f"- **{k}:** {v}" for k, v in headlines(r)] + [""]
    for s in sections(r):
        lines += [f"## {s.title}", ""] + ([s.note, ""] if s.note else [])
        lines += (_md_table(s.header, s.rows) if s.rows else ["(nothing in this period)"]) + [""]
    lines += ["## Methods", ""] + [p for para in methods() for p in (para, "")]
    return "\n".join(lines)


# ---- HTML ------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,sans-serif;color:#1f2933;max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #e4e7eb}
.meta{color:#7b8794}.note{color:#52606d;font-size:.9rem}
dl.head{display:grid;grid-template-columns:repeat(3,1fr);gap:.6rem;margin:1.2rem 0}
dl.head div{background:#f5f7fa;border-radius:6px;padding:.6rem .8rem}dl.head dt{font-size:.8rem;color:#52606d}
dl.head dd{margin:0;font-weight:600}
.chart{max-width:760px;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:.85rem;width:auto;min-width:40%}
th,td{padding:.25rem .6rem;border-bottom:1px solid #e4e7eb}
th{text-align:left;font-weight:600;background:#f5f7fa}td:not(:first-child){text-align:right}
.methods p{font-size:.9rem;color:#323f4b}
"""


def _html_table(s: Section) -> str:
    if not s.rows:
        return '<p class="note">(nothing in this period)</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in s.header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in s.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_section(s: Section) -> str:
    note = f'<p class="note">{escape(s.note)}</p>' if s.note else ""
    table = _html_table(s)
    chart = f'<div class="chart">{s.chart}</div>' if s.chart else ""
    return f"<section><h2>{escape(s.title)}</h2>{note}{chart}{table}</section>"


def html(r: Report) -> str:
    heads = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in headlines(r))
    body = "".join(_html_section(s) for s in sections(r))
    paras = "".join(f"<p>{escape(p)}</p>" for p in methods())
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(_title(r))}</title>'
            f"<style>{CSS}</style></head><body><h1>{escape(_title(r))}</h1>"
            f'<p class="meta">Generated {r.generated_at:%Y-%m-%d %H:%M} UTC by Tasdiq.</p>'
            f'<dl class="head">{heads}</dl>{body}<section class="methods"><h2>Methods</h2>{paras}</section>'
            "</body></html>\n")


RENDERERS: dict[str, Callable[[Report], str]] = {"md": markdown, "html": html}
