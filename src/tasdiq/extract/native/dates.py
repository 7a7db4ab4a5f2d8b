"""Dates in Dari, Pashto, Urdu and Arabic reports, as Gregorian dates with their precision.

Afghan outlets and the Taliban date by the Solar Hijri calendar (۴ سنبله ۱۴۰۰, ۱۴۰۰/۶/۴),
the Islamic State's Amaq and Al Naba by the lunar Hijri one (١٨ محرم ١٤٤٣هـ), Pakistani
papers and Arab agencies by the Gregorian one in their own month names. Conversion:
jdatetime (Solar Hijri, the 33-year arithmetic that matches the official calendar over
1300-1500) and hijridate (Umm al-Qura tables): a lunar date may still be a day off where a
group sighted the moon a day apart from Mecca's table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tasdiq.extract.native.rules import Rules
from tasdiq.model.enums import DatePrecision

DAY = r"(?<!\d)([0-3]?\d)"
YEAR_SOLAR = r"(1[34]\d\d)(?!\d)"
YEAR_LUNAR = r"(1[34]\d\d)"
YEAR_GREG = r"((?:19|20)\d\d)(?!\d)"
NUMERIC_SOLAR = re.compile(r"(?<!\d)(1[34]\d\d)/(1[0-2]|0?[1-9])/([0-3]?\d)(?!\d)")


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    precision: DatePrecision
    how: str  # "solar hijri", "lunar hijri", "gregorian", "yesterday", "weekday", "today"
    start: int  # folded offsets
    end: int


def _month_alternation(months: tuple[re.Pattern[str], ...]) -> str:
    return "|".join(f"(?P<m{i}>{p.pattern})" for i, p in enumerate(months))


def _month_of(match: re.Match[str]) -> int:
    for key, value in match.groupdict().items():
        if key.startswith("m") and value:
            return int(key[1:]) + 1
    raise ValueError("no month group matched")


def _solar(y: int, m: int, d: int) -> dt.date | None:
    import jdatetime

    try:
        gregorian: dt.date = jdatetime.date(y, m, d).togregorian()
        return gregorian
    except ValueError:
        return None


def _lunar(y: int, m: int, d: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        return dt.date(*Hijri(y, m, d).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _gregorian(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def absolute_dates(text: str, rules: Rules) -> Iterator[FoundDate]:
    """Every day-precise date written out in a folded text, in order of position."""
    found: list[FoundDate] = []
    calendars = (
        (rules.solar_months, YEAR_SOLAR, _solar, "solar hijri"),
        (rules.lunar_months, YEAR_LUNAR + rf"\s*(?:{rules.hijri_mark})?", _lunar, "lunar hijri"),
        (rules.gregorian_months, YEAR_GREG, _gregorian, "gregorian"),
    )
    for months, year, convert, how in calendars:
        if not months:
            continue
        pattern = re.compile(rf"{DAY}\s+(?:{_month_alternation(months)})\s*[,،]?\s*{year}")
        for m in pattern.finditer(text):
            date = convert(_year(m), _month_of(m), int(m.group(1)))
            if date is not None:
                found.append(FoundDate(date, DatePrecision.DAY, how, m.start(), m.end()))
    for m in NUMERIC_SOLAR.finditer(text):
        date = _solar(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if date is not None:
            found.append(FoundDate(date, DatePrecision.DAY, "solar hijri", m.start(), m.end()))
    return iter(sorted(found, key=lambda f: f.start))


def _year(match: re.Match[str]) -> int:
    """The last all-digit group: the year (the day is the first, month names are named groups)."""
    return int([g for g in match.groups() if g and g.isdigit()][-1])


def relative_date(text: str, rules: Rules, anchor: dt.date | None, endpos: int) -> FoundDate | None:
    """'yesterday', 'today' or a weekday in the text before `endpos`, against the anchor."""
    if anchor is None:
        return None
    hit = rules.search("yesterday", text, 0, endpos)
    if hit is not None:
        return FoundDate(anchor - dt.timedelta(days=1), DatePrecision.DAY, "yesterday", hit.start(), hit.end())
    for weekday, pattern in enumerate(rules.weekdays):
        m = pattern.search(text, 0, endpos)
        if m is not None:
            back = (anchor.weekday() - weekday) % 7
            return FoundDate(anchor - dt.timedelta(days=back), DatePrecision.DAY, "weekday", m.start(), m.end())
    hit = rules.search("today", text, 0, endpos)
    if hit is not None:
        return FoundDate(anchor, DatePrecision.DAY, "today", hit.start(), hit.end())
    return None
